"""Language profiles: every language's data loads into the typed profile; a key no code reads fails."""
import pytest

from kg import profile as profile_module
from kg.errors import KgError
from kg.model import LANGUAGES
from kg.profile import profile


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_loads(lang):
    p = profile(lang)
    assert p.lang == lang
    assert p.relations["cooperatesWith"].forward, "every language has cooperation triggers"
    assert p.events["conference"], "every language names conferences"
    assert p.patterns.modality and p.patterns.source_markers


def test_inflection_and_lemmatiser_are_data():
    assert {lang for lang in LANGUAGES if profile(lang).morphology.lemmatiser == "pymorphy3"} == {"ru", "uk"}
    assert {lang for lang in LANGUAGES if profile(lang).morphology.inflected} == {"ru", "uk", "pl"}


def test_unknown_key_fails_loudly(monkeypatch):
    real = profile_module.lang_data

    def with_typo(lang, name):
        data = dict(real(lang, name))
        if name == "patterns":
            data["modalty"] = ["should"]
        return data

    monkeypatch.setattr(profile_module, "lang_data", with_typo)
    profile.cache_clear()
    try:
        with pytest.raises(KgError, match=r"kg/data/lang/en: patterns\.modalty"):
            profile("en")
    finally:
        profile.cache_clear()


def test_wrong_type_fails_loudly(monkeypatch):
    real = profile_module.lang_data
    monkeypatch.setattr(profile_module, "lang_data",
                        lambda lang, name: {**real(lang, name), "inflected": "often"} if name == "morphology"
                        else real(lang, name))
    profile.cache_clear()
    try:
        with pytest.raises(KgError, match=r"morphology\.inflected"):
            profile("pl")
    finally:
        profile.cache_clear()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_unnamed_triggers_are_triggers_of_their_relation(lang):
    """A phrase that may leave its event unnamed must be one of the relation's forward, backward or split phrases."""
    for relation, triggers in profile(lang).relations.items():
        phrases = set(triggers.forward) | set(triggers.backward) | set(triggers.split)
        assert set(triggers.unnamed) <= phrases, (lang, relation, set(triggers.unnamed) - phrases)
