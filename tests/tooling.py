"""External tools the tests check kg's outputs with: in CI (env CI set) a missing tool fails the test with the
command that installs it; on a developer's machine the test is skipped with that reason."""
from __future__ import annotations

import os

import pytest


def missing(message: str) -> None:
    """Fail (in CI) or skip (elsewhere) the calling test because something it needs is not here."""
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def missing_tool(reason: str) -> None:
    """Fail (in CI) or skip (elsewhere) the calling test because a tool is missing."""
    missing(f"{reason} (install the test tools: sudo scripts/setup-test-tools.sh)")
