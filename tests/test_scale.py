"""Scale: compact per-document results, parallel and distributed builds, the cache; every build is compared
byte for byte with the plain sequential one."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from kg.export.write import write_outputs
from kg.pipeline import build_documents, extract_document
from kg.read import read_documents


def outputs(graph, out: Path) -> dict[str, bytes]:
    """The files `kg build` writes for `graph`, by name."""
    write_outputs(graph, out, ["turtle", "cypher"])
    return {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.cypher")}


@pytest.fixture(scope="module")
def docs(corpus_dir):
    return read_documents([corpus_dir])


@pytest.fixture(scope="module")
def sequential(docs, tmp_path_factory) -> dict[str, bytes]:
    return outputs(build_documents(docs), tmp_path_factory.mktemp("sequential"))


def test_document_result_keeps_no_sentence_or_word(docs):
    result = extract_document(docs[0])
    data = pickle.dumps(result)
    assert b"MentionRecord" in data and b"Fact" in data
    assert b"Sentence" not in data and b"Word" not in data
    assert pickle.loads(data) == result
    assert len(data) < len(docs[0].text.encode("utf-8")) * 3      # evidence sentences, not the analysed text
    assert result.lang == "ru" and result.chars == len(docs[0].text)
    vietnam = [(m, n) for m, n in result.mentions if m.entity_id == "vietnam" and m.surface == "Вьетнаме"]
    assert vietnam and vietnam[0][0].cls == "Country" and vietnam[0][1] >= 2     # counted, not repeated
    assert len({m for m, _ in result.mentions}) == len(result.mentions)


def test_file_order_does_not_change_the_output(docs, sequential, tmp_path):
    assert outputs(build_documents(list(reversed(docs))), tmp_path) == sequential
