"""The learned chooser over a page's candidate days."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.clean.date_candidates import DateCandidate
from wirewatch.clean.date_model import (
    FEATURE_NAMES,
    MODEL_FILE,
    chosen_day,
    day_features,
    load_date_model,
)
from wirewatch.clean.logistic import LogisticModel


def test_date_model_agreement_beats_htmldate_alone() -> None:
    # htmldate took a comment's date; the page's markup and byline agree on another day
    candidates = [
        DateCandidate("2021-11-22", "htmldate", 0.0),
        DateCandidate("2021-11-20", "jsonld_published", 0.1),
        DateCandidate("2021-11-20", "meta_published", 0.05),
        DateCandidate("2021-11-20", "text_after_headline", 0.2),
    ]
    assert chosen_day(candidates) == "2021-11-20"


def test_date_model_published_beats_modified() -> None:
    candidates = [
        DateCandidate("2020-04-04", "jsonld_published", 0.1),
        DateCandidate("2020-04-04", "meta_published", 0.05),
        DateCandidate("2020-09-08", "jsonld_modified", 0.1),
        DateCandidate("2020-09-08", "meta_modified", 0.05),
    ]
    assert chosen_day(candidates) == "2020-04-04"


def test_date_model_no_candidates_no_day() -> None:
    assert chosen_day([]) is None


def test_date_model_ties_go_to_the_earlier_day() -> None:
    flat = LogisticModel(
        feature_names=FEATURE_NAMES,
        means=(0.0,) * len(FEATURE_NAMES),
        scales=(1.0,) * len(FEATURE_NAMES),
        weights=(0.0,) * len(FEATURE_NAMES),
        bias=0.0,
    )
    candidates = [DateCandidate("2020-05-02", "url", 0.0), DateCandidate("2020-05-01", "url", 0.0)]
    assert chosen_day(candidates, flat) == "2020-05-01"


def test_date_model_rows_name_their_sources() -> None:
    rows = day_features([DateCandidate("2020-05-01", "url", 0.0)])
    row = dict(zip(FEATURE_NAMES, rows["2020-05-01"], strict=True))
    assert row["from_url"] == 1.0 and row["from_htmldate"] == 0.0


def test_date_model_file_matches_features(tmp_path: Path) -> None:
    assert load_date_model().feature_names == FEATURE_NAMES
    stored = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    stored["feature_names"] = stored["feature_names"][:-1]
    other = tmp_path / "old.json"
    other.write_text(json.dumps(stored), encoding="utf-8")
    with pytest.raises(ValueError, match="other features"):
        load_date_model(other)
