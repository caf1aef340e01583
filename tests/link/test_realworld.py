"""A ratchet on the real seed articles: events and storylines scored by ../shared/eval/score.py."""

from __future__ import annotations

import pytest

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Article, Corpus, Mention, to_dict
from wirewatch.settings import Settings

# Floors: raise them when the figures improve, never lower them silently.
EVENTS_F1_FLOOR = 1.0
STORYLINES_F1_FLOOR = 1.0


@pytest.fixture
def seed_corpus(clean_seeds: list[Article], nlp) -> Corpus:
    articles = clean_seeds
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        article.mentions = [Mention(e.start_char, e.end_char, e.label_) for e in doc.ents]
    corpus = Corpus(articles=articles)
    settings = Settings()
    mark_duplicates(corpus, settings)
    link_events(corpus, settings)
    link_storylines(corpus, settings)
    return corpus


def test_realworld_seed_events_and_storylines_meet_floors(
    scorer, seeds_gold: dict, seed_corpus: Corpus
) -> None:
    export = {
        "articles": [to_dict(article) for article in seed_corpus.articles],
        "events": [to_dict(event) for event in seed_corpus.events],
        "storylines": [to_dict(storyline) for storyline in seed_corpus.storylines],
    }
    report, explain = scorer.score(seeds_gold, export)
    clustering = report["clustering"]
    assert clustering["events"]["f1"] >= EVENTS_F1_FLOOR, (clustering, explain)
    assert clustering["storylines"]["f1"] >= STORYLINES_F1_FLOOR, (clustering, explain)
    assert report["duplicates"]["false_pairs"] == 0


def test_realworld_seed_summaries_cite_their_articles(seed_corpus: Corpus) -> None:
    for event in seed_corpus.events:
        assert event.summary, event.id
        for sentence in event.summary:
            assert sentence.refs and set(sentence.articles) <= set(event.articles)
            for ref in sentence.refs:
                assert seed_corpus.article(ref.article).text[ref.start : ref.end] == ref.text
