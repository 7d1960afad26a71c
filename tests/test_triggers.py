"""TriggerSet scans a sentence once and answers find/find_at from that scan."""
from __future__ import annotations

from kg.analyse import analyse
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Document

PHRASES = {"coop": ["сотруднич", "развит * сотруднич"], "support": ["при поддержк"]}


def sentences(text: str, lang: str = "ru"):
    return analyse(Document("t", "t.txt", text, lang)).sentences


def test_find_at_answers_every_position_and_switches_sentence():
    first, second = sentences("Стороны обсудили развитие торгового сотрудничества. Проект идёт при поддержке Японии.")
    triggers = TriggerSet(PHRASES)
    words = [w.text for w in first.words]
    at = words.index("развитие")
    assert triggers.find_at(first, at) == [Hit(at, at + 2, "coop", "развит * сотруднич")]
    assert triggers.find_at(first, at + 2) == [Hit(at + 2, at + 2, "coop", "сотруднич")]
    assert triggers.find(first) == [Hit(at, at + 2, "coop", "развит * сотруднич"), Hit(at + 2, at + 2, "coop", "сотруднич")]
    k = [w.text for w in second.words].index("при")
    assert triggers.find(second) == [Hit(k, k + 1, "support", "при поддержк")]
    assert triggers.find_at(first, 0) == [] and len(triggers.find(first)) == 2     # back to the first sentence


def test_a_caller_changing_the_answer_changes_nothing():
    (sentence,) = sentences("Развитие сотрудничества.")
    triggers = TriggerSet(PHRASES)
    triggers.find_at(sentence, 0).clear()
    triggers.find(sentence).clear()
    assert [h.phrase for h in triggers.find_at(sentence, 0)] == ["развит * сотруднич"]


def test_exact_sets_match_whole_words_only():
    (sentence,) = sentences("Он сказал вчера, что вот в городе.")
    exact = TriggerSet({"break": ["что", "в"]}, exact=True)
    assert [(h.first, h.phrase) for h in exact.find(sentence)] == [(3, "что"), (5, "в")]   # not "вот", "в" of "вчера"


def test_fillers_stand_between_the_words_of_a_phrase():
    """"trafia m.in. do" is "trafia do"; a filler never starts a match."""
    sentence = analyse(Document("t", "t.txt", "Herbata trafia m.in. do Rosji, a m.in. do nie.", "pl")).sentences[0]
    phrases = TriggerSet({"exportsTo": ["trafia do"], "x": ["do nie"]}, fillers=frozenset({"m", "in"}))
    hits = phrases.find(sentence)
    assert [(h.label, sentence.words[h.first].norm, sentence.words[h.last].norm) for h in hits] == \
        [("exportsTo", "trafia", "do"), ("x", "do", "nie")]
    assert not TriggerSet({"exportsTo": ["trafia do"]}).find(sentence)


def test_a_one_letter_word_after_the_first_matches_whole_words_only():
    """"forum z" (with) is no prefix of "Forum zorganizowały" (organised the forum); a longer stem still is."""
    triggers = TriggerSet({"with": ["forum z"], "two": ["eta dw miast"]})
    assert triggers.find(sentences("Forum zorganizowały dwie izby.", "pl")[0]) == []
    assert [h.label for h in triggers.find(sentences("Forum z Koreą i eta dwa miasta.", "pl")[0])] == ["with", "two"]
