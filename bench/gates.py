"""The figures the quality gate holds floors on: one function per corpus, each {metric: value}.

Seeds and demo were written with the rules in view; the public dev splits were not (tuning
reads their misses, never their text into the code), so their floors are what measures
generalisation.  `eval_gate.py` compares these figures with `tests/eval_baseline.json`.
CHEAP gates run in pytest too (`tests/test_quality_gate.py`); the others in
`make bench-quick`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from wirewatch import api, pipeline
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BENCHMARKS = SHARED / "benchmarks"
Figures = dict[str, float]


def load(name: str, path: Path) -> ModuleType:
    """A module of this folder or of ../shared, by path (neither is a package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def flat(report: dict[str, Any], prefix: str = "") -> Figures:
    """A nested report as {"a.b.c": number}."""
    figures: Figures = {}
    for key, value in report.items():
        if isinstance(value, dict):
            figures.update(flat(value, f"{prefix}{key}."))
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            figures[f"{prefix}{key}"] = value
    return figures


def analysed(inputs: list[Path], settings: Settings | None = None) -> dict[str, Any]:
    """The export of the whole pipeline over `inputs`, run in-process."""
    with tempfile.TemporaryDirectory(prefix="wirewatch-gate-") as out:
        return api.analyze(inputs, out, settings or Settings(jobs=1)).to_dict()


def scored(inputs: list[Path], gold: Path, keep: tuple[str, ...] = ()) -> Figures:
    """`../shared/eval/score.py` figures of the whole pipeline (only those under `keep`)."""
    scorer = load("wirewatch_eval_score", SHARED / "eval" / "score.py")
    report, _ = scorer.score(json.loads(gold.read_text(encoding="utf-8")), analysed(inputs))
    figures = flat(report)
    return {k: v for k, v in figures.items() if not keep or k.startswith(keep)}


def seeds() -> Figures:
    return scored([SHARED / "seeds"], SHARED / "eval" / "gold" / "seeds.gold.json")


def demo() -> Figures:
    return scored([ROOT / "examples" / "demo"], ROOT / "examples" / "demo.gold.json")


def ecbplus_dev() -> Figures:
    """ECB+ dev events (462 articles), the whole pipeline."""
    ecb = BENCHMARKS / "clustering" / "ecbplus"
    return scored([ecb / "dev.jsonl"], ecb / "dev.gold.json", ("clustering.events.",))


def polnear_dev() -> Figures:
    """PolNeAR dev quotes and speakers (84 political news articles), the whole pipeline."""
    polnear = BENCHMARKS / "quotes" / "polnear"
    keep = ("quotes.quotes.", "quotes.speaker_accuracy", "quotes.quote_and_speaker.")
    return scored([polnear / "dev"], polnear / "dev.gold.json", keep)


def compare_dev() -> Figures:
    """Disagreements between outlets on 143 ECB+ dev articles, the whole pipeline."""
    folder = BENCHMARKS / "compare" / "ecbplus-dev"
    keep = ("contradictions.", "clustering.events.")
    return scored([folder / "articles.jsonl"], folder / "gold.json", keep)


def plover_dev() -> Figures:
    """PLOVER gold-standard sentences, even records (the dev half), coded alone."""
    actions = load("bench_actions", ROOT / "bench" / "bench_actions.py")
    records = actions.read_records()[0::2]
    settings = Settings(jobs=1)
    articles, _spacy, _coding = actions.code_records(records, settings)
    return {f"actions.{k}": v for k, v in actions.scores(records, articles).items()}


def zyte() -> Figures:
    """HTML -> article body on the 181 Zyte pages (its shingle metric)."""
    extraction = load("bench_extraction", ROOT / "bench" / "bench_extraction.py")
    folder = BENCHMARKS / "extraction" / "zyte-aeb"
    truth_records = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {page: record["articleBody"] for page, record in truth_records.items()}
    pages = {
        page: (extraction.read_page(folder / "html" / f"{page}.html.gz"), record.get("url"))
        for page, record in truth_records.items()
    }
    extract = extraction.extractors()["wirewatch html path (default)"]
    texts, _rate = extraction.run_pages(pages, extract)
    return {f"extraction.{k}": v for k, v in extraction.zyte_score(truth, texts).items()}


def trafilatura_dev() -> Figures:
    """Title, authors, date and body of 670 real pages (trafilatura-eval dev), cleaning only."""
    folder = BENCHMARKS / "extraction" / "trafilatura-eval"
    metadata = load("metadata_score", BENCHMARKS / "extraction" / "metadata_score.py")
    cleaning = {"clean", "boilerplate"}
    skip = tuple(stage.name for stage in pipeline.STAGES if stage.name not in cleaning)
    analysis = analysed([folder / "dev"], Settings(jobs=1, skip=skip))
    figures, _ = metadata.score(json.loads((folder / "dev.gold.json").read_text()), analysis)
    keep = ("title.accuracy", "authors.f1", "date.accuracy", "body.f", "body.trafilatura_f1")
    return {f"metadata.{k}": v for k, v in flat(figures).items() if k in keep}


GATES: dict[str, Callable[[], Figures]] = {
    "seeds": seeds,
    "demo": demo,
    "plover-dev": plover_dev,
    "zyte": zyte,
    "ecbplus-dev": ecbplus_dev,
    "polnear-dev": polnear_dev,
    "compare-dev": compare_dev,
    "trafilatura-dev": trafilatura_dev,
}
# Seconds, not minutes, on two cores: these also run in pytest.
CHEAP = ("seeds", "demo", "plover-dev", "zyte")
