"""Property test: any Unicode text in labels and evidence still gives Turtle and N-Triples that two
independent parsers (pyoxigraph, rdflib) read back to the very same strings, and that kg reads back whole."""
import tempfile
from pathlib import Path

import pyoxigraph
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphs import graph_with
from kg.export.rdf_formats import write_ntriples, write_turtle
from kg.graph import load_graph
from kg.model import LANGUAGES

# every code point but lone surrogates, which no UTF-8 file (so no input kg reads) can hold
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
WRITERS = {"graph.ttl": (write_turtle, pyoxigraph.RdfFormat.TURTLE, "turtle"),
           "graph.nt": (write_ntriples, pyoxigraph.RdfFormat.N_TRIPLES, "nt")}
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
EVIDENCE = "https://w3id.org/kg-vn/ontology#evidenceText"
PLACE = "https://w3id.org/kg-vn/resource/place"


def literals(pairs) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for predicate, value, lang in pairs:
        out.setdefault(predicate, set()).add((value, lang or ""))
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(en=TEXT, alt=st.lists(st.tuples(TEXT.filter(bool), st.sampled_from(LANGUAGES)), max_size=4), sentence=TEXT,
       lang=st.sampled_from(LANGUAGES))
def test_any_unicode_round_trips_through_turtle_and_ntriples(en, alt, sentence, lang):
    labels = [(en, "en")] + alt
    graph = graph_with(labels, sentence, lang)
    expected_alt = {(t, lg) for t, lg in alt if (t, lg) not in {(en, "en"), ("Cao Bằng", "vi")}}
    with tempfile.TemporaryDirectory() as tmp:
        for filename, (write, ox_format, rdflib_format) in WRITERS.items():
            path = Path(tmp) / filename
            write(graph, path)
            by_ox = literals((q.predicate.value, q.object.value, q.object.language)
                             for q in pyoxigraph.parse(path=str(path), format=ox_format)
                             if isinstance(q.object, pyoxigraph.Literal)
                             and (q.subject.value == PLACE or q.predicate.value == EVIDENCE))
            by_rdflib = literals((str(p), str(o), o.language)
                                 for s, p, o in rdflib.Graph().parse(path, format=rdflib_format)
                                 if isinstance(o, rdflib.Literal) and (str(s) == PLACE or str(p) == EVIDENCE))
            assert by_ox == by_rdflib, filename
            assert (en, "en") in by_ox[RDFS_LABEL]
            assert by_ox.get(ALT_LABEL, set()) == expected_alt
            assert by_ox[EVIDENCE] == {(sentence, lang)}
            back = load_graph(path)
            assert back.entities["place"].en == en and back.entities["place"].alt_labels == expected_alt
            assert {e.sentence for evs in back.evidence.values() for e in evs} == {sentence}
