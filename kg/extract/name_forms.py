"""Capitalised names put back in the nominative for languages without a lemmatiser kg can load quickly (pl, de):
the head noun by the stems of kg/data/lang/<xx>/morphology.yaml (`name_forms`), and the adjectives agreeing with
it given the nominative ending of its gender. "na III Lubelskim Forum Gospodarczym" → "III Lubelskie Forum
Gospodarcze"; "den Deutsch-Vietnamesischen Wirtschaftsforums" → "Deutsch-Vietnamesisches Wirtschaftsforum".

Written here because the dictionaries that would do it (simplemma, spaCy's lookups) take seconds to load per
language and know common words, not the adjectives of names; pymorphy3 does ru and uk (kg.extract.organisations).
"""
from __future__ import annotations

from kg.analyse.normalise import fold
from kg.model import Sentence
from kg.profile import NameForms, profile


def _head(forms: NameForms, word: str) -> tuple[str, str] | None:
    """The head noun `word` in its nominative and its gender; in compounding languages the head ends the word
    ("Wirtschaftsforums" → "Wirtschaftsforum")."""
    low = word.lower()
    if forms.compound_heads:
        for stem, (_, gender) in sorted(forms.heads.items(), key=lambda item: -len(item[0])):
            for ending in ("", "es", "s"):
                if low.endswith(stem + ending):
                    return (word[:len(word) - len(ending)] if ending else word), gender
        return None
    for stem, (nominative, gender) in forms.heads.items():
        if fold(low).startswith(fold(stem)):
            return (nominative if word[:1].isupper() else nominative.lower()), gender
    return None


def _adjective(forms: NameForms, word: str, gender: str) -> str | None:
    """The adjective `word` (any case) in the nominative of `gender`; None when it is no adjective."""
    for ending in forms.adjective_endings:
        stem = word[:len(word) - len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 3 and stem.lower().endswith(tuple(forms.adjective_stems)):
            soft = stem[-1:].lower() in "kg" and forms.soft_nominative
            return stem + (forms.soft_nominative if soft else forms.nominative)[gender]
    return None


def nominative_name(sentence: Sentence, first: int, last: int, head: int) -> str | None:
    """Words `first`..`last` of the sentence, a name whose head noun is word `head`, in the nominative; None
    when the language has no name forms or the head is none of its head nouns. Only adjectives in an oblique
    case change (before the head, and those right after it: "Forum Gospodarczym Polska–Azja")."""
    forms = profile(sentence.lang).morphology.name_forms
    found = _head(forms, sentence.words[head].text) if forms.heads else None
    if found is None:
        return None
    head_form, gender = found
    ws = sentence.words
    out: list[str] = []
    agreeing = True         # still in the adjectives right after the head
    for k in range(first, last + 1):
        word = ws[k].text
        if k == head:
            word = head_form
        elif k > head and not ws[k].is_capitalised:
            agreeing = False        # "Verband für Internationale Zusammenarbeit": the complement keeps its case
        elif ws[k].is_capitalised and (k < head or agreeing):
            changed = _adjective(forms, word, gender)
            if changed is None and k > head:
                agreeing = False
            word = changed or word
        out.append(word + (sentence.gap(k, k + 1) if k < last else ""))
    return " ".join("".join(out).split())


def adjective_shaped(lang: str, word: str) -> bool:
    """True for a word that may be an adjective of a name in a language with name forms ("Lubelskie",
    "Internationale"); True everywhere else, where nothing tells."""
    forms = profile(lang).morphology.name_forms
    if not forms.heads:
        return True
    endings = [*forms.adjective_endings, *forms.nominative.values(), *forms.soft_nominative.values()]
    low = word.lower()
    return any(low.endswith(e) and low[:len(low) - len(e)].endswith(tuple(forms.adjective_stems)) for e in endings)
