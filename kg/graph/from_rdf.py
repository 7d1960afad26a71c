"""Read a written graph (graph.ttl, or any RDF file kg wrote) back into a KnowledgeGraph, so that
`kg export`, `kg load` and `kg viz` work from the build's output without re-extracting."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph
from pyoxigraph import Literal, NamedNode

from kg.errors import KgError
from kg.graph.knowledge_graph import KnowledgeGraph, SourceDocument
from kg.graph.rdf import RDF_NS, RDFS_NS, SKOS_NS, doc_id_of
from kg.model import Evidence, Fact, Triple
from kg.ontology import DCTERMS, KG, PROV, RES
from kg.resolve import Entity

FORMATS_BY_SUFFIX = {".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
                     ".jsonld": pyoxigraph.RdfFormat.JSON_LD, ".trig": pyoxigraph.RdfFormat.TRIG,
                     ".nq": pyoxigraph.RdfFormat.N_QUADS}
BACKGROUND = {"locatedIn": "part_of", "mergedInto": "merged_into"}


def graph_file(path: Path) -> Path:
    """`path` itself, or the graph.ttl inside a build's output folder."""
    path = Path(path)
    found = path / "graph.ttl" if path.is_dir() else path
    if not found.is_file():
        raise KgError(f"no built graph at {found} (run `kg build ... --out {path}` first)")
    return found


def _local(node, ns) -> str | None:
    value = getattr(node, "value", "")
    return value[len(str(ns)):] if isinstance(node, NamedNode) and value.startswith(str(ns)) else None


def load_graph(path: str | Path) -> KnowledgeGraph:
    """The KnowledgeGraph a build wrote to `path` (an output folder or an RDF file)."""
    file = graph_file(Path(path))
    fmt = FORMATS_BY_SUFFIX.get(file.suffix)
    if fmt is None:
        raise KgError(f"{file}: unknown RDF file type {file.suffix!r}")
    try:
        quads = list(pyoxigraph.parse(path=str(file), format=fmt))
    except (SyntaxError, ValueError, OSError) as err:
        raise KgError(f"{file}: not a readable graph ({err})") from err
    by_subject: dict[str, list] = defaultdict(list)
    for quad in quads:
        by_subject[quad.subject.value].append((quad.predicate.value, quad.object))
    entities: dict[str, Entity] = {}
    documents: list[SourceDocument] = []
    statements: list[dict] = []
    for subject, pairs in by_subject.items():
        props = defaultdict(list)
        for pred, obj in pairs:
            props[pred].append(obj)
        types = {t.value for t in props[RDF_NS + "type"]}
        if RDF_NS + "Statement" in types:
            statements.append(props)
            continue
        entity_id = subject[len(str(RES)):] if subject.startswith(str(RES)) else None
        cls = next((_local(t, KG) for t in props[RDF_NS + "type"] if _local(t, KG)), None)
        if entity_id is None or cls is None:
            continue
        if cls == "Document":
            documents.append(SourceDocument(doc_id_of(entity_id), _value(props, KG, "sourceFile"),
                                            _value(props, KG, "language"), int(_value(props, KG, "characterCount") or 0),
                                            _value(props, DCTERMS, "source") or None,
                                            _value(props, DCTERMS, "date") or None,
                                            _value(props, DCTERMS, "title") or None))
            continue
        labels = {lit.language: lit.value for lit in props[RDFS_NS + "label"] if isinstance(lit, Literal)}
        names = {lit.language: lit.value for lit in props[SKOS_NS + "prefLabel"]
                 if isinstance(lit, Literal) and lit.language not in (None, "en")}
        entities[entity_id] = Entity(entity_id, cls, labels.get("en", entity_id), labels.get("vi"),
                                     {(lit.value, lit.language or "") for lit in props[SKOS_NS + "altLabel"]},
                                     names=dict(sorted(names.items())))
    facts = [_fact(props) for props in statements]
    evidenced = {f.triple for f in facts}
    # containment without evidence is background knowledge from the lexicons
    for quad in quads:
        pred = _local(quad.predicate, KG)
        subject = _local(quad.subject, RES)
        if pred in BACKGROUND and subject in entities:
            triple = Triple(subject, pred, _local(quad.object, RES) or "")
            if triple not in evidenced:
                setattr(entities[subject], BACKGROUND[pred], triple.object)
    documents.sort(key=lambda d: d.id)
    return KnowledgeGraph(dict(sorted(entities.items())), facts, documents)


def _value(props, ns, name: str) -> str:
    values = props.get(str(ns) + name) or []
    return values[0].value if values else ""


def _fact(props) -> Fact:
    subject = _local(props[RDF_NS + "subject"][0], RES)
    predicate = _local(props[RDF_NS + "predicate"][0], KG)
    obj = props[RDF_NS + "object"][0]
    literal = isinstance(obj, Literal)
    triple = Triple(subject, predicate, obj.value if literal else _local(obj, RES), literal)
    text = props[str(KG) + "evidenceText"][0]
    evidence = Evidence(doc_id_of(_local(props[str(PROV) + "wasDerivedFrom"][0], RES)), text.language or "",
                        text.value, int(_value(props, KG, "charStart")), int(_value(props, KG, "charEnd")),
                        _value(props, KG, "extractor"), float(_value(props, KG, "confidence")))
    return Fact(triple, evidence)
