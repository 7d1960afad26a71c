"""The graph as RDF triples (pyoxigraph terms): individuals, labels, facts and reified evidence."""
from __future__ import annotations

import gc
import hashlib
import io
import re
from collections.abc import Callable
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote

from pyoxigraph import Literal, NamedNode, Triple as OxTriple

from kg.graph.knowledge_graph import KnowledgeGraph
from kg.model import Evidence, Triple
from kg.ontology import DCTERMS, KG, PROV, RES

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = {"kg": str(KG), "res": str(RES), "rdf": RDF_NS, "rdfs": RDFS_NS, "skos": SKOS_NS,
            "xsd": XSD_NS, "prov": str(PROV), "dcterms": str(DCTERMS)}

A = NamedNode(RDF_NS + "type")
LABEL = NamedNode(RDFS_NS + "label")
ALT = NamedNode(SKOS_NS + "altLabel")
PREF = NamedNode(SKOS_NS + "prefLabel")
# a document's metadata (JSON Lines url, date, title; an HTML page's): the address as an IRI, the date as
# xsd:date or xsd:dateTime, the title as a plain string
SOURCE, DATE, TITLE = (NamedNode(str(DCTERMS) + name) for name in ("source", "date", "title"))


def date_literal(date: str) -> Literal:
    return _typed(date, "dateTime" if "T" in date else "date")


def kg(name: str) -> NamedNode:
    return NamedNode(str(KG) + name)


def res(entity_id: str) -> NamedNode:
    return NamedNode(str(RES) + entity_id)


def doc_node(doc_id: str) -> NamedNode:
    """The document's IRI: its id (the file name without suffix, kept as the label) percent-encoded, so any
    file name gives a valid IRI ("my article" → res:doc-my%20article); ASCII letters, digits and _.-~ stay."""
    return res("doc-" + quote(doc_id, safe=""))


def doc_id_of(local: str) -> str:
    """The document id of a document IRI's local name ("doc-my%20article" → "my article")."""
    return unquote(local.removeprefix("doc-"))


def _typed(value, datatype: str) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD_NS + datatype))


def _object(triple: Triple):
    return _typed(triple.object, "date") if triple.literal else res(triple.object)


def evidence_node(triple: Triple, ev: Evidence) -> NamedNode:
    key = "|".join([triple.subject, triple.predicate, triple.object, ev.doc_id, str(ev.start), ev.extractor])
    return res("evidence-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])


# the properties of an evidence statement, as _statement gives their values, and the order N-Triples
# sorting puts them in (each is a different predicate, so the predicate alone decides)
STATEMENT = (A, NamedNode(RDF_NS + "subject"), NamedNode(RDF_NS + "predicate"), NamedNode(RDF_NS + "object"),
             NamedNode(str(PROV) + "wasDerivedFrom"), kg("evidenceText"), kg("charStart"), kg("charEnd"),
             kg("extractor"), kg("confidence"))
STATEMENT_ORDER = sorted(range(len(STATEMENT)), key=lambda i: str(STATEMENT[i]))
RDF_STATEMENT = NamedNode(RDF_NS + "Statement")


class _Made(dict):
    """A dict that makes a missing value with `make(key)` and keeps it: finding one made before is a single
    lookup, without a Python call (the terms of a million triples are mostly found, not made)."""

    def __init__(self, make: Callable) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, key):
        value = self[key] = self.make(key)
        return value


class _Texts(dict):
    """(value, language or None) → a plain or language-tagged string: the quoted value as pyoxigraph escapes
    it, and its tag as it writes it (lower case; a tag it refuses raises its ValueError). Made here in one call,
    as most labels and sentences are made, not found."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, str] = {}

    def __missing__(self, key: tuple[str, str | None]) -> str:
        value, language = key
        if language is None:
            text = self[key] = str(Literal(value))
            return text
        tag = self.tags.get(language)
        if tag is None:
            tag = self.tags[language] = str(Literal("", language=language))[2:]
        text = self[key] = _quoted(value) + tag
        return text


class _Terms:
    """The N-Triples text of each term, made once per value by pyoxigraph itself (so escaping, language tags
    and IRI checks are exactly its own): the same ids, documents, predicates and numbers recur across a large
    graph, and a line is then only three strings joined."""

    def __init__(self) -> None:
        self.nodes: dict[str, str] = _Made(lambda entity_id: str(res(entity_id)))
        self.documents: dict[str, str] = _Made(lambda doc_id: str(doc_node(doc_id)))
        self.predicates: dict[str, str] = _Made(lambda name: str(kg(name)))     # kg: names, properties and classes
        # any other IRI (a document's address, a dcterms property), checked by pyoxigraph
        self.iris: dict[str, str] = _Made(lambda value: str(NamedNode(value)))
        self.literals: dict[tuple[str, str], str] = _Made(lambda key: str(_typed(*key)))  # (value, XSD datatype)
        self.integers: dict[int, str] = _Made(lambda value: self.literals[str(value), "integer"])
        self.texts: dict[tuple[str, str | None], str] = _Texts()

    def object(self, triple: Triple) -> str:
        return self.literals[triple.object, "date"] if triple.literal else self.nodes[triple.object]

    def all(self) -> set[str]:
        """Every term made but the strings (texts) and evidence nodes, and the fixed predicates and classes."""
        return {*self.nodes.values(), *self.documents.values(), *self.predicates.values(), *self.literals.values(),
                *self.iris.values(), A_NT, LABEL_NT, ALT_NT, PREF_NT, *STATEMENT_NT, RDF_STATEMENT_NT}


# N-Triples string escapes as pyoxigraph (oxrdf) writes them; tests/test_rdf_order.py checks every character
_ESCAPES = {**{c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF]},
            0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_CONTROL = re.compile('[\x00-\x1f\x7f\ufffe\uffff]')


def _control(match: re.Match) -> str:
    return _ESCAPES[ord(match.group())]


def _quoted(value: str) -> str:
    """The N-Triples string of `value`. str.translate over a whole sentence was 40 % of making the lines and a
    regular expression search is slower than str.isprintable: only a string that is not printable has a
    control character (Cc) or a noncharacter (Cn) to escape."""
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if '"' in value:
        value = value.replace('"', '\\"')
    if not value.isprintable():
        value = _CONTROL.sub(_control, value)
    return f'"{value}"'


A_NT, LABEL_NT, ALT_NT, PREF_NT = str(A), str(LABEL), str(ALT), str(PREF)
STATEMENT_NT = tuple(str(p) for p in STATEMENT)
RDF_STATEMENT_NT = str(RDF_STATEMENT)
_SORTED_STATEMENT = tuple(STATEMENT_NT[i] for i in STATEMENT_ORDER)
assert [p.rsplit("#", 1)[1][:-1] for p in _SORTED_STATEMENT] == [
    "object", "predicate", "subject", "type", "wasDerivedFrom", "charEnd", "charStart", "confidence", "evidenceText",
    "extractor"], _SORTED_STATEMENT


Groups = list[tuple[str, tuple[str, ...], tuple[str, ...]]]


def rdf_groups(graph: KnowledgeGraph) -> Groups:
    """The graph's triples, made once per graph and shared by every RDF writer: (subject, (predicate, ...),
    (object, ...)), a subject's (predicate, object) pairs as two tuples of the same length, with every term in
    its N-Triples form, subjects in the order of their N-Triples lines and each subject's pairs too, without
    duplicates, so that every serialisation is byte-identical across runs. When `graph.rdf_cache` holds a list
    of triples (a test's edit), that list is the graph."""
    return _groups_and_terms(graph)[0]


def _groups_and_terms(graph: KnowledgeGraph) -> tuple[Groups, set[str]]:
    """rdf_groups and every term in them but the strings (plain or language-tagged) and the evidence nodes (all
    of them, when rdf_cache is the graph)."""
    made = graph.groups_cache
    if graph.rdf_cache is not None and not (made is not None and made[2] is graph.rdf_cache):
        found: dict[str, list[tuple[str, str]]] = {}
        for t in graph.rdf_cache:
            found.setdefault(str(t.subject), []).append((str(t.predicate), str(t.object)))
        groups = [(subject, *zip(*pairs)) for subject, pairs in found.items()]
        return groups, {term for _, predicates, objects in groups for term in (*predicates, *objects)} | found.keys()
    if graph.groups_cache is None:
        enabled = gc.isenabled()
        gc.disable()        # a million new strings and no cycles among them: collections would only rescan them
        try:
            graph.groups_cache = (*_make_groups(graph), None)     # (groups, terms, rdf_cache made from them)
        finally:
            if enabled:
                gc.enable()
    return graph.groups_cache[0], graph.groups_cache[1]


def rdf_ntriples(graph: KnowledgeGraph) -> bytes:
    """The graph as an N-Triples document (UTF-8), exactly as pyoxigraph writes its triples."""
    return "".join([f"{subject} {p} {o} .\n" for subject, predicates, objects in rdf_groups(graph)
                    for p, o in zip(predicates, objects)]).encode("utf-8")


def rdf_triples(graph: KnowledgeGraph) -> list[OxTriple]:
    """Every triple of the graph (pyoxigraph terms), without duplicates, in the order of their N-Triples
    lines: rdf_ntriples parsed by pyoxigraph once per graph (faster than making the terms in Python) and kept,
    for the writers and checks that walk the triples."""
    if graph.rdf_cache is None:
        import pyoxigraph

        enabled = gc.isenabled()
        gc.disable()
        try:
            # the parser gives quads in the default graph: their triples
            triples = [quad.triple for quad in pyoxigraph.parse(rdf_ntriples(graph),
                                                                  format=pyoxigraph.RdfFormat.N_TRIPLES)]
            graph.groups_cache = (*graph.groups_cache[:2], triples)     # the same graph: writers keep the groups
            graph.rdf_cache = triples
        finally:
            if enabled:
                gc.enable()
    return graph.rdf_cache


_PROBE_S, _PROBE_P = "<urn:kg:term:{}>", "<urn:kg:of>"


def _turtle_terms(terms: list[str]) -> tuple[bytes, dict[str, str]]:
    """pyoxigraph's Turtle header for PREFIXES and its Turtle form of each N-Triples term (prefixed names,
    escapes, number shorthands are its own): the terms are written as objects of probe triples, one line each."""
    import pyoxigraph

    def written(nt_terms: list[str]) -> list[str]:
        data = "".join(f"{_PROBE_S.format(i)} {_PROBE_P} {term} .\n" for i, term in enumerate(nt_terms))
        text = pyoxigraph.serialize(pyoxigraph.parse(data.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES),
                                    format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
        lines = text.split("\n")[len(PREFIXES):-1]
        heads = [f"{_PROBE_S.format(i)} {_PROBE_P} " for i in range(len(nt_terms))]
        if len(lines) != len(nt_terms) or not all(line.startswith(head) and line.endswith(" .")
                                                  for line, head in zip(lines, heads)):
            return [] if len(nt_terms) == 1 else [w for term in nt_terms for w in written([term])]
        return [line[len(head):-2] for line, head in zip(lines, heads)]

    header = pyoxigraph.serialize([OxTriple(NamedNode("urn:kg:x"), NamedNode("urn:kg:x"), NamedNode("urn:kg:x"))],
                                  format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")
    header = "".join(header.splitlines(keepends=True)[:len(PREFIXES)])
    forms = written(terms)
    if len(forms) != len(terms):
        raise ValueError("pyoxigraph's Turtle writer did not write one line per term")
    return header.encode("utf-8"), dict(zip(terms, forms))


INTEGER_NT = re.compile(r'"([+-]?[0-9]+)"\^\^<' + re.escape(XSD_NS) + r'integer>')
EVIDENCE_LOCAL = re.compile(r"<" + re.escape(str(RES)) + r"(evidence-[0-9a-f]{16})>")


def rdf_turtle(graph: KnowledgeGraph) -> bytes:
    """The graph in Turtle, byte for byte as pyoxigraph writes its triples (with PREFIXES), written here from
    rdf_groups: making a million triple objects for pyoxigraph's writer took ~5 s. pyoxigraph still writes
    each distinct term (once), so escapes and prefixed names are its own."""
    out = io.BytesIO()
    write_rdf_turtle(graph, out)
    return out.getvalue()


def write_rdf_turtle(graph: KnowledgeGraph, file: BinaryIO) -> None:
    """rdf_turtle written into `file`, a few thousand subjects at a time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        _turtle(*_groups_and_terms(graph), file.write)
    finally:
        if enabled:
            gc.enable()


_BATCH = 4096       # subjects encoded at once: fewer, larger strings, and no copy of the whole text in memory


def _turtle(groups: Groups, terms: set[str], write: Callable[[bytes], object]) -> None:
    if not groups:
        return
    header, forms = _turtle_forms(groups, terms)
    write(header)
    objects = forms.get
    evidence, start = "<" + str(RES) + "evidence-", len(str(RES)) + 1

    def evidence_node(subject: str) -> str:
        """An evidence node (16 hex digits) is not in forms: res:evidence-<hex>, as pyoxigraph wrote the sample."""
        if not subject.startswith(evidence):
            raise ValueError(f"no Turtle form for {subject}")
        return "res:" + subject[start:-1]

    templates: dict[tuple[str, ...], str] = _Made(lambda predicates: _template(predicates, forms))
    for begin in range(0, len(groups), _BATCH):
        # a string is not in forms: its Turtle form is its N-Triples form
        write("".join([templates[predicates] % (objects(subject) or evidence_node(subject),
                                                *map(objects, values, values))
                       for subject, predicates, values in groups[begin:begin + _BATCH]]).encode("utf-8"))


def _turtle_forms(groups: Groups, terms: set[str]) -> tuple[bytes, dict[str, str]]:
    """pyoxigraph's Turtle header and the Turtle form of every term but the strings and evidence nodes.

    A plain or language-tagged string is written in Turtle as in N-Triples (pyoxigraph escapes the same
    characters in both: tests/test_rdf_order.py checks every one); IRIs and typed literals are asked of it,
    but an xsd:integer is its digits and an evidence node res:evidence-<hex>, as it writes a sample of each."""
    asked = [term for term in terms if term[-1] == ">" or term[0] != '"']
    integers = {term: found.group(1) for term in asked if term[0] == '"' and (found := INTEGER_NT.fullmatch(term))}
    probe = next(iter(integers), None)
    sample = next((subject for subject, *_ in groups
                   if subject not in terms and EVIDENCE_LOCAL.fullmatch(subject)), None)
    header, forms = _turtle_terms([term for term in asked if term not in integers]
                                  + [term for term in (sample, probe) if term])
    if probe is not None and forms[probe] != integers[probe]:
        raise ValueError(f"unexpected Turtle form {forms[probe]} of {probe}")
    if sample is not None and forms[sample] != "res:" + EVIDENCE_LOCAL.fullmatch(sample).group(1):
        raise ValueError(f"unexpected Turtle form {forms[sample]} of {sample}")
    forms.update(integers)
    return header, forms


def _template(predicates: tuple[str, ...], forms: dict[str, str]) -> str:
    """The %-format of the Turtle of a subject whose pairs have these predicates, as pyoxigraph writes it: the
    subject and each object are its arguments, a repeated predicate gives a list of objects (" , ")."""
    parts = ["%s"]
    previous = None
    for p in predicates:
        if p == previous:
            parts.append(" , %s")
        else:
            form = "a" if p == A_NT else forms[p].replace("%", "%%")   # rdf:type is "a" only as a predicate
            parts.append((" " if previous is None else " ;\n\t") + form + " %s")
            previous = p
    return "".join(parts) + " .\n"


def _make_groups(graph: KnowledgeGraph) -> tuple[Groups, set[str]]:
    """rdf_groups made: lines grouped by subject, only the subjects sorted (a subject's term ends with ">",
    so the order of subjects is that of their lines), and an evidence statement's pairs made in their sorted
    order (each is a different predicate). Sorting (predicate, object) pairs orders them as their lines: no
    predicate term is a prefix of another."""
    terms = _Terms()
    unsorted: dict[str, list[tuple[str, str]]] = {}    # subject term → pairs, sorted at the end
    ordered: dict[str, tuple[str, ...]] = {}     # evidence node → its objects, in the order of their lines

    def add(node: str, *pairs: tuple[str, str]) -> None:
        unsorted.setdefault(node, []).extend(pairs)

    nodes, predicates, literals, texts = terms.nodes, terms.predicates, terms.literals, terms.texts
    for doc in graph.documents:
        node = terms.documents[doc.id]
        add(node, (A_NT, predicates["Document"]), (LABEL_NT, texts[doc.id, None]),
            (predicates["language"], texts[doc.lang, None]),
            (predicates["sourceFile"], texts[Path(doc.path).name, None]),
            (predicates["characterCount"], terms.integers[doc.chars]))
        if doc.url:
            add(node, (terms.iris[SOURCE.value], terms.iris[doc.url]))
        if doc.date:
            add(node, (terms.iris[DATE.value], literals[doc.date, "dateTime" if "T" in doc.date else "date"]))
        if doc.title:
            add(node, (terms.iris[TITLE.value], texts[doc.title, None]))
    for e in graph.entities.values():
        label = texts[e.en, "en"]
        pairs = [(A_NT, predicates[e.cls]), (LABEL_NT, label), (PREF_NT, label)]
        if e.vi:
            pairs.append((LABEL_NT, texts[e.vi, "vi"]))
        native = e.native_labels
        pairs += [(PREF_NT, texts[name]) for name in native]
        pairs += [(ALT_NT, texts[alt]) for alt in e.alt_labels - {(e.en, "en"), (e.vi, "vi")} - native if alt[0]]
        add(nodes[e.id], *pairs)
    for triple in graph.background():
        add(nodes[triple.subject], (predicates[triple.predicate], nodes[triple.object]))
    # an evidence statement's objects, in the sorted order of STATEMENT's predicates (_SORTED_STATEMENT, checked
    # at import): object, predicate, subject, type, wasDerivedFrom, charEnd, charStart, confidence, evidenceText,
    # extractor
    documents, integers = terms.documents, terms.integers
    confidences = _Made(lambda confidence: literals[f"{confidence:.2f}", "decimal"])
    evidence_prefix = "<" + str(RES) + "evidence-"
    sha1 = hashlib.sha1
    for triple, evidence in graph.evidence.items():
        obj = terms.object(triple)
        subject = nodes[triple.subject]
        predicate = predicates[triple.predicate]
        unsorted.setdefault(subject, []).append((predicate, obj))
        key_head = f"{triple.subject}|{triple.predicate}|{triple.object}|"
        for ev in evidence:
            # evidence_node(triple, ev), without making the pyoxigraph term
            digest = sha1(f"{key_head}{ev.doc_id}|{ev.start}|{ev.extractor}".encode("utf-8")).hexdigest()
            node = f"{evidence_prefix}{digest[:16]}>"
            statement = (obj, predicate, subject, RDF_STATEMENT_NT, documents[ev.doc_id], integers[ev.end],
                         integers[ev.start], confidences[ev.confidence], texts[ev.sentence, ev.lang],
                         literals[ev.extractor, "string"])
            if node in ordered:           # one node for two pieces of evidence: merged and sorted below
                add(node, *zip(_SORTED_STATEMENT, ordered.pop(node)), *zip(_SORTED_STATEMENT, statement))
            else:
                ordered[node] = statement
    groups: Groups = [(subject, _SORTED_STATEMENT, objects) for subject, objects in ordered.items()
                      if subject not in unsorted]
    groups += [(subject, *zip(*sorted({*pairs, *zip(_SORTED_STATEMENT, ordered.get(subject, ()))})))
               for subject, pairs in unsorted.items()]
    groups.sort(key=itemgetter(0))
    return groups, terms.all()


def to_rdflib(graph: KnowledgeGraph):
    """The same triples as an rdflib Graph (parsed back from N-Triples)."""
    import pyoxigraph
    from rdflib import Graph

    data = rdf_ntriples(graph)
    g = Graph()
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri)
    g.parse(data=data.decode("utf-8"), format="nt")
    return g
