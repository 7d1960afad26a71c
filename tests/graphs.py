"""Small KnowledgeGraphs made in code, for exporter tests that need strings no corpus has."""
from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.model import Evidence, Fact, Triple
from kg.resolve import Entity

# strings every writer must escape or pass through: quotes, backslashes, line breaks, controls, apostrophes,
# guillemets, diacritics, combining marks, right-to-left text, astral characters, Turtle and JSON syntax
NASTY = ["В'єтнам", "«м’який бар’єр»", 'say "hi"', "it's", "back\\slash", "ends with \\", "new\nline",
         "tab\tcr\r\nlf", "nul\x00bell\x07del\x7f", "line\u2028separator", "Cao Bằng", "Ha\u0300 Nô\u0323i",
         "مرحبا", "😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢", '"""', "'''", "@en", "^^xsd:string", "<http://x/>", "# not a comment",
         "_:b0", '{"@id": "x"}', "  spaced  "]


def graph_with(labels: list[tuple[str, str]], sentence: str, lang: str = "uk",
               date: str = "2025-08-08") -> KnowledgeGraph:
    """A Locality labelled with labels[0] (en), alt labels (text, lang) and one fact per relation kind:
    an object property (bordersOn) and a datatype property (heldOn, an xsd:date), each with `sentence` as
    its evidence in document d1."""
    en = labels[0][0]
    entities = {
        "place": Entity("place", "Locality", en, "Cao Bằng", set(labels[1:])),
        "region": Entity("region", "ForeignRegion", "Guangxi", None, {(sentence[:40], lang)}),
        "fair": Entity("fair", "Event", "Fair", None, set()),
    }
    evidence = Evidence("d1", lang, sentence, 3, 3 + len(sentence), "rule:test", 0.9)
    facts = [Fact(Triple("place", "bordersOn", "region"), evidence),
             Fact(Triple("fair", "heldOn", date, literal=True), evidence)]
    return KnowledgeGraph(entities, facts, [SourceDocument("d1", "d1.txt", lang, 3 + len(sentence))])
