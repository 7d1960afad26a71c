"""Event names kg discovers without a lexicon entry, and the dates beside them."""
import pytest

from conftest import mentions_of, triples_of

from kg.model import Document
from kg.pipeline import extract_document


def event_names(text: str, lang: str) -> set[str]:
    result = extract_document(Document("t", "t.txt", text, lang))
    return {record.surface for record, _ in result.mentions if record.cls == "Event"}


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Die Investitionsförderungskonferenz der Provinz Binh Dinh fand in Quy Nhon statt.",
     "Investitionsförderungskonferenz der Provinz Binh Dinh"),
    ("de", "Das Deutsch-Vietnamesische Wirtschaftsforum 2025 wurde eröffnet.", "Deutsch-Vietnamesische Wirtschaftsforum 2025"),
    ("en", "The 3rd Saxony–Vietnam Business Forum opened on Monday.", "3rd Saxony–Vietnam Business Forum"),
    ("en", "Delegates came to the Hanoi Tourism Exchange 2025.", "Hanoi Tourism Exchange 2025"),
    ("en", "The 4th Bac Ninh–Gyeonggi Investment and Trade Forum 2025 took place in Bac Ninh.",
     "4th Bac Ninh–Gyeonggi Investment and Trade Forum 2025"),
    ("vi", "UBND tỉnh Đồng Nai tổ chức Hội nghị xúc tiến đầu tư Đồng Nai – Nhật Bản năm 2025 tại tỉnh Aichi.",
     "Hội nghị xúc tiến đầu tư Đồng Nai – Nhật Bản năm 2025"),
    ("pl", "Na Polsko-Wietnamskim Forum Gospodarczym 2025 pojawiło się 60 firm.", "Polsko-Wietnamskim Forum Gospodarczym 2025"),
    ("de", "Die 3. Internationale Konferenz für erneuerbare Energien und Klimaschutz im Mekongdelta wurde eröffnet.",
     "3. Internationale Konferenz für erneuerbare Energien und Klimaschutz im Mekongdelta"),
    ("ru", "Делегация выступила на II Форуме по развитию торговли, логистики и туризма провинции Лаокай.",
     "II Форуме по развитию торговли, логистики и туризма провинции Лаокай"),
    ("fr", "La Conférence de coopération Hà Giang–Wenshan 2025 s'est ouverte hier.",
     "Conférence de coopération Hà Giang–Wenshan 2025"),
])
def test_discovered_event_names(lang, text, name):
    assert name in event_names(text, lang)


@pytest.mark.parametrize("text, name", [
    ("Diễn đàn Hợp tác Yên Bái – Nhật Bản lần thứ hai diễn ra ngày 25/4/2025 tại thành phố Yên Bái.",
     "Diễn đàn Hợp tác Yên Bái – Nhật Bản lần thứ hai"),
    ("Hội chợ Thương mại Quốc tế Lạng Sơn được tổ chức vào ngày 5/5/2025.", "Hội chợ Thương mại Quốc tế Lạng Sơn"),
    ("Tuần lễ Văn hóa Nhật Bản Yên Bái khai mạc ngày 3/4/2025.", "Tuần lễ Văn hóa Nhật Bản Yên Bái"),
])
def test_a_vietnamese_name_ends_before_its_verb_or_its_date(text, name):
    assert event_names(text, "vi") == {name}


def test_a_topic_after_a_bare_kind_noun_is_no_name():
    """"die Konferenz für nachhaltige ...": a topic extends a name, it makes none of a kind noun alone; a list of
    genitives that no "и" closes ends at its comma."""
    assert not event_names("Er sprach auf der Konferenz für nachhaltige Landwirtschaft im Mekongdelta.", "de")
    assert "II Форуме по развитию торговли" in event_names(
        "Делегация выступила на II Форуме по развитию торговли, логистика остаётся важной.", "ru")


def test_a_kind_noun_alone_is_no_name():
    """"Das Forum" and "Die Wirtschaftsmesse" name no event: a kind noun, a compound one too, needs a name around it."""
    assert not event_names("Das Forum wurde verschoben, die Wirtschaftsmesse auch.", "de")


@pytest.mark.parametrize("lang, text, date", [
    ("en", "The 3rd Saxony–Vietnam Business Forum was held on August 8, 2025.", "2025-08-08"),
    ("en", "The Hanoi Tourism Exchange 2025 was held on 10th August 2025.", "2025-08-10"),
    ("fr", "Le Festival de Hué 2025 s'est ouvert le 1er août 2025.", "2025-08-01"),
])
def test_month_first_and_ordinal_days(lang, text, date):
    assert any(p == "heldOn" and o == date for _, p, o in triples_of(text, lang))


@pytest.mark.parametrize("lang, text, label", [
    ("ru", "Губернатор выступил на Восточном экономическом форуме 2025 во Владивостоке.", "Восточный экономический форум 2025"),
])
def test_slavic_names_of_adjectives_and_kind_in_the_nominative(lang, text, label):
    result = extract_document(Document("t", "t.txt", text, lang))
    assert label in {r.label for r, _ in result.mentions if r.cls == "Event"}


@pytest.mark.parametrize("lang, text, person, event", [
    ("en", "Nguyen Huu Thanh (right) and Vice Governor Kim Hyun-soo exchange documents at the "
           "4th Bac Ninh–Gyeonggi Investment and Trade Forum 2025.", "kim-hyun-soo",
     "4th-bac-ninh-gyeonggi-investment-and-trade-forum-2025"),
    ("en", "Nguyen Huu Thanh (right) and Vice Governor Kim Hyun-soo exchange documents at the "
           "4th Bac Ninh–Gyeonggi Investment and Trade Forum 2025.", "nguyen-huu-thanh",
     "4th-bac-ninh-gyeonggi-investment-and-trade-forum-2025"),
])
def test_people_at_an_event_take_part(lang, text, person, event):
    assert (person, "participatesIn", event) in triples_of(text, lang)


def event_labels(text: str, lang: str) -> set[str]:
    result = extract_document(Document("t", "t.txt", text, lang))
    return {record.label for record, _ in result.mentions if record.cls == "Event"}


@pytest.mark.parametrize("lang, text, label", [
    ("pl", "Na III Lubelskim Forum Gospodarczym Polska–Azja w Lublinie spotkali się przedsiębiorcy.",
     "III Lubelskie Forum Gospodarcze Polska–Azja"),
    ("pl", "Organizatorem Polsko-Wietnamskiego Forum Gospodarczego 2025 była agencja.",
     "Polsko-Wietnamskie Forum Gospodarcze 2025"),
    ("pl", "W Europejskim Kongresie Gospodarczym wzięło udział wielu gości.", "Europejski Kongres Gospodarczy"),
    ("pl", "Uczestnicy Międzynarodowej Konferencji Inwestycyjnej w Krakowie rozmawiali.",
     "Międzynarodowa Konferencja Inwestycyjna"),
    ("de", "Beim 3. Deutsch-Vietnamesischen Wirtschaftsforum Mekong 2025 sprach der Minister.",
     "3. Deutsch-Vietnamesisches Wirtschaftsforum Mekong 2025"),
    ("de", "Auf der Internationalen Handwerksmesse in München stellten Firmen aus.", "Internationale Handwerksmesse"),
])
def test_inflected_event_names_are_named_in_the_nominative_without_their_venue(lang, text, label):
    """One node for "Forum Gospodarczym" and "Forum Gospodarcze": the head and the adjectives agreeing with it go
    back to the nominative; the sentence's first word and "w Lublinie" are no part of the name."""
    assert label in event_labels(text, lang)


def test_an_event_named_in_two_cases_is_one_node():
    text = ("Polsko-Wietnamskie Forum Gospodarcze 2025 odbyło się w Hanoi. "
            "W Polsko-Wietnamskim Forum Gospodarczym 2025 wzięła udział Polska Agencja Inwestycji i Handlu.")
    assert event_labels(text, "pl") == {"Polsko-Wietnamskie Forum Gospodarcze 2025"}


@pytest.mark.parametrize("text, label", [
    ("Les 12es Assises de la coopération décentralisée franco-vietnamienne se sont tenues à Huế.",
     "12es Assises de la coopération décentralisée franco-vietnamienne"),
    ("La Conférence de promotion des investissements de Can Tho 2024 a réuni 300 participants.",
     "Conférence de promotion des investissements de Can Tho 2024"),
    ("La Journée de la Nouvelle-Aquitaine a été organisée à Cần Thơ.", "Journée de la Nouvelle-Aquitaine"),
])
def test_french_event_names_run_over_their_lowercase_complement(text, label):
    assert label in event_labels(text, "fr")


def test_a_world_place_that_needs_context_is_not_read_into_an_inflected_form():
    """"Assises" is not the plural of Assis (Brazil): in a language whose names take no endings, an ambiguous
    world name matches only as written."""
    result = extract_document(Document("t", "t.txt", "Lors des Assises, Sophie Marchand a parlé.", "fr"))
    assert "assis" not in {record.entity_id for record, _ in result.mentions}


def test_speaking_at_the_forum_is_taking_part_in_the_forum_named_before():
    text = ("The 2nd Quang Ninh–Guangxi Trade Forum opened in Ha Long on Monday. "
            "Ambassador Pierre Dubois, speaking at the forum, praised the cooperation.")
    assert ("pierre-dubois", "participatesIn", "2nd-quang-ninh-guangxi-trade-forum") in triples_of(text, "en")


@pytest.mark.parametrize("lang, text, label", [
    ("ru", "Делегация выступила на II Форуме межрегионального сотрудничества России и Вьетнама в Нячанге.",
     "II Форум межрегионального сотрудничества России и Вьетнама"),
    ("uk", "Голова виступив на 10-му Форумі регіонів України та Білорусі.", "Форум регіонів України та Білорусі"),
])
def test_a_capitalised_slavic_kind_noun_and_its_genitive_complement_are_a_name(lang, text, label):
    assert label in event_labels(text, lang)


def test_a_capitalised_kind_noun_before_a_verb_or_an_adjective_alone_names_nothing():
    assert event_labels("Переговоры прошли на Форуме прошлой осенью.", "ru") == set()


@pytest.mark.parametrize("lang, text, label", [
    ("uk", "Делегація Хайфону взяла участь у III Азійському форумі зеленої логістики в Кітакюсю.",
     "III Азійський форум зеленої логістики"),
    ("ru", "Делегация участвовала в X Восточном экономическом форуме во Владивостоке.", "X Восточный экономический форум"),
])
def test_a_numbered_edition_with_one_adjective_is_a_name(lang, text, label):
    assert label in event_labels(text, lang)


@pytest.mark.parametrize("lang, text, entity_id", [
    ("fr", "La délégation a participé au Forum économique Vietnam–Japon 2026, organisé à Hanoï.",
     "forum-economique-vietnam-japon-2026"),
    ("de", "Im Mai fand in Hue das Deutsch-Vietnamesische Kulturforum 2026 statt.",
     "deutsch-vietnamesisches-kulturforum-2026"),
    ("vi", "UBND tỉnh Lạng Sơn tổ chức Hội nghị Hợp tác các tỉnh biên giới Việt Nam – Trung Quốc lần thứ 5 với chủ đề "
           "\"Hữu nghị\".", "hoi-nghi-hop-tac-cac-tinh-bien-gioi-viet-nam-trung-quoc-lan-thu-5"),
])
def test_event_names_keep_their_adjectives_forms_and_numbers(lang, text, entity_id):
    """fr: lowercase adjectives after the kind noun ("Forum économique ..."); de: the weak adjective after "das"
    goes back to the strong nominative; vi: "lần thứ 5" ends the name with its number."""
    assert entity_id in {m[1] for m in mentions_of(text, lang) if m[2] == "Event"}


def test_a_pronoun_stands_for_the_event_named_before():
    """"В его работе приняли участие делегации провинций A, B": the provinces take part in that forum."""
    found = triples_of("В Казани прошёл II Российско-вьетнамский форум регионов. В его работе приняли участие "
                       "делегации провинций Тханьхоа и Нгеан.", "ru")
    assert {("thanh-hoa", "participatesIn", "ii-rossiisko-vetnamskii-forum-regionov"),
            ("nghe-an", "participatesIn", "ii-rossiisko-vetnamskii-forum-regionov")} <= found


def test_an_adjective_of_a_kind_noun_names_no_event():
    """"w Centrum Kongresowym": a venue, not a congress."""
    found = mentions_of("Spotkanie odbyło się w Międzynarodowym Centrum Kongresowym w Gdańsku z udziałem prowincji "
                        "Hai Duong.", "pl")
    assert not [m for m in found if m[2] == "Event"]


@pytest.mark.parametrize("lang, text, person", [
    ("ru", "II Форум межрегионального сотрудничества прошёл в Нячанге. Генеральный консул Алексей Поляков, "
           "выступая на форуме, заявил о планах.", "aleksei-poliakov"),
    ("ru", "II Форум межрегионального сотрудничества прошёл в Нячанге. На форуме министр экономики Олег Демченко "
           "рассказал о поставках.", "oleg-demchenko"),
    ("pl", "II Forum Gospodarcze Polska–Wietnam odbyło się w Łodzi. Na forum wicemarszałek Tomasz Wielgosz "
           "przedstawił ofertę regionu.", "tomasz-wielgosz"),
])
def test_at_the_forum_without_an_article_is_the_forum_named_before(lang, text, person):
    """Languages without articles say "на форуме" for "at the forum"; opening the sentence, it puts the people
    named after it there."""
    found = triples_of(text, lang)
    assert any(s == person and p == "participatesIn" for s, p, o in found), found


def test_the_people_after_an_opening_at_the_session_of_the_forum_take_part():
    text = ("V Российско-вьетнамский межрегиональный форум прошел в Ульяновске 17 сентября 2025 года. На пленарном "
            "заседании форума выступили губернатор Андрей Мельников и председатель Фан Дык Кхием.")
    found = triples_of(text, "ru")
    assert {p for p, r, _ in found if r == "participatesIn"} == {"andrei-melnikov", "phan-duc-khiem"}


def test_a_french_name_runs_over_an_adjective_and_its_complement():
    result = extract_document(Document("t", "t.txt", "Huế accueille les Journées européennes du patrimoine depuis "
                                                     "lundi.", "fr"))
    assert "Journées européennes du patrimoine" in {r.label for r, _ in result.mentions if r.cls == "Event"}


def test_a_kind_noun_in_the_genitive_names_no_event():
    result = extract_document(Document("t", "t.txt", "Dong Nai und Sachsen unterzeichneten am Rande des Forums "
                                                     "ein Abkommen.", "de"))
    assert not [r for r, _ in result.mentions if r.cls == "Event"]


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Die Provinz hat in Berlin den Investorentag Hau Giang – Deutschland 2024 veranstaltet.",
     "Investorentag Hau Giang – Deutschland 2024"),
    ("fr", "Le 1er Forum franco-vietnamien du textile et de l'habillement s'est tenu à Nam Dinh.",
     "1er Forum franco-vietnamien du textile et de l'habillement"),
    ("uk", "У Ханої відбувся ІІ Українсько-в'єтнамський бізнес-форум з питань торгівлі та інвестицій.",
     "ІІ Українсько-в'єтнамський бізнес-форум з питань торгівлі та інвестицій"),
])
def test_compound_kinds_hyphenated_adjectives_and_topic_complements_belong_to_the_name(lang, text, name):
    """A German compound in "-tag", a French adjective written with a hyphen and a second complement after "et",
    a Ukrainian kind noun with a hyphenated prefix ("бізнес-форум"), a Cyrillic roman ordinal and the topic after
    "з питань"."""
    assert name in event_names(text, lang)


def test_weekdays_and_parliaments_are_no_compound_kind_nouns():
    assert not event_names("Am Montag Vertreter der Provinz trafen den Landtag Niedersachsen in Hannover.", "de")


def test_a_slavic_name_runs_to_the_year_that_ends_it_but_not_to_a_date():
    assert "Конференция по содействию инвестициям в провинцию Куангчи 2024" in event_labels(
        "Гости приняли участие в Конференции по содействию инвестициям в провинцию Куангчи 2024.", "ru")
    assert not any("2024" in label for label in event_labels(
        "Форум по вопросам экологии прошёл в Ханое в 2024 году.", "ru"))


def test_a_date_between_an_event_and_its_place_does_not_part_them():
    found = triples_of("Le 1er Forum franco-vietnamien du textile et de l'habillement s'est tenu le 1er octobre 2024 "
                       "à Nam Dinh.", "fr")
    assert ("1er-forum-franco-vietnamien-du-textile-et-de-l-habillement", "heldIn", "nam-dinh") in found


def test_the_organiser_is_the_agent_before_a_place_after_in():
    found = triples_of("Am 15. März 2024 hat das Volkskomitee der Provinz Hau Giang in Ho-Chi-Minh-Stadt den "
                       "Investorentag Hau Giang – Deutschland 2024 veranstaltet.", "de")
    organisers = {s for s, p, _ in found if p == "organizes"}
    assert organisers == {"hau-giang-peoples-committee"}


def test_a_subject_after_the_verb_is_in_its_clause():
    """"гости приняли участие в Конференции ..., которую Народный комитет организовал": the committee organised
    it; who took part is not named."""
    found = triples_of("10 апреля 2024 года гости приняли участие в Конференции по содействию инвестициям в провинцию "
                       "Куангчи 2024, которую Народный комитет провинции Куангчи организовал.", "ru")
    assert {p for s, p, _ in found if s == "quang-tri-peoples-committee"} == {"organizes"}


def test_a_name_may_end_in_a_list_of_its_words():
    """"Thanh Hoa Investment, Trade and Tourism Promotion Conference in Japan 2024": the comma is inside the name."""
    assert "Thanh Hoa Investment, Trade and Tourism Promotion Conference in Japan 2024" in event_names(
        "The committee hosted the Thanh Hoa Investment, Trade and Tourism Promotion Conference in Japan 2024 in "
        "Nagoya.", "en")
    assert "Hanoi, Investment and Trade Forum 2025" not in event_names(
        "In Hanoi, Investment and Trade Forum 2025 opened.", "en")


def test_the_dateline_dates_the_event_and_speakers_take_part_in_it():
    found = triples_of("NAGOYA, 22 November 2024 – The Thanh Hoa Provincial People's Committee today hosted the Thanh "
                       "Hoa Investment Conference 2024 in Nagoya. Speakers included Vice Governor of Aichi Prefecture "
                       "Kenji Morimoto and Ambassador of Vietnam to Japan Tran Quoc Vinh.", "en")
    event = "thanh-hoa-investment-conference-2024"
    assert (event, "heldOn", "2024-11-22") in found
    assert {("kenji-morimoto", "participatesIn", event), ("tran-quoc-vinh", "participatesIn", event)} <= found


def test_people_listed_with_the_next_ones_title_between_all_take_part():
    """"W forum wzięli udział A, kierownik Biura Handlowego PAIH w Hanoi B oraz wiceprzewodniczący ... C": the
    titles between the names do not end the list."""
    found = triples_of("Kulminacją wizyty było I Polsko-Wietnamskie Forum Rolno-Spożywcze Wyżyny Centralnej. W forum "
                       "wzięli udział wicemarszałek województwa lubelskiego Tomasz Grzelak, kierownik Zagranicznego "
                       "Biura Handlowego PAIH w Hanoi Katarzyna Mazur oraz wiceprzewodniczący Komitetu Ludowego "
                       "prowincji Kon Tum Dinh Quoc Thang.", "pl")
    event = "i-polsko-wietnamskie-forum-rolno-spozywcze-wyzyny-centralnej"
    assert {(p, "participatesIn", event) for p in ("tomasz-grzelak", "katarzyna-mazur", "dinh-quoc-thang")} <= found
    assert not any(p == "participatesIn" and s.startswith("zagranicznego") for s, p, _ in found)


def test_a_long_vietnamese_name_is_not_cut_inside_the_place_it_ends_with():
    assert "Hội nghị lần thứ 14 Ủy ban Công tác liên hợp giữa các tỉnh biên giới Việt Nam và Khu tự trị dân tộc " \
           "Choang Quảng Tây" in event_names("Đoàn công tác tỉnh Lạng Sơn đã tham dự Hội nghị lần thứ 14 Ủy ban Công "
                                             "tác liên hợp giữa các tỉnh biên giới Việt Nam và Khu tự trị dân tộc "
                                             "Choang Quảng Tây.", "vi")


def test_a_german_passive_pronoun_stands_for_the_event_named_before():
    found = triples_of("Höhepunkt der Reise war das 3. Deutsch-Vietnamesische Agrarforum Mekong, das am 7. Oktober 2024 "
                       "in Can Tho stattfand. Ausgerichtet wurde es vom Bundesministerium für Ernährung und "
                       "Landwirtschaft.", "de")
    assert any(p == "organizes" and o == "3-deutsch-vietnamesisches-agrarforum-mekong" and s.startswith("bundesministerium")
               for s, p, o in found)


def event_labels(text: str, lang: str) -> set[str]:
    """Every label an event's mention gives (English or romanised, and the dictionary form as written)."""
    result = extract_document(Document("t", "t.txt", text, lang))
    return {label for record, _ in result.mentions if record.cls == "Event"
            for label in (record.en, record.written) if label}


@pytest.mark.parametrize("lang, text, label", [
    ("ru", "Соглашения заключены на полях Второго форума межрегионального сотрудничества в Ханое.",
     "Второй форум межрегионального сотрудничества"),
    ("uk", "Провінція взяла участь у Третьому форумі міжрегіонального співробітництва в Ханої.",
     "Третій форум міжрегіонального співробітництва"),
    ("ru", "Делегация участвовала в 9-й выставке «Китай — Южная Азия» в Куньмине.", "выставка «Китай — Южная Азия»"),
    ("ru", "Делегация участвовала в XII Международном инвестиционном форуме «Днепровские горизонты».",
     "XII Международный инвестиционный форум «Днепровские горизонты»"),
    ("uk", "Делегація взяла участь у виставці «Китай — Південна Азія» в Куньміні.", "виставка «Китай — Південна Азія»"),
])
def test_a_slavic_event_name_is_read_from_its_ordinal_and_cited_with_its_kind(lang, text, label):
    """A capitalised ordinal before a lowercase kind noun opens the name; a quoted name is labelled with its kind
    noun (and the adjectives and roman ordinal before it) in the nominative."""
    assert label in event_labels(text, lang)


def test_a_quoted_event_keeps_its_romanised_name_as_english_label():
    labels = event_labels("Делегация посетила выставку «Иннопром-2025» в Екатеринбурге.", "ru")
    assert {"Innoprom-2025", "выставка «Иннопром-2025»"} <= labels


@pytest.mark.parametrize("lang, text, label", [
    ("ru", "В Казани открылся II Форум делового сотрудничества «Татарстан — Вьетнам» 2026.",
     "II Форум делового сотрудничества «Татарстан — Вьетнам» 2026"),
    ("uk", "У Львові відбувся IV Економічний форум «Карпати — Ханой» 2026, який зібрав 200 учасників.",
     "IV Економічний форум «Карпати — Ханой» 2026"),
])
def test_a_quoted_part_and_the_year_after_it_end_a_slavic_event_name(lang, text, label):
    """The quoted words after a genitive name, and a year after the closing quote, are part of the name."""
    assert label in event_labels(text, lang)


def test_a_date_between_a_place_and_the_event_after_it_does_not_part_them():
    triples = triples_of("У провінції Куангнгай 13 жовтня 2025 року відбувся ІІ Інвестиційний форум «Японія — Куангнгай» "
                         "2025.", "uk")
    assert any(p == "heldIn" and o == "quang-ngai" for s, p, o in triples)


def test_a_german_event_is_referred_to_by_its_own_compound_and_a_venue_compound_is_no_event():
    """"Ausgerichtet wurde der Wirtschaftstag von …" is the 3. Deutsch-Vietnamesischer Wirtschaftstag named before
    (its ordinal kept at the start of a headline); "Kongresszentrum" starts with a kind noun but is a building."""
    text = ("3. Deutsch-Vietnamesischer Wirtschaftstag Binh Dinh in Quy Nhon\n\n"
            "Der Wirtschaftstag fand im Kongresszentrum der Stadt statt. Ausgerichtet wurde der Wirtschaftstag von "
            "der Delegation der Deutschen Wirtschaft in Vietnam (AHK Vietnam).")
    events = {entity for _, entity, cls in mentions_of(text, "de") if cls == "Event"}
    assert events == {"3-deutsch-vietnamesischer-wirtschaftstag-binh-dinh"}
    assert ("ahk-vietnam", "organizes", "3-deutsch-vietnamesischer-wirtschaftstag-binh-dinh") in triples_of(text, "de")


def test_a_vietnamese_name_opening_its_sentence_runs_to_its_year():
    """Every sentence capitalises its first word, so "Hội nghị xúc tiến ..." opening one is a name only when it
    runs to a year; "Hội nghị đã thông qua ..." (the conference approved) is a subject, no name."""
    named = mentions_of("Hội nghị xúc tiến đầu tư tỉnh Hà Tĩnh năm 2026 diễn ra tại Vũng Áng ngày 4/3/2026.", "vi")
    assert ("hoi-nghi-xuc-tien-dau-tu-tinh-ha-tinh-nam-2026", "Event") in {(e, c) for _, e, c in named}
    plain = mentions_of("Hội nghị đã thông qua kế hoạch hợp tác với tỉnh Hà Tĩnh năm 2026 và các năm sau.", "vi")
    assert not any(c == "Event" for _, _, c in plain)


@pytest.mark.parametrize("lang, text, name", [
    ("en", "The 9th Meeting of the Lao Cai–Yunnan Joint Working Group was held in Kunming.", "9th Meeting"),
    ("de", "Das 4. Treffen der Partnerregionen Sachsen–Hai Phong fand in Dresden statt.",
     "4. Treffen der Partnerregionen Sachsen–Hai Phong"),
])
def test_a_meeting_is_a_kind_of_event(lang, text, name):
    assert name in event_names(text, lang)


def test_a_kind_noun_inside_a_vietnamese_centre_name_is_no_event():
    """"tại Trung tâm Hội nghị Quốc gia": the National Convention Centre, no conference."""
    found = mentions_of("Sáng 3/5/2026, tại Trung tâm Hội nghị Quốc gia, Thành ủy Hà Nội tổ chức Hội nghị Đối ngoại "
                        "thành phố Hà Nội năm 2026.", "vi")
    events = {e for _, e, c in found if c == "Event"}
    assert events == {"hoi-nghi-doi-ngoai-thanh-pho-ha-noi-nam-2026"}


@pytest.mark.parametrize("lang, text, name", [
    ("ru", "В городе Хатинь состоялся Форум по содействию инвестициям, торговле и туризму провинции Хатинь 2025 года.",
     "Форум по содействию инвестициям, торговле и туризму провинции Хатинь 2025 года"),
    ("ru", "Делегация приняла участие во II Международном форуме по инвестициям, торговле и туризму «Лаокай — 2026», "
           "который прошёл в пятницу.", "II Международном форуме по инвестициям, торговле и туризму «Лаокай — 2026"),
])
def test_a_slavic_name_runs_over_a_list_of_its_topics(lang, text, name):
    """After "по" a list of datives that "и" closes, then the genitives, the year with its noun, or a quoted part."""
    assert name in event_names(text, lang)


@pytest.mark.parametrize("lang, text, name", [
    ("uk", "Вона взяла участь у Форумі місцевого співробітництва В'єтнам — Корея, що відбувся в Ханої.",
     "Форумі місцевого співробітництва В'єтнам — Корея"),
    ("ru", "Делегация приняла участие в Форуме регионального сотрудничества Россия — Вьетнам 2026 в Казани.",
     "Форуме регионального сотрудничества Россия — Вьетнам 2026"),
])
def test_two_names_joined_by_a_dash_end_a_slavic_name(lang, text, name):
    assert name in event_names(text, lang)


def test_a_french_name_ends_at_a_comma():
    text = "Lors des Assises, la vice-présidente du conseil régional de Nouvelle-Aquitaine, Sophie Marchand, a parlé."
    assert not any("," in name for name in event_names(text, "fr"))
    assert ("sophie-marchand", "holdsPosition") in {(s, p) for s, p, _ in triples_of(text, "fr")}


@pytest.mark.parametrize("text, name", [
    ("Lors des Assises de la coopération décentralisée franco-vietnamienne, la vice-présidente a parlé.",
     "Assises de la coopération décentralisée franco-vietnamienne"),
    ("Pendant le Forum économique Vietnam–France 2025, les deux régions ont signé un accord.",
     "Forum économique Vietnam–France 2025"),
])
def test_a_french_name_starts_after_a_presence_word(text, name):
    """"Lors", "pendant" open the sentence before the name, no part of it."""
    assert event_names(text, "fr") == {name}


def test_a_vietnamese_name_runs_over_its_venue_to_its_year():
    text = "Ngày 18/3/2025, tại tỉnh Gangwon, Hội nghị xúc tiến đầu tư tỉnh Bình Định tại Hàn Quốc năm 2025 đã diễn ra."
    assert "Hội nghị xúc tiến đầu tư tỉnh Bình Định tại Hàn Quốc năm 2025" in event_names(text, "vi")


def test_the_agents_after_do_organise_the_event_before_it():
    """vi "EVENT do A phối hợp với B và C tổ chức": A, B and C organise it; A works with B and C."""
    found = triples_of("Hội nghị Xúc tiến đầu tư Bình Định năm 2025 do UBND tỉnh Bình Định phối hợp với Đại sứ quán "
                       "Việt Nam tại Hàn Quốc và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức.", "vi")
    organisers = {s for s, p, o in found if p == "organizes" and o == "hoi-nghi-xuc-tien-dau-tu-binh-dinh-nam-2025"}
    assert organisers == {"binh-dinh-peoples-committee", "embassy-of-vietnam-in-south-korea", "jetro"}


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Quang Ninh hosted the 4th Quang Ninh Investment Summit 2025 in Ha Long on October 17.",
     "4th Quang Ninh Investment Summit 2025"),
    ("en", "The province hosted the 2nd Quang Ngai–Attapeu Border Friendship Exchange in October.",
     "2nd Quang Ngai–Attapeu Border Friendship Exchange"),
    ("en", "The Hanoi May Festival 2025 opened.", "Hanoi May Festival 2025"),
    ("en", "Days of Ukrainian Culture in Vietnam 2025 opened.", "Days of Ukrainian Culture in Vietnam 2025"),
])
def test_a_capitalised_name_ends_before_its_venue_and_its_month(lang, text, name):
    """"in Ha Long", "on October 17", "in October" say where and when; a year after the venue keeps it."""
    assert event_names(text, lang) == {name}


@pytest.mark.parametrize("lang, text", [
    ("de", "Der Wirtschaftstag Anfang Dezember in Rostock war ein Erfolg."),
    ("de", "Am Rande des Forums der Staatssekretär sprach."),
    ("en", "Saskatchewan Minister of Trade and Export Development Daniel Kowalchuk spoke."),
])
def test_a_month_a_title_or_a_longer_word_makes_no_name(lang, text):
    """"Anfang Dezember" is a time, "der Staatssekretär" a title after a genitive kind noun, "Export" no "Expo"."""
    assert not event_names(text, lang)


@pytest.mark.parametrize("lang, text, written", [
    ("uk", "Після Першого форуму дружби провінцій Куангбінь і Кхаммуан, що відбувся 19 квітня 2025 року, ми поговорили.",
     "Перший форум дружби провінцій Куангбінь і Кхаммуан"),
    ("ru", "Делегация приняла участие во Втором форуме межрегионального сотрудничества 5 мая 2025 года.",
     "Второй форум межрегионального сотрудничества"),
])
def test_an_ordinal_before_a_slavic_name_is_put_back_in_the_nominative(lang, text, written):
    """"Першого" is the adjective "перший" here, not the noun "перше" pymorphy3 reads first."""
    result = extract_document(Document("t", "t.txt", text, lang))
    assert written in {record.written for record, _ in result.mentions if record.cls == "Event"}


def test_a_discovered_name_right_before_a_known_event_describes_it():
    """"у Міжнародному туристичному ярмарку ITE HCMC 2024": one event, the known one's 2024 edition."""
    result = extract_document(Document("t", "t.txt", "Провінція брала участь у Міжнародному туристичному ярмарку "
                                       "ITE HCMC 2024 у Хошиміні.", "uk"))
    assert {record.entity_id for record, _ in result.mentions if record.cls == "Event"} == \
        {"international-travel-expo-ho-chi-minh-city-2024"}
