import pytest
from conftest import triples_of

from kg.analyse import analyse
from kg.analyse.language import detect
from kg.model import Document

SAMPLES = {
    "ru": "Провинция Куангнинь укрепляет торговое сотрудничество с китайскими провинциями.",
    "uk": "Провінція Каобанг має понад 333 кілометри кордону з Гуансі та розвиває туризм.",
    "pl": "Wiceminister spraw zagranicznych przemawia na konferencji w mieście Can Tho.",
    "de": "Der stellvertretende Außenminister spricht auf der Konferenz in der Stadt Can Tho.",
    "en": "The province strengthens trade cooperation with Guangxi, Fujian and Hainan.",
    "fr": "La province renforce la coopération commerciale avec le Guangxi et le Fujian.",
    "vi": "Tỉnh Quảng Ninh tăng cường hợp tác thương mại với Quảng Tây, Trung Quốc.",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_language_of_each_supported_language(lang):
    assert detect(SAMPLES[lang]) == lang


def test_sentences_keep_offsets_into_the_original_text():
    text = ("Вступ.\nПерше речення про Ханой і співпрацю міст. Друге речення про Хайфон і його порти!\n\n"
            "Das ist ein deutscher Absatz über Hanoi.")
    analysed = analyse(Document("d", "d.txt", text))
    assert analysed.lang == "uk"
    for s in analysed.sentences:
        assert text[s.start:s.end] == s.text
        for w in s.words:
            assert text[w.start:w.end] == w.text
    assert [s.text for s in analysed.sentences][1:3] == ["Перше речення про Ханой і співпрацю міст.",
                                                         "Друге речення про Хайфон і його порти!"]
    assert analysed.sentences[-1].lang == "de"


def test_lemmas_from_pymorphy():
    s = analyse(Document("d", "d.txt", "Министерства иностранных дел", "ru")).sentences[0]
    assert s.words[0].lemma == "министерство"


def test_reference_section_is_marked():
    text = "Ханой сотрудничает с Японией.\n------\n(1) Статья о Хайфоне.\nИсточник: https://example.org"
    sentences = analyse(Document("d", "d.txt", text, "ru")).sentences
    assert sentences[0].in_references is False
    assert len(sentences) > 2 and all(s.in_references for s in sentences[1:])


def test_unknown_forced_language_is_an_error():
    from kg.errors import KgError

    with pytest.raises(KgError, match="unknown language"):
        analyse(Document("d", "d.txt", "text", "xx"))


def test_only_the_reference_list_at_the_end_is_marked():
    text = ("Source: Vietnam News Agency\nHanoi cooperates with Japan.\n---\nHai Phong cooperates with Korea.\n"
            "Source: https://example.org/1\n----------\nDa Nang cooperates with France.\n"
            "Source: https://example.org/2\nComments (0)\nRead more\n")
    sentences = analyse(Document("d", "d.txt", text, "en")).sentences
    marked = [s.text for s in sentences if s.in_references]
    assert marked == ["Source: https://example.org/2", "Comments (0)", "Read more"]


def test_a_line_longer_than_spacys_limit_is_split_with_offsets_kept():
    text = "Hanoi cooperates with Japan. " * 40_000 + "The end"
    sentences = analyse(Document("d", "d.txt", text, "en")).sentences
    assert len(text) > 1_000_000 and len(sentences) == 40_001
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_number_with_separators_ends_no_sentence():
    """"1.200" and "3,5" are numbers, not a full stop and a new sentence."""
    doc = Document("t", "t.txt", "Die Provinz hat über 1.200 Projekte angezogen. Sie wächst um 3,5 Prozent.", "de")
    assert [s.text for s in analyse(doc).sentences] == ["Die Provinz hat über 1.200 Projekte angezogen.",
                                                        "Sie wächst um 3,5 Prozent."]


def test_an_english_possessive_is_no_part_of_a_word():
    from kg.analyse.normalise import words
    found = [w for w, _, _ in words("Japan's Osaka, the People’s Committee, l'Institut, В'єтнам, O'Brien")]
    assert found == ["Japan", "Osaka", "the", "People", "Committee", "l'", "Institut", "В'єтнам", "O'Brien"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The forum was opened by Consul General Mr. Shin Dong-ho. It lasted two days."),
    ("fr", "Le forum a été ouvert par M. Lưu Văn Khải. Il a duré deux jours."),
    ("de", "Das Forum eröffnete Staatssekretär Dr. Markus Brandt. Es dauerte zwei Tage."),
])
def test_no_sentence_ends_on_an_honorific(lang, text):
    assert len(analyse(Document("t", "t.txt", text, lang)).sentences) == 2


def test_a_day_number_ends_a_sentence_where_ordinals_take_no_full_stop():
    """"on March 3. Delegates" is two sentences in English; "am 3. Oktober" is one in German."""
    en = analyse(Document("t", "t.txt", "The forum opened on March 3. Delegates came from Laos.", "en")).sentences
    de = analyse(Document("t", "t.txt", "Das Forum begann am 3. Oktober in Hanoi.", "de")).sentences
    assert [s.text for s in en] == ["The forum opened on March 3.", "Delegates came from Laos."]
    assert len(de) == 1


@pytest.mark.parametrize("lang, line", [
    ("en", "Read also: Vinh Long and Tra Vinh cooperate on Mekong logistics"),
    ("de", "Lesen Sie auch: Vinh Long und Tra Vinh arbeiten bei der Logistik zusammen"),
    ("fr", "Lire aussi : Vinh Long et Tra Vinh coopèrent dans la logistique"),
    ("pl", "Czytaj także: Vinh Long i Tra Vinh współpracują w logistyce"),
    ("ru", "Читайте также: Виньлонг и Чавинь сотрудничают в логистике"),
    ("uk", "Читайте також: Віньлонг і Чавінь співпрацюють у логістиці"),
    ("vi", "Xem thêm: Vĩnh Long và Trà Vinh hợp tác phát triển logistics"),
])
def test_a_line_linking_to_another_article_is_no_text_of_this_one(lang, line):
    """Site navigation ("Read also: …") states nothing of the article: no sentence of it yields facts."""
    sentences = analyse(Document("t", "t.txt", f"Vinh Long is a province.\n\n{line}\n", lang)).sentences
    assert [s.in_references for s in sentences] == [False, True]
    assert not triples_of(f"{line}\n", lang)
