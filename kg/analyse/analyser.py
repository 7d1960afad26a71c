"""Split a document into lines, detect each line's language, split sentences with spaCy."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.analyse.clean import clean
from kg.analyse.language import detect_lines, in_known_script
from kg.analyse.morphology import morphology
from kg.analyse.normalise import fold, norm, words
from kg.errors import KgError
from kg.model import LANGUAGES, AnalysedDocument, Document, Sentence, Word
from kg.profile import profile
from kg.resources import load_yaml

RULE_LINE = re.compile(r"^\s*[-–—_=*]{4,}\s*$")
# an item of a reference list: "(1) Dieu Hoa: ...", "[2] ...", "3. ...", or a bare address
CITATION = re.compile(r"^\s*(?:\(\d+\)|\[\d+\]|\d+\.\s|https?://|www\.)")
SENTENCE_END = re.compile(r"[.!?…]\W*$")
LONG_LINE = 200    # characters: a line this long is prose even without a full stop
CHUNK = 100_000    # characters per sentencizer call: spaCy refuses a text longer than nlp.max_length (1,000,000)


# "1.200", "3,5" (a number with separators) are one token each, and so, in languages that write ordinals with a
# full stop (`ordinal_dots`), is "18." ("am 18. Dezember", "21. Krajowa"): no sentence ends there
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+(?:['’ʼ]\w+)*|[^\w\s]")
ORDINAL_TOKEN_RE = re.compile(r"\b\d{1,2}\.(?=\s)|" + TOKEN_RE.pattern)


class _RegexTokenizer:
    """Words and punctuation marks: all the sentencizer needs.

    spaCy's own tokenizers compile very large character-class regexes on first use
    (measured: ~1 s per language, most of a corpus build), and kg re-splits words itself
    (kg.analyse.normalise.words) so that lexicon names and texts are cut the same way.
    """

    def __init__(self, vocab, pattern: re.Pattern):
        self.vocab = vocab
        self.pattern = pattern

    def __call__(self, text: str):
        from spacy.tokens import Doc

        matches = list(self.pattern.finditer(text))
        spaces = [m.end() < len(text) and text[m.end()].isspace() for m in matches]
        return Doc(self.vocab, words=[m.group() for m in matches], spaces=spaces)


@lru_cache(maxsize=2)
def _nlp(ordinal_dots: bool):
    """A blank spaCy pipeline: our tokenizer and spaCy's rule-based sentencizer.

    One multi-language ("xx") pipeline serves every language: with the tokenizer replaced,
    the per-language classes add nothing to sentence splitting, and importing them costs
    seconds (fr's tokenizer exceptions alone took ~3 s here).
    """
    import spacy

    nlp = spacy.blank("xx")
    nlp.tokenizer = _RegexTokenizer(nlp.vocab, ORDINAL_TOKEN_RE if ordinal_dots else TOKEN_RE)
    nlp.add_pipe("sentencizer")
    return nlp


def _chunks(line: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) of a line cut into pieces of at most CHUNK characters, at a space where there is one."""
    start = 0
    while len(line) - start > CHUNK:
        space = line.rfind(" ", start + CHUNK // 2, start + CHUNK)
        cut = space + 1 if space > 0 else start + CHUNK
        yield start, line[start:cut]
        start = cut
    yield start, line[start:]


@lru_cache(maxsize=1)
def _no_end_words() -> frozenset[str]:
    """Words no sentence ends on before a full stop, folded: every language's honorifics ("mr", "mme", "dr") and
    the abbreviated words of companies' legal forms ("co", "ltd", "inc")."""
    forms = (load_yaml("company_forms.yaml") or {})["forms"]
    abbreviated = {fold(w) for form in forms for w in re.findall(r"(\w{2,})\.", form)}
    return frozenset(fold(h) for lang in LANGUAGES for h in profile(lang).patterns.honorifics) | abbreviated


ABBREVIATION_END = re.compile(r"(\w+)\.[\s,;(]*$")     # "Mr.", "Co.,", "Ltd. (": the sentencizer cut there


def _sentence_spans(line: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a line. A piece that starts with a small letter continues the
    sentence before it: the sentencizer cut after an abbreviation ("m.in. do Niemiec", "z. B. die"); so does
    a piece after an honorific or a legal form ("Mr. Shin Dong-ho", "Hanbit Renewables Co., Ltd. (Korea)"), or
    one that opens with a comma."""
    spans: list[tuple[int, int]] = []
    for offset, piece in _chunks(line):
        for sent in _nlp(profile(lang).patterns.ordinal_dots)(piece).sents:
            first = next((c for c in sent.text if c.isalnum()), "")
            ending = ABBREVIATION_END.search(line[max(spans[-1][0], spans[-1][1] - 24):spans[-1][1]]) if spans else None
            comma = sent.text.lstrip().startswith((",", ";"))
            if spans and (first.islower() or comma or ending is not None and fold(ending.group(1)) in _no_end_words()):
                spans[-1] = (spans[-1][0], offset + sent.end_char)
            else:
                spans.append((offset + sent.start_char, offset + sent.end_char))
    return spans


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every non-blank line."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _is_prose(line: str) -> bool:
    return len(line) >= LONG_LINE or bool(SENTENCE_END.search(line))


def _reference_start(lines: list[str], markers: tuple[str, ...]) -> int:
    """Index of the first line of the reference list that ends the document (len(lines) when there is none).

    The list starts at a line of dashes or a "Source:" line and runs to the end. After dashes come only
    citations, addresses and further such lines. After "Source:" the page's leftovers may follow (headlines,
    "Comments (0)"), but not mostly prose (sentences, long lines). So a "Source:" byline at the top, a rule
    between sections or between two articles in one file starts nothing."""
    modes, mode = [], ""              # the kind of the last dashes or "Source:" line above each line
    for line in lines:
        stripped = line.strip()
        mode = "rule" if RULE_LINE.match(stripped) else "source" if stripped.startswith(markers) else mode
        modes.append(mode)
    start, citations_only, prose, other = len(lines), True, 0, 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        if RULE_LINE.match(line) or line.startswith(markers):
            if citations_only and prose <= other:
                start = index
        elif CITATION.match(line):
            continue
        elif modes[index] == "rule":
            citations_only = False
        elif _is_prose(line):
            prose += len(line)
        else:
            other += len(line)
    return start


@lru_cache(maxsize=1)
def _source_markers() -> tuple[str, ...]:
    return tuple(m for lang in LANGUAGES for m in profile(lang).patterns.source_markers)


@lru_cache(maxsize=1)
def _navigation_markers() -> tuple[str, ...]:
    return tuple(m.lower() for lang in LANGUAGES for m in profile(lang).patterns.navigation_markers)


def _is_navigation(line: str) -> bool:
    """True for a line that links to another article ("Read also: …", "Xem thêm: …"): site navigation."""
    return line.strip().lstrip("-–—•*► ").lower().startswith(_navigation_markers())


@lru_cache(maxsize=200_000)
def _word_forms(lang: str, word: str) -> tuple[str, str, str]:
    """norm, folded and lemma of a word: a text repeats its words, and fold() was a sixth of the analysis."""
    return norm(word), fold(word), morphology(lang).lemma(norm(word))


def analyse(doc: Document) -> AnalysedDocument:
    """Sentences with words, lemmas and languages for one document (offsets into its cleaned text)."""
    if doc.lang is not None and doc.lang not in LANGUAGES:
        raise KgError(f"unknown language {doc.lang!r}; choose one of {', '.join(LANGUAGES)}")
    cleaned = clean(doc.text)
    lines = [(para, offset, line) for para, (offset, line) in enumerate(_lines(cleaned.text)) if in_known_script(line)]
    if doc.lang:
        main, langs = doc.lang, [doc.lang] * len(lines)
    else:
        main, langs = detect_lines([line for _, _, line in lines])
    references = _reference_start([line for _, _, line in lines], _source_markers())
    sentences: list[Sentence] = []
    for index, ((para, offset, line), lang) in enumerate(zip(lines, langs)):
        for first, last in _sentence_spans(line, lang):
            start = offset + first
            text = line[first:last]
            sentence = Sentence(doc.id, len(sentences), start, start + len(text), text, lang,
                                paragraph=para, in_references=index >= references or _is_navigation(line))
            sentence.words = [Word(w, start + s, start + e, *_word_forms(lang, w)) for w, s, e in words(text)]
            if sentence.words:
                sentences.append(sentence)
    return AnalysedDocument(doc, main, sentences, cleaned)
