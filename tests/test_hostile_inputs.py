"""Inputs people really have, generated here: odd file names, byte-order marks, UTF-16/32, decomposed accents,
invisible marks inside names, bylines and rules, several articles in a file, a line over spaCy's limit, other
languages, FIFOs, unreadable files and folders, unwritable outputs. Each builds through the CLI or is refused with
one line and exit 2; every evidence span in graph.ttl is checked against the characters of the original file."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pyoxigraph
import pytest
from tooling import missing

from kg.graph.rdf import PREFIXES

ENGLISH = "Da Nang cooperates with JICA and GIZ. Cao Bang borders Guangxi."
VIETNAMESE = "Tỉnh Cao Bằng hợp tác với tỉnh Quảng Tây, Trung Quốc. Thành phố Đà Nẵng hợp tác với JICA và GIZ."
# file name → (text, encoding); every one of them must build
GOOD = {
    "my article.txt": (ENGLISH, "utf-8"),
    "quote\" <b> back\\slash %41 [red] #x.txt": (ENGLISH, "utf-8"),
    "bom.txt": ("Cao Bang borders Guangxi.\nDa Nang cooperates with JICA.", "utf-8-sig"),
    "utf16.txt": (ENGLISH, "utf-16"),
    "utf32.txt": (VIETNAMESE, "utf-32"),
    "nfc.txt": (VIETNAMESE, "utf-8"),
    "nfd.txt": (unicodedata.normalize("NFD", VIETNAMESE), "utf-8"),
    "visible.txt": (ENGLISH, "utf-8"),
    "invisible.txt": ("Da Na\u200bng cooperates with J\u200fICA and G\u2066IZ\u2069. Cao\u00ad Bang borders Guangxi.", "utf-8"),
    "crlf.txt": (f"Source: Vietnam News Agency\r\n{ENGLISH}\r\n---\r\nHai Phong cooperates with JICA.\r\n", "utf-8"),
    "two-articles.txt": ("Cao Bang borders Guangxi.\nSource: https://example.org/1\n----------\n"
                         "Da Nang cooperates with JICA and GIZ.\nSource: https://example.org/2\nComments (0)\n", "utf-8"),
    "mixed.txt": (f"{ENGLISH}\n河内与日本合作，这是中文段落。\n", "utf-8"),
}
SPANS = """SELECT ?file ?start ?end ?text WHERE {
  ?e kg:charStart ?start ; kg:charEnd ?end ; kg:evidenceText ?text ; prov:wasDerivedFrom ?d . ?d kg:sourceFile ?file }"""
FACTS = """SELECT DISTINCT ?s ?p ?o WHERE { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
  prov:wasDerivedFrom ?d . ?d kg:sourceFile "%s" }"""


def kg(*args, timeout: int = 120, caps: bool = True) -> subprocess.CompletedProcess:
    """The CLI in a subprocess; with caps=False a root user loses the power to read and write past file modes."""
    prefix = [] if caps or os.geteuid() != 0 else without_file_powers()
    return subprocess.run([*prefix, sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=timeout)


def without_file_powers() -> list[str]:
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        missing("setpriv (util-linux) is needed to test unreadable files as root")
    drop = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}"]


def refused(run: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2 with one line on stderr that holds every word, and no traceback."""
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2 and len(lines) == 1, run.stderr
    assert lines[0].startswith("error: ") and all(w in lines[0] for w in words), lines[0]


def select(out: Path, sparql: str) -> list[list[str]]:
    store = pyoxigraph.Store()
    store.bulk_load(path=str(out / "graph.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    solutions = store.query(sparql, prefixes=PREFIXES)
    return [[row[v.value].value for v in solutions.variables] for row in solutions]


def write_inputs(folder: Path, files: dict[str, tuple[str, str]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (text, encoding) in files.items():
        (folder / name).write_bytes(text.encode(encoding))
    return folder


def check_spans(out: Path, originals: dict[str, str]) -> int:
    """Every evidence span is the evidence text in the original file's characters; returns how many."""
    spans = select(out, SPANS)
    for file, start, end, text in spans:
        assert originals[file][int(start):int(end)] == text, (file, start, end)
    return len(spans)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> Path:
    folder = write_inputs(tmp_path_factory.mktemp("hostile") / "in", GOOD)
    out = folder.parent / "out"
    run = kg("build", folder, "--out", out)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    return out


def test_every_file_builds_and_every_span_matches_the_original(hostile_build):
    originals = {name: text for name, (text, _) in GOOD.items()}
    assert check_spans(hostile_build, originals) >= 2 * len(GOOD)
    files = {row[0] for row in select(hostile_build, "SELECT ?f WHERE { ?d a kg:Document ; kg:sourceFile ?f }")}
    assert files == set(GOOD)
    assert kg("validate", hostile_build).returncode == 0


def test_odd_file_names_give_valid_document_iris_and_keep_the_name_as_label(hostile_build):
    rows = select(hostile_build, "SELECT ?d ?label WHERE { ?d a kg:Document ; rdfs:label ?label }")
    labels = {label: iri for iri, label in rows}
    assert labels['quote" <b> back\\slash %41 [red] #x'].endswith("doc-quote%22%20%3Cb%3E%20back%5Cslash%20%2541%20"
                                                                   "%5Bred%5D%20%23x")
    assert labels["my article"].endswith("doc-my%20article")
    from kg.graph import load_graph

    assert {d.id for d in load_graph(hostile_build).documents} == {Path(name).stem for name in GOOD}


@pytest.mark.parametrize("plain, hostile", [("nfc.txt", "nfd.txt"), ("visible.txt", "invisible.txt"),
                                            ("visible.txt", "utf16.txt"), ("nfc.txt", "utf32.txt"),
                                            ("visible.txt", "my article.txt")])
def test_decomposed_accents_invisible_marks_and_encodings_give_the_same_facts(hostile_build, plain, hostile):
    facts = select(hostile_build, FACTS % plain)
    assert len(facts) >= 3 and sorted(select(hostile_build, FACTS % hostile)) == sorted(facts)


def test_bylines_rules_and_several_articles_drop_nothing(hostile_build):
    assert {tuple(f) for f in select(hostile_build, FACTS % "crlf.txt")} >= {
        tuple(f) for f in select(hostile_build, FACTS % "visible.txt")}
    assert len(select(hostile_build, FACTS % "two-articles.txt")) >= 3      # both articles
    assert len(select(hostile_build, FACTS % "mixed.txt")) >= 3             # the English paragraph


def test_the_corpus_with_a_byline_first_and_a_rule_in_the_middle_loses_no_fact(corpus_dir, corpus_build, tmp_path):
    for path in sorted(corpus_dir.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        middle = len(lines) // 2
        (tmp_path / path.name).write_text("Source: https://example.org/news\n" + "".join(lines[:middle]) + "---\n"
                                          + "".join(lines[middle:]), encoding="utf-8")
    run = kg("build", tmp_path, "--out", tmp_path / "out", "--quiet")
    assert run.returncode == 0, run.stderr
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?e kg:charStart ?start }"
    assert int(select(tmp_path / "out", count)[0][0]) >= int(select(corpus_build[0], count)[0][0]) > 100


def test_a_line_longer_than_spacys_limit_builds(tmp_path):
    text = ENGLISH + " " + "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do. " * 16_000 + ENGLISH
    assert len(text) > 1_000_000 and "\n" not in text
    write_inputs(tmp_path / "in", {"long.txt": (text, "utf-8")})
    run = kg("build", tmp_path / "in", "--out", tmp_path / "out", "--quiet")
    assert run.returncode == 0, run.stderr
    assert check_spans(tmp_path / "out", {"long.txt": text}) >= 6


def test_the_order_of_the_inputs_changes_no_byte(tmp_path):
    folder = write_inputs(tmp_path / "in", {"b.txt": GOOD["nfc.txt"], "a.txt": GOOD["my article.txt"]})
    for name, order in (("ab", ["a.txt", "b.txt"]), ("ba", ["b.txt", "a.txt"])):
        assert kg("build", *(folder / f for f in order), "--out", tmp_path / name, "--quiet").returncode == 0
    for output in ("graph.ttl", "graph.cypher"):
        assert (tmp_path / "ab" / output).read_bytes() == (tmp_path / "ba" / output).read_bytes()


@pytest.mark.parametrize("name, text, script", [("zh.txt", "河内与日本合作。这是一篇中文文章。", "CJK"),
                                                ("ar.txt", "تتعاون هانوي مع اليابان في مجال التجارة.", "ARABIC"),
                                                ("ja.txt", "ハノイは日本と協力しています。", "HIRAGANA")])
def test_text_in_another_language_is_refused_naming_the_file(tmp_path, name, text, script):
    write_inputs(tmp_path, {name: (text, "utf-8"), "good.txt": (ENGLISH, "utf-8")})
    refused(kg("build", tmp_path, "--out", tmp_path / "out"), str(tmp_path / name), "no text in a language", script)
    assert not (tmp_path / "out").exists()


# languages in the seven's scripts that kg does not read; the seven-language detector alone calls them en, ru, pl
NEIGHBOURS = [
    ("es.txt", "El comité provincial firmó ayer un memorando de cooperación con la región para impulsar el turismo "
               "y el comercio. La delegación visitó después el puerto y varias fábricas de la zona.", "Spanish"),
    ("it.txt", "Il comitato provinciale ha firmato ieri un accordo di cooperazione con la regione per sviluppare il "
               "turismo e il commercio. La delegazione ha poi visitato il porto e alcune fabbriche.", "Italian"),
    ("bg.txt", "Областният управител подписа вчера споразумение за сътрудничество с провинцията за развитие на "
               "туризма и търговията. Делегацията посети пристанището и няколко фабрики.", "Bulgarian"),
    ("cs.txt", "Krajský hejtman včera podepsal dohodu o spolupráci s provincií, která má podpořit cestovní ruch a "
               "obchod. Delegace pak navštívila přístav a několik továren v okolí.", "Czech"),
]


@pytest.mark.parametrize("name, text, language", NEIGHBOURS)
def test_text_in_a_neighbouring_language_is_refused_naming_it(tmp_path, name, text, language):
    write_inputs(tmp_path, {name: (text, "utf-8")})
    refused(kg("build", tmp_path / name, "--out", tmp_path / "out"), str(tmp_path / name), language, "--lang")
    assert not (tmp_path / "out").exists()


def test_neighbouring_languages_are_skipped_and_listed_and_lang_forces_a_file(tmp_path):
    article = (f"{ENGLISH}\nThe delegation then met the provincial leaders, who spoke at length about tourism, trade "
               f"and the new port.\n{NEIGHBOURS[0][1]}\nHai Phong cooperates with JICA. Lao Cai borders Yunnan.\n")
    write_inputs(tmp_path / "in", {"good.txt": (article, "utf-8"), **{n: (t, "utf-8") for n, t, _ in NEIGHBOURS}})
    run = kg("build", tmp_path / "in", "--out", tmp_path / "out", "--on-error", "skip", "--quiet")
    assert run.returncode == 0, run.stderr
    skipped = sorted(line.split()[1] for line in run.stderr.splitlines() if line.startswith("skipped "))
    assert skipped == sorted(f"{tmp_path / 'in' / n}:" for n, _, _ in NEIGHBOURS)
    assert check_spans(tmp_path / "out", {"good.txt": article}) >= 4    # a quoted paragraph is not a refusal
    forced = kg("build", tmp_path / "in" / "es.txt", "--out", tmp_path / "forced", "--lang", "en", "--quiet")
    assert forced.returncode == 0, forced.stderr


def test_undecodable_files_are_refused_naming_the_encoding(tmp_path):
    (tmp_path / "utf16-no-bom.txt").write_bytes(ENGLISH.encode("utf-16-le"))
    refused(kg("build", tmp_path / "utf16-no-bom.txt", "--out", tmp_path / "out"), "binary", "byte-order mark")
    (tmp_path / "bad16.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8")      # a lone surrogate
    refused(kg("build", tmp_path / "bad16.txt", "--out", tmp_path / "out"), "bad16.txt", "not valid UTF-16")


def test_a_fifo_is_refused_up_front(tmp_path):
    write_inputs(tmp_path / "in", {"good.txt": (ENGLISH, "utf-8")})
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    refused(kg("build", tmp_path / "in", "--out", tmp_path / "out", timeout=60), "pipe.txt", "not a regular file")
    refused(kg("build", tmp_path / "in" / "pipe.txt", "--out", tmp_path / "out", timeout=60), "not a regular file")


def test_unreadable_files_and_folders_are_refused(tmp_path):
    write_inputs(tmp_path / "in" / "locked", {"hidden.txt": (ENGLISH, "utf-8")})
    write_inputs(tmp_path / "in", {"secret.txt": (ENGLISH, "utf-8")})
    (tmp_path / "in" / "locked").chmod(0)
    (tmp_path / "in" / "secret.txt").chmod(0)
    try:
        refused(kg("build", tmp_path / "in" / "locked", "--out", tmp_path / "out", caps=False),
                "locked", "cannot read folder", "Permission denied")
        refused(kg("build", tmp_path / "in" / "secret.txt", "--out", tmp_path / "out", caps=False),
                "secret.txt", "cannot read", "Permission denied")
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)


def test_an_unwritable_out_is_refused_before_the_build(tmp_path):
    write_inputs(tmp_path / "in", {"good.txt": (ENGLISH, "utf-8")})
    (tmp_path / "file").write_text("x", encoding="utf-8")
    refused(kg("build", tmp_path / "in", "--out", tmp_path / "file"), "is a file, not a folder")
    refused(kg("build", tmp_path / "in", "--out", tmp_path / "file" / "out"), "cannot write")
    (tmp_path / "readonly").mkdir(mode=0o555)
    refused(kg("build", tmp_path / "in", "--out", tmp_path / "readonly" / "out", caps=False), "cannot write")


def test_on_error_skip_lists_the_bad_files_and_builds_the_good(tmp_path):
    write_inputs(tmp_path / "in", {"good.txt": (ENGLISH, "utf-8"), "zh.txt": ("河内与日本合作。", "utf-8"),
                                   "empty.txt": ("  \n", "utf-8")})
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    run = kg("build", tmp_path / "in", "--out", tmp_path / "out", "--on-error", "skip", "--quiet", timeout=60)
    assert run.returncode == 0, run.stderr
    skipped = sorted(line.split()[1] for line in run.stderr.splitlines() if line.startswith("skipped "))
    assert skipped == sorted(str(tmp_path / "in" / f"{n}.txt:") for n in ("binary", "empty", "pipe", "zh"))
    assert check_spans(tmp_path / "out", {"good.txt": ENGLISH}) >= 3
    only_bad = kg("build", tmp_path / "in" / "zh.txt", "--out", tmp_path / "out2", "--on-error", "skip")
    assert only_bad.returncode == 2 and "no input file could be read" in only_bad.stderr
