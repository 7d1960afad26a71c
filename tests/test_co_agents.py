"""Agents joined by "in coordination with" act together: both organise, and they cooperate."""
import pytest

from conftest import triples_of


@pytest.mark.parametrize("lang, text, event, agents", [
    ("en", "The Da Nang People's Committee in coordination with JICA organised the Mekong Green Growth Forum 2025.",
     "mekong-green-growth-forum-2025", {"da-nang-peoples-committee", "jica"}),
    ("vi", "UBND tỉnh Đồng Nai phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức "
           "Hội nghị xúc tiến đầu tư Đồng Nai – Nhật Bản năm 2025 tại tỉnh Aichi.",
     "hoi-nghi-xuc-tien-dau-tu-dong-nai-nhat-ban-nam-2025", {"dong-nai-peoples-committee", "jetro"}),
])
def test_both_agents_organise(lang, text, event, agents):
    found = triples_of(text, lang)
    assert {(a, "organizes", event) for a in agents} <= found



@pytest.mark.parametrize("lang, text, wanted", [
    ("de", "Im März fand in Hue das Vietnamesisch-Deutsche Kulturforum 2026 statt, das von der Stadt Hue gemeinsam "
           "mit dem Goethe-Institut ausgerichtet wurde.",
     {("hue", "organizes", "vietnamesisch-deutsches-kulturforum-2026")}),
    ("ru", "В Казани прошёл II Российско-вьетнамский форум регионов. Форум был организован правительством Республики "
           "Татарстан совместно с Посольством Вьетнама в России.",
     {("government-of-respublika-tatarstan", "organizes", "ii-rossiisko-vetnamskii-forum-regionov"),
      ("embassy-of-vietnam-in-russia", "organizes", "ii-rossiisko-vetnamskii-forum-regionov")}),
])
def test_agents_of_a_passive_or_relative_clause_organise_the_event(lang, text, wanted):
    """A relative pronoun stands for the event before it ("das ..., das von A gemeinsam mit B ausgerichtet
    wurde"); a co-agent after the agent of a passive organises too ("организован A совместно с B")."""
    assert wanted <= triples_of(text, lang)


def test_the_place_an_event_is_held_in_does_not_organise_it():
    found = triples_of("The Vietnam–Australia Seafood Forum 2026, held in Ben Tre on 3 May 2026, was co-hosted by "
                       "the Ben Tre Department of Agriculture and Environment.", "en")
    assert ("ben-tre", "organizes", "vietnam-australia-seafood-forum-2026") not in found
    assert ("ben-tre-department-of-agriculture-and-environment", "organizes",
            "vietnam-australia-seafood-forum-2026") in found


def test_an_agent_joined_right_after_the_verb_acts_too():
    """"которую Народный комитет ... организовал совместно с Министерством ...": both organised it."""
    found = triples_of("Гости приняли участие в Конференции по содействию инвестициям в провинцию Куангчи 2024, которую "
                       "Народный комитет провинции Куангчи организовал совместно с Министерством планирования и "
                       "инвестиций Вьетнама.", "ru")
    organisers = {s for s, p, _ in found if p == "organizes"}
    assert organisers == {"quang-tri-peoples-committee", "ministry-of-planning-and-investment"}


def test_the_agent_of_a_passive_is_the_name_after_by_not_a_place_before_it():
    """"zorganizowane 21 listopada w Kon Tum przez Komitet Ludowy ... i PAIH": Kon Tum is where, not who."""
    found = triples_of("Kulminacją wizyty było I Polsko-Wietnamskie Forum Rolno-Spożywcze Wyżyny Centralnej, "
                       "zorganizowane 21 listopada 2024 r. w Kon Tum przez Komitet Ludowy prowincji Kon Tum i PAIH.", "pl")
    organisers = {s for s, p, _ in found if p == "organizes"}
    assert organisers == {"kon-tum-peoples-committee", "polish-investment-and-trade-agency"}


@pytest.mark.parametrize("lang, text, a, b", [
    ("uk", "Народний комітет провінції Зялай спільно з Адміністрацією провінції Ратанакірі провів XVI Конференцію "
           "з огляду співпраці.", "gia-lai-peoples-committee", "administratsiia-provintsii-ratanakiri"),
    ("vi", "Bộ Ngoại giao phối hợp với UBND tỉnh Tây Ninh tổ chức Diễn đàn Hợp tác phát triển các tỉnh biên giới "
           "Việt Nam – Campuchia lần thứ 3.", "ministry-of-foreign-affairs", "tay-ninh-peoples-committee"),
])
def test_co_organisers_cooperate_once(lang, text, a, b):
    """One triple for the symmetric relation, whichever rule found it first."""
    triples = triples_of(text, lang)
    assert len({(a, "cooperatesWith", b), (b, "cooperatesWith", a)} & triples) == 1


@pytest.mark.parametrize("lang, text, event, agents", [
    ("en", "The Mekong Green Forum 2025 opened in Can Tho on Monday. Organised by the Can Tho City People's Committee "
           "and JICA, it drew 300 delegates.", "mekong-green-forum-2025", {"can-tho-peoples-committee", "jica"}),
    ("fr", "Le 3e Forum franco-vietnamien des villes côtières s'est tenu à Da Nang. Organisé conjointement par le Comité "
           "populaire de la ville de Da Nang et l'ambassade de France au Vietnam, il a réuni 350 participants.",
     "3e-forum-franco-vietnamien-des-villes-cotieres", {"da-nang-peoples-committee", "embassy-of-france-in-vietnam"}),
])
def test_a_passive_that_leaves_its_event_unnamed_organises_the_event_at_hand(lang, text, event, agents):
    """"Organised by A and B, it drew …": the agents organise the event the text is at, they do not take part."""
    found = triples_of(text, lang)
    assert {(a, "organizes", event) for a in agents} <= found
    assert not any(p == "participatesIn" and s in agents for s, p, _ in found)
