"""Check a graph against ontology/shapes.ttl with pySHACL; ontology/kg.ttl is the ontology graph, so a
subclass declared there satisfies a shape that asks for its parent class."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph
import pyshacl
from rdflib import Graph, Namespace
from rdflib.namespace import NamespaceManager

from kg.errors import KgError
from kg.graph.from_rdf import FORMATS_BY_SUFFIX, graph_file
from kg.graph.rdf import PREFIXES
from kg.resources import ONTOLOGY, SHAPES

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node that failed, the property path (None for a check on the node itself),
    the shape's message, and the offending value where there is one."""

    focus: str
    path: str | None
    message: str
    value: str | None
    severity: str


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _names() -> NamespaceManager:
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, iri in PREFIXES.items():
        names.bind(prefix, iri)
    return names


def read_graph(path: str | Path) -> Graph:
    """The triples of an RDF file kg wrote (or OUT/graph.ttl) as one rdflib Graph; for TriG and N-Quads the
    named graphs are merged, so evidence is checked against the documents and facts of the default graph."""
    file = graph_file(Path(path))
    fmt = FORMATS_BY_SUFFIX.get(file.suffix)
    if fmt is None:
        raise KgError(f"{file}: unknown RDF file type {file.suffix!r} (known: {', '.join(sorted(FORMATS_BY_SUFFIX))})")
    try:
        triples = [q.triple for q in pyoxigraph.parse(path=str(file), format=fmt)]
    except (SyntaxError, ValueError, OSError) as err:
        raise KgError(f"{file}: not a readable graph ({err})") from err
    # pyoxigraph parses every format fast; rdflib (which pySHACL needs) reads N-Triples fast
    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    with _quiet_rdflib():
        return Graph().parse(data=data.decode("utf-8"), format="nt")


@contextmanager
def _quiet_rdflib():
    """rdflib logs a traceback for each ill-typed literal (\"2020-13-45\"^^xsd:date); SHACL reports them instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def validate(data: Graph, inplace: bool = False) -> list[Violation]:
    """Every violation of the shapes in `data`, sorted by focus node, path and message. `inplace` lets pySHACL
    add the ontology to `data` instead of copying it first (~15 % of the check on a large graph)."""
    _, results, _ = pyshacl.validate(data, shacl_graph=_shapes(), ont_graph=_ontology(), inference="none",
                                     abort_on_first=False, allow_warnings=True, advanced=True, inplace=inplace)
    names = _names()

    def show(node) -> str | None:
        return None if node is None else node.n3(names)

    out = []
    for result in results.subjects(SH.resultSeverity, None):
        message = results.value(result, SH.resultMessage) or results.value(result, SH.sourceConstraintComponent)
        out.append(Violation(show(results.value(result, SH.focusNode)), show(results.value(result, SH.resultPath)),
                             str(message), show(results.value(result, SH.value)),
                             str(results.value(result, SH.resultSeverity)).split("#")[-1]))
    return sorted(set(out), key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))


def validate_file(path: str | Path) -> list[Violation]:
    return validate(read_graph(path), inplace=True)      # the graph was read for this check alone
