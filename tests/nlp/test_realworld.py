"""The seed articles as a ratchet: people found and not split, happening dates in a window."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.link.entities import resolve_entities
from wirewatch.model import Article, Corpus, to_dict
from wirewatch.nlp.time import happening_window
from wirewatch.pipeline import stages_of

TODAY = date(2026, 11, 28)  # the day these floors were set; the seeds carry no dates


@pytest.fixture
def seed_corpus(clean_seeds: list[Article], nlp) -> Corpus:
    articles = clean_seeds
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        for stage in stages_of("nlp"):
            stage.run(article, doc, None)
    corpus = Corpus(articles=articles)
    resolve_entities(corpus, None)
    return corpus


def test_realworld_people_found_and_never_split(seed_corpus, seeds_gold, scorer) -> None:
    analysis = {"entities": [to_dict(entity) for entity in seed_corpus.entities]}
    explain: list[str] = []
    people = scorer.score_people(seeds_gold, analysis, explain)
    assert people["found"] >= 0.9, explain
    assert people["split"] == 0, explain


def test_realworld_some_event_dated_within_a_month(seed_corpus, seeds_gold) -> None:
    hits = 0
    for event in seeds_gold["events"]:
        want = event["date"]["start"]
        for article_id in event["articles"]:
            window = happening_window(seed_corpus.article(article_id), TODAY)
            if window and window.start <= want <= window.end:
                width = (date.fromisoformat(window.end) - date.fromisoformat(window.start)).days
                hits += width <= 31
    assert hits >= 1


def test_realworld_no_happening_window_excludes_the_gold_day(seed_corpus, seeds_gold) -> None:
    for event in seeds_gold["events"]:
        want = event["date"]["start"]
        for article_id in event["articles"]:
            window = happening_window(seed_corpus.article(article_id), TODAY)
            assert window is None or window.start <= want <= window.end, (article_id, window)
