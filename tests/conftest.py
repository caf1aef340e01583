"""Fixtures shared by every test module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` (seeds, gold, scorer, contract); loud under CI when missing."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing: CI must run beside a copy of shared/")
        pytest.skip(f"{SHARED} is not present on this machine")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole test run."""
    from wirewatch.nlp.spacy_pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def scorer(shared_dir):
    """`../shared/eval/score.py` as a module (fold, score, ...)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _analyze_once(paths: list[Path], out: Path) -> Path:
    from wirewatch import api
    from wirewatch.settings import Settings

    api.analyze(paths, out, Settings(jobs=1))
    return out / "analysis.json"


@pytest.fixture(scope="session")
def seeds_export(shared_dir, tmp_path_factory) -> Path:
    """`analysis.json` of the seeds, analysed once for the whole test run."""
    return _analyze_once([shared_dir / "seeds"], tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="session")
def demo_export(tmp_path_factory) -> Path:
    """`analysis.json` of the bundled demo corpus, analysed once for the whole test run."""
    return _analyze_once([ROOT / "examples" / "demo"], tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def seeds_gold(shared_dir) -> dict:
    """The hand annotation of the seeds (`../shared/eval/gold/seeds.gold.json`)."""
    import json

    return json.loads((shared_dir / "eval" / "gold" / "seeds.gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def _cleaned_seeds(shared_dir) -> list:
    from wirewatch.clean import clean_document
    from wirewatch.ingest import read_inputs
    from wirewatch.settings import Settings

    settings = Settings()
    return [clean_document(raw, settings.clean) for raw in read_inputs([shared_dir / "seeds"])]


@pytest.fixture
def clean_seeds(_cleaned_seeds) -> list:
    """The seeds read and cleaned as the pipeline does, fresh copies for each test to annotate."""
    import copy

    return copy.deepcopy(_cleaned_seeds)
