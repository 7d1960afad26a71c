"""Time the Neo4j outputs on a generated graph: writing graph.cypher and neo4j-csv/, and running the script
in FalkorDB (a real openCypher engine, started as the tests start it) twice: the first run loads, the second
must add nothing.

    python benchmarks/cypher_load.py [--triples N] [--no-load]

The graph has N RDF triples (default 100,000) as graph.ttl would count them: entities of every class with
labels in several languages, facts of several relations, each with one piece of evidence."""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]     # this checkout's kg, and the tests' FalkorDB helper

from kg.export.cypher import write_cypher  # noqa: E402
from kg.export.neo4j_csv import write_neo4j_csv  # noqa: E402
from kg.graph import KnowledgeGraph  # noqa: E402
from kg.graph.knowledge_graph import SourceDocument  # noqa: E402
from kg.graph.rdf import rdf_triples  # noqa: E402
from kg.model import Evidence, Fact, Triple  # noqa: E402
from kg.resolve import Entity  # noqa: E402

CLASSES = ["Locality", "Country", "ForeignRegion", "Organization", "GovernmentBody", "Person", "Event", "Sector"]
RELATIONS = ["cooperatesWith", "attractsInvestmentFrom", "exportsTo", "locatedIn", "organizes", "participatesIn"]
TRIPLES_PER_ENTITY = 28      # 6 for the entity (type, labels, 2 alt labels) + 2 facts of 11 (triple + evidence)


def generated_graph(triples: int, seed: int = 1) -> KnowledgeGraph:
    rng = random.Random(seed)
    n = max(2, triples // TRIPLES_PER_ENTITY)
    documents = [SourceDocument(f"doc{d:03d}", f"doc{d:03d}.txt", "ru", 100_000) for d in range(10)]
    entities = {}
    for i in range(n):
        eid = f"entity-{i:07d}"
        entities[eid] = Entity(eid, CLASSES[i % len(CLASSES)], f"Entity {i}", f"Thực thể {i}",
                               {(f"Сущность «{i}»", "ru"), (f"Obiekt '{i}'", "pl")})
    ids = list(entities)
    facts = []
    for i in range(2 * n):
        s, o = rng.sample(ids, 2)
        doc = documents[i % len(documents)]
        sentence = f"Предложение {i}: «{entities[s].en}» и \"{entities[o].en}\" — сотрудничество; it's fine."
        facts.append(Fact(Triple(s, RELATIONS[i % len(RELATIONS)], o),
                          Evidence(doc.id, "ru", sentence, i, i + len(sentence), "rule:bench", 0.8)))
    return KnowledgeGraph(entities, facts, documents)


def timed(label: str, action) -> float:
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {seconds:8.2f} s")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--no-load", action="store_true", help="only time the writers")
    args = ap.parse_args()
    graph = timed("generate the graph", lambda: generated_graph(args.triples))
    rdf = len(rdf_triples(graph))
    relationships = sum(1 for t in graph.evidence if not t.literal) + len(graph.background())
    print(f"{rdf:,} RDF triples; {len(graph.entities) + len(graph.documents):,} nodes, {relationships:,} relationships")
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "graph.cypher"
        timed("write graph.cypher", lambda: write_cypher(graph, script))
        timed("write neo4j-csv/", lambda: write_neo4j_csv(graph, Path(folder) / "neo4j-csv"))
        print(f"graph.cypher: {script.stat().st_size / 1e6:.1f} MB")
        if args.no_load:
            return
        from falkordb_engine import FalkorServer, counts, run_script

        server = FalkorServer(Path(folder))
        try:
            db = server.graph("bench")
            created = timed("FalkorDB: run graph.cypher", lambda: run_script(db, script))
            again = timed("FalkorDB: run it again", lambda: run_script(db, script))
            print(f"created {created[0]:,} nodes, {created[1]:,} relationships; second run created {again}")
            assert counts(db) == (len(graph.entities) + len(graph.documents), relationships), counts(db)
            assert again == (0, 0)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
