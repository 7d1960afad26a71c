"""Apache Jena's riot, from the class path scripts/setup.d/10-jena.sh builds, through scripts/riot."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tooling import missing_tool

RIOT = Path(__file__).resolve().parents[1] / "scripts" / "riot"
JENA_HOME = Path(os.environ.get("KG_JENA_HOME", "/opt/kg-jena"))
# Jena's JSON-LD 1.1 reader needs a JSON-P implementation Debian does not ship: read JSON-LD as 1.0 (jsonld-java)
SYNTAX = {".jsonld": "jsonld10"}


def require_jena() -> None:
    if not (JENA_HOME / "classpath").is_file():
        missing_tool(f"Apache Jena is not set up in {JENA_HOME} (scripts/setup.d/10-jena.sh)")


def riot(*args: str | Path) -> subprocess.CompletedProcess:
    require_jena()
    return subprocess.run([str(RIOT), *map(str, args)], capture_output=True, text=True, timeout=300)


def _syntax(path: Path) -> list[str]:
    return [f"--syntax={SYNTAX[path.suffix]}"] if path.suffix in SYNTAX else []


def validate(path: Path) -> subprocess.CompletedProcess:
    """`riot --validate --count`: exit 1 on syntax errors, undefined prefixes, bad IRIs or lexical forms
    (warnings count as errors); on success the output has the number of triples or quads read."""
    return riot("--validate", "--count", *_syntax(path), path)


def counted(run: subprocess.CompletedProcess) -> int:
    """The number of triples (or quads) a successful `validate` read."""
    found = re.findall(r"(?:Triples|Quads) = ([\d,]+)", run.stdout + run.stderr)
    assert len(found) == 1, run.stdout + run.stderr
    return int(found[0].replace(",", ""))


def shacl(shapes: Path, data: Path):
    """Jena's own SHACL engine (an independent implementation): its validation report as an rdflib Graph."""
    from rdflib import Graph

    require_jena()
    run = subprocess.run([str(RIOT), "validate", "--shapes", str(shapes), "--data", str(data)],
                         capture_output=True, text=True, timeout=300, env={**os.environ, "KG_JENA_CLASS": "shacl.shacl"})
    assert run.returncode == 0, run.stderr
    return Graph().parse(data=run.stdout, format="turtle")
