from __future__ import annotations

from wirewatch.settings import Settings, describe


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


def test_settings_default_jobs_is_at_least_one():
    assert Settings().jobs >= 1
