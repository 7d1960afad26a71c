"""The check `kg build` runs on the graph it has just made, without reading the written file back.

Evidence statements are most of a large graph and most of pySHACL's time, yet each is checked on its own: so
shape:Evidence (its property shapes, read from ontology/shapes.ttl) and shape:StatedTriple are checked here, in
Python, on the triples the writers used, and pySHACL checks everything else. The violations are the ones
pySHACL gives for the whole graph (tests/test_validate_built.py compares them); when a statement node is
anything more than a statement, the whole graph goes to pySHACL instead."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import pyoxigraph
from pyoxigraph import Literal as OxLiteral, NamedNode
from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.graph import KnowledgeGraph
from kg.graph.rdf import RDF_NS, rdf_triples
from kg.validate.shacl import SH, Violation, _names, _ontology, _quiet_rdflib, _shapes, validate

SHAPES = URIRef("https://w3id.org/kg-vn/shapes#")
STATEMENT = NamedNode(RDF_NS + "Statement")
TYPE = NamedNode(RDF_NS + "type")
XSD = "http://www.w3.org/2001/XMLSchema#"
LANG_STRING = RDF_NS + "langString"
LEXICAL = {XSD + "integer": re.compile(r"[+-]?\d+"), XSD + "decimal": re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")}
SUPPORTED = {SH.path, SH.message, SH.minCount, SH.maxCount, SH.nodeKind, SH["in"], SH["class"], SH.datatype,
             SH.minLength, SH.languageIn, SH.minInclusive, SH.maxInclusive, SH.lessThan}


@dataclass(frozen=True)
class _PropertyShape:
    """One property shape of shape:Evidence, its constraints read once into plain values."""

    path: str
    message: str
    min_count: int | None
    max_count: int | None
    iri: bool                       # sh:nodeKind sh:IRI
    allowed: frozenset | None       # sh:in, as rdflib terms
    cls: frozenset[str] | None      # sh:class and its subclasses
    datatype: str | None
    min_length: int | None
    languages: tuple[str, ...] | None
    minimum: Decimal | None
    maximum: Decimal | None
    less_than: str | None


@lru_cache(maxsize=1)
def _property_shapes() -> tuple[_PropertyShape, ...]:
    """shape:Evidence's property shapes; a constraint this module does not check is an error, not a pass."""
    shapes = _shapes()
    out = []
    for node in shapes.objects(SHAPES + "Evidence", SH.property):
        props = dict(shapes.predicate_objects(node))
        if set(props) - SUPPORTED:
            raise ValueError(f"shape:Evidence uses {sorted(set(props) - SUPPORTED)}: not checked by {__name__}")

        def get(key, convert):
            return convert(props[key]) if key in props else None

        out.append(_PropertyShape(
            str(props[SH.path]), str(props[SH.message]), get(SH.minCount, int), get(SH.maxCount, int),
            props.get(SH.nodeKind) == SH.IRI, get(SH["in"], lambda n: frozenset(Collection(shapes, n))),
            get(SH["class"], _subclasses), get(SH.datatype, str), get(SH.minLength, int),
            get(SH.languageIn, lambda n: tuple(str(x).lower() for x in Collection(shapes, n))),
            get(SH.minInclusive, lambda x: Decimal(str(x))), get(SH.maxInclusive, lambda x: Decimal(str(x))),
            get(SH.lessThan, str)))
    return tuple(out)


@lru_cache(maxsize=1)
def _stated_message() -> str:
    return str(_shapes().value(SHAPES + "StatedTriple", SH.message))


@lru_cache(maxsize=None)
def _subclasses(cls: URIRef) -> frozenset[str]:
    onto, found, todo = _ontology(), {str(cls)}, [cls]
    while todo:
        for sub in onto.subjects(RDFS.subClassOf, todo.pop()):
            if str(sub) not in found:
                found.add(str(sub))
                todo.append(sub)
    return frozenset(found)


def _rdflib(term):
    """The rdflib term pySHACL would report (a plain string literal has no datatype after N-Triples)."""
    if isinstance(term, OxLiteral):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == XSD + "string" else Literal(term.value, datatype=URIRef(datatype))
    return URIRef(term.value)


def _number(term) -> Decimal | None:
    if not isinstance(term, OxLiteral) or term.datatype.value not in LEXICAL:
        return None
    if not LEXICAL[term.datatype.value].fullmatch(term.value):
        return None
    try:
        return Decimal(term.value)
    except InvalidOperation:
        return None


def _has_datatype(term, datatype: str) -> bool:
    if not isinstance(term, OxLiteral):
        return False
    if datatype == LANG_STRING:
        return bool(term.language)
    pattern = LEXICAL.get(datatype)
    return term.datatype.value == datatype and (pattern is None or bool(pattern.fullmatch(term.value)))


def _lang_ok(term, ranges: tuple[str, ...]) -> bool:
    tag = term.language.lower() if isinstance(term, OxLiteral) and term.language else ""
    return bool(tag) and any(tag == r or tag.startswith(r + "-") for r in ranges)


def _failures(shape: _PropertyShape, values: dict, types: dict) -> list:
    """(value or None) for every failed constraint of one property shape on one statement."""
    mine = values.get(shape.path, [])
    out: list = []
    if shape.min_count is not None and len(mine) < shape.min_count:
        out.append(None)
    if shape.max_count is not None and len(mine) > shape.max_count:
        out.append(None)
    for v in mine:
        number = _number(v)
        if ((shape.iri and not isinstance(v, NamedNode))
                or (shape.allowed is not None and _rdflib(v) not in shape.allowed)
                or (shape.cls is not None and not (isinstance(v, NamedNode) and types.get(v.value, set()) & shape.cls))
                or (shape.datatype is not None and not _has_datatype(v, shape.datatype))
                or (shape.min_length is not None and len(v.value) < shape.min_length)
                or (shape.languages is not None and not _lang_ok(v, shape.languages))
                or (shape.minimum is not None and (number is None or number < shape.minimum))
                or (shape.maximum is not None and (number is None or number > shape.maximum))):
            out.append(v)      # pySHACL reports each (value, message) once however many constraints fail
        if shape.less_than is not None:
            for w in values.get(shape.less_than, []):
                other = _number(w)
                if number is None or other is None or not number < other:
                    out.append(v)
    return out


def validate_graph(graph: KnowledgeGraph) -> list[Violation]:
    """Every violation of ontology/shapes.ttl in `graph`, as `kg validate` reports them for its written file."""
    triples = rdf_triples(graph)
    statements = {t.subject.value for t in triples if t.predicate == TYPE and t.object == STATEMENT}
    paths = {shape.path for shape in _property_shapes()} | {TYPE.value}
    by_node: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    rest, types = [], defaultdict(set)
    for t in triples:
        if t.subject.value in statements:
            by_node[t.subject.value][t.predicate.value].append(t.object)
        else:
            rest.append(t)
            if t.predicate == TYPE:
                types[t.subject.value].add(t.object.value)
    plain = all(set(props) <= paths and props[TYPE.value] == [STATEMENT] for props in by_node.values())
    if not plain or any(t.object.value in statements for t in rest if isinstance(t.object, NamedNode)):
        return validate(_to_rdflib(triples), inplace=True)
    found = set(validate(_to_rdflib(rest), inplace=True)) | set(_check_statements(by_node, types, set(triples)))
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))


def _check_statements(by_node: dict, types: dict, asserted: set) -> list[Violation]:
    names = _names()
    out = []
    for node, values in by_node.items():
        for shape in _property_shapes():
            failed = _failures(shape, values, types)
            if failed:
                focus, path = URIRef(node).n3(names), URIRef(shape.path).n3(names)
                out += [Violation(focus, path, shape.message, None if v is None else _rdflib(v).n3(names), "Violation")
                        for v in failed]
        combos = [(s, p, o) for s in values.get(RDF_NS + "subject", []) for p in values.get(RDF_NS + "predicate", [])
                  for o in values.get(RDF_NS + "object", [])]
        if any(not isinstance(p, NamedNode) or pyoxigraph.Triple(s, p, o) not in asserted for s, p, o in combos):
            focus = URIRef(node).n3(names)
            out.append(Violation(focus, None, _stated_message(), focus, "Violation"))
    return out


def _to_rdflib(triples: list) -> Graph:
    data = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    with _quiet_rdflib():
        return Graph().parse(data=data.decode("utf-8"), format="nt")
