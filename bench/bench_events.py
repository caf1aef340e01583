"""Events and storylines on public benchmarks: ECB+ (events) and EpiMine (storylines).

    .venv/bin/python bench/bench_events.py [--split dev|test|all] [--set link.NAME=VALUE ...]

Runs the link stages (duplicates, events, storylines) on the benchmark records
turned into `Article`s, and scores them with `../shared/eval/score.py`, the same
scorer as the peers in `../shared/benchmarks/PEERS.md`.  Entity mentions and
lemmas come from spaCy, computed once and cached under /tmp (the cores are shared).
Tune on ECB+ dev (events) and on EpiMine before 2020 (storylines; it has no dev
split); report ECB+ test, EpiMine from 2020 on, and EpiMine whole.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Article, Corpus, DateRange, Mention, to_dict
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CLUSTERING = SHARED / "benchmarks" / "clustering"
CACHE = Path("/tmp/wirewatch-bench-link")

ECB = CLUSTERING / "ecbplus"
EPIMINE = CLUSTERING / "epimine"
# EpiMine has no dev split: storyline settings are tuned on its years before EPIMINE_TEST_FROM.
EPIMINE_TEST_FROM = "2020-01-01"
BENCHMARKS: dict[str, tuple[Path, Path, Callable[[dict[str, Any]], bool]]] = {
    "ecbplus-dev": (ECB / "dev.jsonl", ECB / "dev.gold.json", lambda record: True),
    "ecbplus-test": (ECB / "test.jsonl", ECB / "test.gold.json", lambda record: True),
    "epimine-dev": (
        EPIMINE / "stream.jsonl",
        EPIMINE / "storylines.gold.json",
        lambda record: record["published"] < EPIMINE_TEST_FROM,
    ),
    "epimine-test": (
        EPIMINE / "stream.jsonl",
        EPIMINE / "storylines.gold.json",
        lambda record: record["published"] >= EPIMINE_TEST_FROM,
    ),
    "epimine": (EPIMINE / "stream.jsonl", EPIMINE / "storylines.gold.json", lambda record: True),
}
SPLITS = {
    "dev": ["ecbplus-dev", "epimine-dev"],
    "test": ["ecbplus-test", "epimine-test", "epimine"],
    "all": list(BENCHMARKS),
}


def load_scorer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "wirewatch_bench_score", SHARED / "eval" / "score.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def read_records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def cached_annotations(name: str, records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """spaCy NER spans and lemmas per record id, as annotation keeps them (`mentions`,
    `Article.lemmas`), computed once per benchmark and kept in /tmp."""
    cache_file = CACHE / f"annotations-{name}.json"
    if cache_file.exists():
        return json.loads(cache_file.read_text(encoding="utf-8"))
    from wirewatch.nlp.spacy_pipeline import load_pipeline
    from wirewatch.nlp.words import lemma_table

    nlp = load_pipeline()
    keep = {"tok2vec", "ner", "tagger", "attribute_ruler", "lemmatizer"}
    disabled = [pipe for pipe in nlp.pipe_names if pipe not in keep]
    texts = (record["text"] for record in records)
    found: dict[str, dict[str, Any]] = {}
    with nlp.select_pipes(disable=disabled):
        for record, doc in zip(records, nlp.pipe(texts, batch_size=32), strict=True):
            found[record["id"]] = {
                "mentions": [[ent.start_char, ent.end_char, ent.label_] for ent in doc.ents],
                "lemmas": lemma_table(doc),
            }
    CACHE.mkdir(parents=True, exist_ok=True)
    cache_file.write_text(json.dumps(found), encoding="utf-8")
    return found


def to_article(record: dict[str, Any], annotations: dict[str, Any]) -> Article:
    published = record.get("published")
    return Article(
        id=record["id"],
        source=record["id"],
        text=record["text"],
        published=DateRange(published, published, "metadata") if published else None,
        mentions=[Mention(start, end, label) for start, end, label in annotations["mentions"]],
        lemmas=annotations["lemmas"],
    )


def analyse(articles: list[Article], settings: Settings) -> tuple[Corpus, float]:
    corpus = Corpus(articles=articles)
    started = time.perf_counter()
    mark_duplicates(corpus, settings)
    link_events(corpus, settings)
    link_storylines(corpus, settings)
    return corpus, time.perf_counter() - started


def export(corpus: Corpus) -> dict[str, Any]:
    """The part of the contract export the clustering scorer reads."""
    return {
        "articles": [
            {"id": a.id, "event": a.event, "duplicate_of": a.duplicate_of} for a in corpus.articles
        ],
        "events": [to_dict(event) for event in corpus.events],
        "storylines": [to_dict(storyline) for storyline in corpus.storylines],
    }


def run_benchmark(name: str, settings: Settings, scorer: Any) -> dict[str, Any]:
    records_path, gold_path, selected = BENCHMARKS[name]
    records = read_records(records_path)
    annotations = cached_annotations(records_path.parent.name + "-" + records_path.stem, records)
    records = [record for record in records if selected(record)]
    articles = [to_article(record, annotations[record["id"]]) for record in records]
    corpus, seconds = analyse(articles, settings)
    gold = only_articles(json.loads(gold_path.read_text(encoding="utf-8")), articles)
    report, _ = scorer.score(gold, export(corpus))
    clustering = report["clustering"]
    return {
        "benchmark": name,
        "articles": len(articles),
        "events": len(corpus.events),
        "storylines": len(corpus.storylines),
        "event_bcubed": clustering["events"] if gold.get("events") else None,
        "storyline_bcubed": clustering["storylines"],
        "seconds": round(seconds, 2),
    }


def only_articles(gold: dict[str, Any], articles: list[Article]) -> dict[str, Any]:
    """The gold groups restricted to the articles of a split."""
    kept = {article.id for article in articles}
    for kind in ("events", "storylines"):
        for group in gold.get(kind, []):
            group["articles"] = [a for a in group["articles"] if a in kept]
        gold[kind] = [group for group in gold.get(kind, []) if group["articles"]]
    return gold


def apply_overrides(settings: Settings, overrides: list[str]) -> Settings:
    """`link.NAME=VALUE` pairs, typed like the setting's default."""
    for override in overrides:
        dotted, value = override.split("=", 1)
        section_name, field_name = dotted.split(".", 1)
        section = getattr(settings, section_name)
        current = getattr(section, field_name)
        setattr(section, field_name, type(current)(value))
    return settings


def describe_scores(result: dict[str, Any]) -> str:
    parts = [f"{result['benchmark']:13s} n={result['articles']:5d} events={result['events']:4d}"]
    parts.append(f"storylines={result['storylines']:3d}")
    for key in ("event_bcubed", "storyline_bcubed"):
        figures = result[key]
        if figures:
            parts.append(f"{key} P={figures['p']:.3f} R={figures['r']:.3f} F1={figures['f1']:.3f}")
    parts.append(f"{result['seconds']}s")
    return "  ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=sorted(SPLITS), default="all")
    parser.add_argument("--set", action="append", default=[], help="link.NAME=VALUE")
    args = parser.parse_args()
    settings = apply_overrides(Settings(), args.set)
    scorer = load_scorer()
    print("link settings:", dataclasses.asdict(settings.link))
    for name in SPLITS[args.split]:
        print(describe_scores(run_benchmark(name, settings, scorer)), flush=True)


if __name__ == "__main__":
    main()
