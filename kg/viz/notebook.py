"""What the notebooks share: the corpus graph, built once and kept in the build's output folder."""
from __future__ import annotations

from pathlib import Path

from kg.graph import KnowledgeGraph, load_graph


def corpus_graph(corpus: str | Path, out: str | Path) -> KnowledgeGraph:
    """The graph `kg build CORPUS --out OUT` wrote to `out`; when `out` holds none yet, the corpus is
    built and written there first (graph.ttl and graph.cypher), so the next notebook only loads it."""
    out = Path(out)
    if not (out / "graph.ttl").is_file():
        from kg.cli.build import write_outputs
        from kg.pipeline import build

        write_outputs(build([Path(corpus)]), out, ["turtle", "cypher"])
    return load_graph(out)


def cypher_examples(path: str | Path) -> list[tuple[str, str]]:
    """(title, statement) of each example in a file of commented Cypher examples (neo4j/examples.cypher):
    the last comment line before a statement is its title, a semicolon at a line's end closes it."""
    examples: list[tuple[str, str]] = []
    title, lines = "", []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not lines and stripped.startswith("//"):
            title = stripped.lstrip("/ ")
        elif stripped:
            lines.append(line)
            if stripped.endswith(";"):
                examples.append((title, "\n".join(lines).rstrip(";").strip()))
                title, lines = "", []
    return examples
