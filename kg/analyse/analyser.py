"""Split a document into lines, detect each line's language, split sentences with spaCy."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.analyse.language import detect_lines
from kg.analyse.morphology import morphology
from kg.analyse.normalise import fold, norm, words
from kg.errors import KgError
from kg.model import LANGUAGES, AnalysedDocument, Document, Sentence, Word
from kg.profile import profile

RULE_LINE = re.compile(r"^\s*[-–—_=*]{4,}\s*$")


# "18." (a day or an ordinal: "am 18. Dezember", "21. Krajowa") is one token, so no sentence ends there
TOKEN_RE = re.compile(r"\b\d{1,2}\.(?=\s)|\w+(?:['’ʼ]\w+)*|[^\w\s]")


class _RegexTokenizer:
    """Words and punctuation marks: all the sentencizer needs.

    spaCy's own tokenizers compile very large character-class regexes on first use
    (measured: ~1 s per language, most of a corpus build), and kg re-splits words itself
    (kg.analyse.normalise.words) so that lexicon names and texts are cut the same way.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        matches = list(TOKEN_RE.finditer(text))
        spaces = [m.end() < len(text) and text[m.end()].isspace() for m in matches]
        return Doc(self.vocab, words=[m.group() for m in matches], spaces=spaces)


@lru_cache(maxsize=1)
def _nlp():
    """A blank spaCy pipeline: our tokenizer and spaCy's rule-based sentencizer.

    One multi-language ("xx") pipeline serves every language: with the tokenizer replaced,
    the per-language classes add nothing to sentence splitting, and importing them costs
    seconds (fr's tokenizer exceptions alone took ~3 s here).
    """
    import spacy

    nlp = spacy.blank("xx")
    nlp.tokenizer = _RegexTokenizer(nlp.vocab)
    nlp.add_pipe("sentencizer")
    return nlp


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a line. A piece that starts with a small letter continues the
    sentence before it: the sentencizer cut after an abbreviation ("m.in. do Niemiec", "z. B. die")."""
    spans: list[tuple[int, int]] = []
    for sent in _nlp()(line).sents:
        first = next((c for c in sent.text if c.isalnum()), "")
        if spans and first.islower():
            spans[-1] = (spans[-1][0], sent.end_char)
        else:
            spans.append((sent.start_char, sent.end_char))
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every non-blank line."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _is_reference_start(line: str, markers: tuple[str, ...]) -> bool:
    stripped = line.strip()
    return bool(RULE_LINE.match(stripped)) or any(stripped.startswith(m) for m in markers)


@lru_cache(maxsize=1)
def _source_markers() -> tuple[str, ...]:
    return tuple(m for lang in LANGUAGES for m in profile(lang).patterns.source_markers)


def analyse(doc: Document) -> AnalysedDocument:
    """Sentences with words, lemmas and languages for one document."""
    if doc.lang is not None and doc.lang not in LANGUAGES:
        raise KgError(f"unknown language {doc.lang!r}; choose one of {', '.join(LANGUAGES)}")
    lines = _lines(doc.text)
    if doc.lang:
        main, langs = doc.lang, [doc.lang] * len(lines)
    else:
        main, langs = detect_lines([line for _, line in lines])
    markers = _source_markers()
    sentences: list[Sentence] = []
    in_refs = False
    for para, ((offset, line), lang) in enumerate(zip(lines, langs)):
        in_refs = in_refs or _is_reference_start(line, markers)
        morph = morphology(lang)
        for first, last in _sentence_spans(line):
            start = offset + first
            text = line[first:last]
            sentence = Sentence(doc.id, len(sentences), start, start + len(text), text, lang,
                                paragraph=para, in_references=in_refs)
            sentence.words = [Word(w, start + s, start + e, norm(w), fold(w), morph.lemma(norm(w)))
                              for w, s, e in words(text)]
            if sentence.words:
                sentences.append(sentence)
    return AnalysedDocument(doc, main, sentences)
