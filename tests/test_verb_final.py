"""German clauses whose participle states the relation at their end, both ends before it (kg/extract/rules/verb_final.py),
and the companies a company noun names."""
import pytest
from conftest import mentions_of, triples_of


@pytest.mark.parametrize("text, fact", [
    ("Die Deutsche Botschaft in Hanoi hat die Provinz Khanh Hoa von Anfang an unterstützt.",
     ("embassy-of-germany-in-hanoi", "supports", "khanh-hoa")),
    ("Das 3. Deutsch-Vietnamesische Meereswirtschaftsforum 2025 haben das Volkskomitee der Provinz Khanh Hoa und "
     "die Deutsche Industrie- und Handelskammer gemeinsam ausgerichtet.",
     ("khanh-hoa-peoples-committee", "organizes", "3-deutsch-vietnamesisches-meereswirtschaftsforum-2025")),
    ("Das Lübecker Unternehmen Baltic Aqua Systems hat im vergangenen Jahr 18 Millionen Euro in eine Anlage in "
     "Khanh Hoa investiert.", ("khanh-hoa", "attractsInvestmentFrom", "baltic-aqua-systems")),
])
def test_a_clause_final_participle_relates_the_names_before_it(text, fact):
    """The first field holds the subject, or the object where only the middle field's names fit the subject."""
    assert fact in triples_of(text, "de")


def test_a_place_after_in_is_no_subject_of_a_clause_final_verb_but_a_receiving_one():
    triples = triples_of("Die Deutsche Botschaft hat in Hanoi die Provinz Khanh Hoa unterstützt.", "de")
    assert ("hanoi", "supports", "khanh-hoa") not in triples


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Das Lübecker Unternehmen Baltic Aqua Systems baut eine Anlage.", "baltic-aqua-systems"),
    ("fr", "La société Aquitaine Fruits Export a signé un contrat.", "aquitaine-fruits-export"),
])
def test_a_company_noun_names_the_capitalised_words_after_it(lang, text, name):
    assert (name, "Organization") in {(entity, cls) for _, entity, cls in mentions_of(text, lang)}


def test_a_german_company_noun_before_one_capitalised_noun_names_nothing():
    assert not any(cls == "Organization" for _, _, cls in mentions_of("Das Unternehmen Anlagen baut in Hanoi.", "de"))


def test_an_acronym_before_a_currency_word_is_money():
    found = {entity for _, entity, _ in mentions_of("LG hat mehr als fünf Milliarden US-Dollar investiert.", "de")}
    assert "united-states" not in found


def test_a_separable_verb_frames_the_participants_and_the_event():
    text = ("Das 4. Deutsch-Vietnamesische Logistikforum 2026 fand am 2. März 2026 in Hanoi statt. Am ersten Tag "
            "nahmen Botschafterin Anna Keller und der Unternehmer Jonas Weber an dem Forum teil.")
    triples = triples_of(text, "de")
    event = "4-deutsch-vietnamesisches-logistikforum-2026"
    assert {("anna-keller", "participatesIn", event), ("jonas-weber", "participatesIn", event)} <= triples


def test_a_particle_inside_its_clause_frames_nothing():
    """'teil' that does not end the clause is no particle of 'nahmen'."""
    triples = triples_of("Das 4. Deutsch-Vietnamesische Logistikforum 2026 fand in Hanoi statt. Danach nahmen Anna "
                         "Keller und Jonas Weber einen Teil der Unterlagen des Logistikforums mit.", "de")
    assert not {t for t in triples if t[1] == "participatesIn"}


@pytest.mark.parametrize("lang, text, name", [
    ("de", "Die Elbe Kältetechnik GmbH baut ein Kühlhaus.", "elbe-kaltetechnik"),
    ("fr", "La Loire Fruits SAS a signé un contrat.", "loire-fruits"),
])
def test_an_article_opening_the_sentence_is_no_part_of_a_company_name(lang, text, name):
    assert name in {entity for _, entity, cls in mentions_of(text, lang) if cls == "Organization"}


def test_a_verb_second_verb_after_a_fronted_phrase_precedes_its_subject():
    """"Bereits seit 2019 unterstützt die GIZ Vinh Long": verb, subject, object; a name after a preposition in the
    verb's phrase is no subject ("… gehen zunehmend in die Niederlande und nach Deutschland")."""
    found = triples_of("Bereits seit 2019 unterstützt die Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) "
                       "Tra Vinh beim Küstenschutz.", "de")
    assert ("giz", "supports", "tra-vinh") in found
    found = triples_of("Bildunterschrift: Reisernte in Tra Vinh – die Früchte gehen zunehmend in die Niederlande und "
                       "nach Deutschland.", "de")
    assert ("netherlands", "exportsTo", "germany") not in found
