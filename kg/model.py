"""Typed records passed between the pipeline stages."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.analyse.clean import CleanText

LANGUAGES = ("ru", "uk", "pl", "de", "en", "fr", "vi")
IMPLIED = "implied"     # Mention.source of an entity a relation rule infers (the body a title names)


@dataclass(frozen=True)
class Document:
    """A source text: a file, a JSON Lines record, an HTML page's main text, standard input or a text given
    to kg.build. Offsets of evidence count characters of `text`."""

    id: str          # file stem, e.g. "001_34677b734d0368ef", or a JSON Lines record's id
    path: str        # the file it came from (the .jsonl or .html file), "<stdin>" or "<text>"
    text: str
    lang: str | None = None   # forced language, or None to detect
    url: str | None = None    # where it was published (a record's url, an HTML page's canonical address)
    date: str | None = None   # publication date, YYYY-MM-DD or an xsd:dateTime
    title: str | None = None


@dataclass(frozen=True)
class Word:
    """A word of a sentence: offsets into the document text, normalised forms."""

    text: str
    start: int
    end: int
    norm: str        # lower case, ё→е, apostrophes unified
    folded: str      # norm without diacritics: what trigger stems are compared with
    lemma: str       # dictionary form from the language's lemmatiser (folded)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str
    lang: str
    words: list[Word] = field(default_factory=list)
    paragraph: int = 0
    in_references: bool = False   # in the reference list that ends the document ("Source: ...", dashes), or
                                  # a navigation line ("Read also: ...")

    def gap(self, left: int, right: int) -> str:
        """The text between word `left` and word `right` (spaces, punctuation, brackets)."""
        return self.text[self.words[left].end - self.start:self.words[right].start - self.start]


@dataclass
class AnalysedDocument:
    doc: Document
    lang: str                      # main language of the document
    sentences: list[Sentence]
    cleaned: CleanText             # the text the offsets of sentences and words point into


@dataclass
class Mention:
    """A span of a sentence that names an entity."""

    sentence: Sentence
    first: int                     # index of the first word
    last: int                      # index of the last word (inclusive)
    entity_id: str
    cls: str
    source: str                    # extractor id, e.g. "lexicon", "pattern:policy"
    en: str | None = None          # English label proposed by a pattern
    vi: str | None = None
    place: str | None = None       # where a named body lies: its province, or an embassy's host country
    also: tuple[str, ...] = ()     # further entities a plural reference stands for ("these two cities")
    written: str | None = None     # the name in its dictionary form in the text's language ("Министерство ...")

    @property
    def start(self) -> int:
        return self.sentence.words[self.first].start

    @property
    def end(self) -> int:
        return self.sentence.words[self.last].end

    def surface(self, text: str) -> str:
        return text[self.start:self.end]

    @property
    def in_brackets(self) -> bool:
        """True for a name alone in brackets: "Guangxi (China)", "... Agreement (UKVFTA)"."""
        before = self.sentence.text[:self.start - self.sentence.start].rstrip()
        after = self.sentence.text[self.end - self.sentence.start:].lstrip()
        return before.endswith("(") and after.startswith(")")


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    lang: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float


@dataclass(frozen=True)
class Triple:
    subject: str                   # entity id
    predicate: str                 # ontology local name
    object: str                    # entity id, or an ISO date for datatype properties
    literal: bool = False


@dataclass(frozen=True)
class Fact:
    triple: Triple
    evidence: Evidence


@dataclass(frozen=True)
class MentionRecord:
    """What kg.resolve needs of a mention, without its sentence: small, hashable and picklable."""

    entity_id: str
    cls: str
    en: str | None                 # English label proposed by a pattern, or romanised from `written`
    surface: str | None            # the words as written, spaces collapsed; None for an implied entity
    lang: str                      # language of the sentence
    vi: str | None = None          # Vietnamese label proposed by a pattern ("Ủy ban nhân dân tỉnh Hà Tĩnh")
    written: str | None = None     # the name in its dictionary form, in `lang`: its label in that language
    romanised: bool = False        # `en` is `written` romanised (kg.extract.labels), not an English name
    seat: str | None = None        # the place a body's own name puts it in ("Hung Yen People's Committee"):
                                   # background containment, not a fact a sentence states

    @property
    def label(self) -> str | None:
        """The label the pattern proposed, in the language it was read in: the name, not its romanisation."""
        return self.written if self.romanised else self.en


@dataclass(frozen=True)
class DocumentResult:
    """Everything the graph keeps of one document once it is extracted; mentions are counted, in the order
    they were first found."""

    doc_id: str
    path: str
    lang: str
    chars: int
    mentions: tuple[tuple[MentionRecord, int], ...]
    facts: tuple[Fact, ...]
    url: str | None = None         # the document's metadata, as on its Document
    date: str | None = None
    title: str | None = None
