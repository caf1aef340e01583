"""Events and storylines are a function of the set of articles, not of their arrival.

Five shuffles and five random splits into batches (linked one batch after another,
older batches after newer ones included, the store round-tripped through JSON
between batches) of ECB+ dev, the demo and the seeds must give the same events and
storylines as one run over everything.
"""

from __future__ import annotations

import json
import random
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Article, Corpus, DateRange, Event, Storyline, from_dict, to_dict
from wirewatch.settings import Settings

ORDERS = 5


def fresh_copies(articles: list[Article]) -> list[Article]:
    """Articles as a store gives them back: no link results, no shared objects."""
    copies = [from_dict(Article, to_dict(article)) for article in articles]
    for article in copies:
        article.event = None
        article.duplicate_of = None
    return copies


def link_in_batches(batches: list[list[Article]]) -> dict[str, Any]:
    """Link batch after batch, the stored corpus read back from JSON before each."""
    corpus = Corpus()
    settings = Settings()
    for batch in batches:
        corpus = Corpus(
            articles=[from_dict(Article, to_dict(a)) for a in corpus.articles],
            events=[from_dict(Event, to_dict(e)) for e in corpus.events],
            storylines=[from_dict(Storyline, to_dict(s)) for s in corpus.storylines],
        )
        corpus.articles.extend(fresh_copies(batch))
        mark_duplicates(corpus, settings)
        link_events(corpus, settings)
        link_storylines(corpus, settings)
    return outcome(corpus)


def outcome(corpus: Corpus) -> dict[str, Any]:
    return {
        "article_events": {a.id: (a.event, a.duplicate_of) for a in corpus.articles},
        "events": sorted((to_dict(e) for e in corpus.events), key=lambda e: e["id"]),
        "storylines": sorted((to_dict(s) for s in corpus.storylines), key=lambda s: s["id"]),
    }


def random_batches(articles: list[Article], generator: random.Random) -> list[list[Article]]:
    """A shuffle cut into 2-4 batches at random places."""
    shuffled = articles[:]
    generator.shuffle(shuffled)
    cuts = sorted(generator.sample(range(1, len(shuffled)), generator.randint(1, 3)))
    bounds = [0, *cuts, len(shuffled)]
    return [shuffled[start:end] for start, end in pairwise(bounds)]


def newest_first(articles: list[Article]) -> list[list[Article]]:
    """Two batches: the newer half first, the older half after it."""
    ordered = sorted(articles, key=lambda a: (a.published.start if a.published else "", a.id))
    half = len(ordered) // 2
    return [ordered[half:], ordered[:half]]


def assert_order_free(articles: list[Article], seed: int) -> None:
    one_shot = link_in_batches([articles])
    assert len(one_shot["events"]) > 1
    generator = random.Random(seed)
    for _ in range(ORDERS):
        shuffled = articles[:]
        generator.shuffle(shuffled)
        assert link_in_batches([shuffled]) == one_shot
    for _ in range(ORDERS):
        assert link_in_batches(random_batches(articles, generator)) == one_shot
    assert link_in_batches(newest_first(articles)) == one_shot


def exported_articles(export: Path) -> list[Article]:
    analysis = json.loads(export.read_text(encoding="utf-8"))
    return [from_dict(Article, article) for article in analysis["articles"]]


def test_order_free_on_the_demo(demo_export: Path) -> None:
    assert_order_free(exported_articles(demo_export), seed=1)


def test_order_free_on_the_seeds(seeds_export: Path) -> None:
    assert_order_free(exported_articles(seeds_export), seed=2)


@pytest.mark.slow
def test_order_free_on_ecbplus_dev(shared_dir: Path) -> None:
    records_path = shared_dir / "benchmarks" / "clustering" / "ecbplus" / "dev.jsonl"
    with records_path.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    # dates spread over a month, so the publication bound takes part too
    generator = random.Random(3)
    articles = [
        Article(
            id=record["id"],
            source=record["id"],
            text=record["text"],
            published=DateRange(day, day, "metadata"),
        )
        for record in records
        for day in [f"2024-03-{generator.randint(1, 28):02d}"]
    ]
    assert_order_free(articles, seed=3)
