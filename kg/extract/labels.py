"""Which language a proposed label is in, and the English label of a name read in another language.

A pattern's label is either English (a lexicon name, a translated kind, a transliterated person) or the
text's own words ("Университет Хюэ", "Parku Przemysłowego Minh Quan"). The text's own words are the name in
the language it was read in; their English label follows one stated rule (`romanise`).
"""
from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

from kg.analyse.normalise import fold
from kg.extract.lexicon import load_lexicon
from kg.extract.transliteration import is_cyrillic
from kg.model import Mention

ENGLISH = "en"
VIETNAMESE = "vi"


def label_language(mention: Mention) -> str:
    """The sentence's language when the mention's label is the text's own words: as written, in their
    dictionary form, or in Cyrillic; else ENGLISH (an English sentence, a lexicon entity, or a label the
    pattern derived)."""
    lang, label = mention.sentence.lang, mention.en
    if lang == ENGLISH or not label or mention.entity_id in load_lexicon():
        return ENGLISH
    own = is_cyrillic(label) or label == mention.written or _folded(label) in _folded_text(mention.sentence.text)
    return lang if own else ENGLISH


def romanise(name: str, lang: str) -> str:
    """The English label of a name no lexicon translates: Cyrillic transliterated (anyascii, without the marks
    it writes for soft signs and apostrophes), Vietnamese without diacritics as the contract spells Vietnamese
    names in English, any other Latin-script name as written."""
    if is_cyrillic(name):
        return " ".join(anyascii(name).replace("'", "").split())
    if lang == VIETNAMESE:
        return anyascii(name)
    return name


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


_folded_text = lru_cache(maxsize=256)(_folded)      # a sentence's text, folded once for all its mentions
