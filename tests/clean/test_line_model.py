"""The learned line rule of web-text mode: features, guards, the shipped weights, wiring."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.clean import line_model
from wirewatch.clean.document import line_verdicts
from wirewatch.clean.settings import CleanSettings

FORUM = [
    "|Author ||Message |",
    "||harbourfan Member",
    "The ferry to the island was late again this morning, and nobody at the pier knew why.",
    "Winter timetable",
    "The winter timetable starts in November and the crossings are fewer than in summer.",
    "Most of us plan the trip around the evening boat, which has been on time so far.",
]


def test_line_model_one_feature_row_per_line() -> None:
    rows = line_model.document_features(FORUM, [None] * len(FORUM))
    assert len(rows) == len(FORUM)
    assert all(len(row) == len(line_model.FEATURE_NAMES) for row in rows)


def test_line_model_shape_reads_the_line() -> None:
    shape = line_model.line_shape("|Posts: 412 | Joined 2009 |")
    assert shape.has_pipe and shape.has_clock_or_year and not shape.ends_sentence
    assert shape.digit_share > 0.3
    prose = line_model.line_shape("The ferry was late again, and nobody knew why.")
    assert prose.ends_sentence and prose.stop_share > 0.3 and prose.symbol_share < 0.1


def test_line_model_sentences_and_crossheads_are_never_judged() -> None:
    verdicts: list[str | None] = [None] * len(FORUM)
    assert line_model.reads_as_sentence(
        "\u201cWe lost the season, not just the catch,\u201d he said."
    )
    assert not line_model.judged_by_model(FORUM, verdicts, 2)  # a full sentence
    assert line_model.heads_prose(FORUM, verdicts, 3)  # "Winter timetable" between sentences
    assert not line_model.judged_by_model(FORUM, verdicts, 3)
    assert line_model.judged_by_model(FORUM, verdicts, 0)
    assert not line_model.judged_by_model(FORUM, ["counter", *verdicts[1:]], 0)


def test_line_model_shipped_weights_match_features() -> None:
    model = line_model.load_line_model()
    assert model.feature_names == line_model.FEATURE_NAMES
    assert len(model.weights) == len(model.means) == len(model.scales) == len(model.feature_names)
    assert 0.0 < model.threshold < 1.0


def test_line_model_rejects_weights_of_other_features(tmp_path: Path) -> None:
    stored = json.loads(line_model.MODEL_FILE.read_text(encoding="utf-8"))
    stored["feature_names"] = stored["feature_names"][::-1]
    path = tmp_path / "line_model.json"
    path.write_text(json.dumps(stored), encoding="utf-8")
    with pytest.raises(ValueError, match="other features"):
        line_model.load_line_model(path)


def test_line_model_table_markup_goes_in_web_text_mode_only() -> None:
    web = line_verdicts(FORUM, CleanSettings(line_model=True))
    assert web[0] == "low_content_line"
    assert web[2:] == [None, None, None, None]
    assert line_verdicts(FORUM, CleanSettings())[0] is None


def test_line_model_switched_off_by_reason_code() -> None:
    settings = CleanSettings(line_model=True, disabled_rules=("low_content_line",))
    assert "low_content_line" not in line_verdicts(FORUM, settings)


def test_line_model_threshold_setting_overrides_the_tuned_one() -> None:
    assert line_verdicts(FORUM, CleanSettings(line_model=True, line_model_threshold=1.0))[0] is None
    assert line_verdicts(FORUM, CleanSettings(line_model=True, line_model_threshold=0.0))[1] == (
        "low_content_line"
    )
