"""kg's sentence splitter gives exactly the spans spaCy's blank pipeline (our regex tokenizer, spaCy's
rule-based sentencizer) gave before it replaced spaCy at start-up."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.analyse.analyser import TOKEN_RE, _sentencize

spacy = pytest.importorskip("spacy")
ROOT = Path(__file__).resolve().parents[1]
TRICKY = ["", "   ", "a  b.  C d", "x\t\tY. z", "Ende!!! Neu", "Он сказал: «Да». Потом…", "1. 2. 3.", "?!", "... .",
          "Hà Nội.Tiếp", "m.in. do Niemiec. Wietnam", "am 18. Dezember. Dann", "a ‼ b ‽ C", "x。y．Z", "«Ok.» Next",
          "(Test.) [2] Neu", "— . — Ja", "word\u00a0word. Next\u3000one", "Ein „Zitat.“ Und", "end.\u2028Start"]


def _spacy_spans(nlp, text: str) -> list[tuple[int, int, str]]:
    from spacy.tokens import Doc

    matches = list(TOKEN_RE.finditer(text))
    if not matches:
        return []
    spaces = [m.end() < len(text) and text[m.end()].isspace() for m in matches]
    doc = nlp(Doc(nlp.vocab, words=[m.group() for m in matches], spaces=spaces))
    return [(s.start_char, s.end_char, "".join(s.text.split())) for s in doc.sents]


def _texts() -> list[str]:
    files = sorted(ROOT.glob("benchmarks/**/*.txt")) + sorted((ROOT.parent / "shared").glob("**/*.txt"))
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return TRICKY + lines


def test_same_sentences_as_spacy():
    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        ours = [(start, end, "".join(sentence.split())) for start, end, sentence in _sentencize(text)]
        assert ours == _spacy_spans(nlp, text), text
