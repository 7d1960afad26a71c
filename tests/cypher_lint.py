"""Neo4j's own Cypher parser and linter (npm @neo4j-cypher/language-support in tools/cypher-lint, installed
by scripts/setup.d/50-cypher-lint.sh), kept running in one node process for the whole test session."""
from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tooling import missing_tool

LINT_DIR = Path(__file__).resolve().parents[1] / "tools" / "cypher-lint"


class CypherLinter:
    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            missing_tool("node is not installed (Neo4j's Cypher linter runs on Node.js)")
        if not (LINT_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
            missing_tool(f"Neo4j's Cypher linter is not installed in {LINT_DIR} (scripts/setup.d/50-cypher-lint.sh)")
        self.process = subprocess.Popen([node, "lint.mjs", "--lines"], cwd=LINT_DIR, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def lint(self, text: str, params: tuple[str, ...] = ()) -> list[dict]:
        """Diagnostics {severity (1 error, 2 warning), message, line, column} for a text of statements."""
        self.process.stdin.write(json.dumps({"text": text, "params": list(params)}) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise RuntimeError(f"the Cypher linter stopped (exit code {self.process.wait()})")
        return json.loads(answer)

    def errors(self, text: str, params: tuple[str, ...] = ()) -> list[dict]:
        return [d for d in self.lint(text, params) if d["severity"] == 1]

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture(scope="session")
def cypher_linter() -> Iterator[CypherLinter]:
    linter = CypherLinter()
    yield linter
    linter.close()
