"""Entity recall per class and triple recall per language of a built graph against a gold folder, by the shared
scorer's own matching (../shared/eval/score.py: folded labels, the gold id a node's labels vote for). For the
entity issue's bar (recall per class on a fresh blind batch); for measuring only, tests never read gold.

    python3 benchmarks/entity_classes.py OUT/graph.ttl GOLD_DIR [GOLD_DIR ...]
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import yaml
from rdflib import Graph

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(graph_path: str, gold_dirs: list[str]) -> None:
    score = _scorer()
    entities, gold, names = score.load_gold(gold_dirs)
    graph = Graph().parse(graph_path)
    found = {eid for ids in score.match_nodes(graph, names).values() for eid in ids}
    used = {x for s, _, o in gold for x in (s, o) if x in entities}     # as the scorer counts: entities in a triple
    total, hit = Counter(), Counter()
    for eid in used:
        total[entities[eid]["type"]] += 1
        hit[entities[eid]["type"]] += eid in found
    print(f"{'class':16} {'found':>5} {'gold':>5} {'recall':>7}")
    for cls in sorted(total, key=lambda c: -total[c]):
        print(f"{cls:16} {hit[cls]:5} {total[cls]:5} {hit[cls] / total[cls]:7.3f}")
    print(f"{'all':16} {sum(hit.values()):5} {sum(total.values()):5} {sum(hit.values()) / sum(total.values()):7.3f}")
    result = score.score(graph_path, gold_dirs)
    languages = {}
    for folder in gold_dirs:
        for file in sorted(Path(folder).glob("*.yaml")):
            doc = yaml.safe_load(file.read_text(encoding="utf-8"))
            languages[doc["document"]] = doc["language"]
    for document, recall in sorted(result["recall_per_document"].items()):
        print(f"recall {languages.get(document, '?')} {document}: {recall:.3f}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: entity_classes.py OUT/graph.ttl GOLD_DIR [GOLD_DIR ...]")
    main(sys.argv[1], sys.argv[2:])
