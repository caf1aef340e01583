"""The five real seed articles, cleaned and annotated, scored against their gold."""

from __future__ import annotations

import pytest

from wirewatch.clean import clean_document
from wirewatch.model import Article, Corpus, Event, RawDocument
from wirewatch.nlp.annotate import add_mentions, add_sentences
from wirewatch.quotes.extract import add_quotes
from wirewatch.quotes.groups import group_quotes
from wirewatch.settings import Settings


def exported(articles: list[Article]) -> dict:
    return {
        "articles": [{"id": a.id, "text": a.text} for a in articles],
        "quotes": [
            {
                "id": q.id,
                "article": a.id,
                "kind": q.kind,
                "text": a.text[q.start : q.end],
                "speaker": {"entity": q.speaker_entity, "name": q.speaker_name},
                "group": q.group,
            }
            for a in articles
            for q in a.quotes
        ],
    }


@pytest.fixture(scope="module")
def seeds_report(shared_dir, nlp, scorer, seeds_gold) -> tuple[dict, list[Article]]:
    gold = seeds_gold
    settings = Settings()
    articles = [
        clean_document(RawDocument(id=p.stem, source=str(p), content=p.read_text()), settings.clean)
        for p in sorted((shared_dir / "seeds").glob("*.txt"))
    ]
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        add_sentences(article, doc, settings)
        add_mentions(article, doc, settings)
        add_quotes(article, doc, settings)
    # event linking is another stage: the gold events stand in for it here
    events = [Event(id=e["id"], title=e["what"], articles=e["articles"]) for e in gold["events"]]
    event_of = {article_id: event.id for event in events for article_id in event.articles}
    for article in articles:
        article.event = event_of.get(article.id)
    group_quotes(Corpus(articles=articles, events=events), settings)
    report, _ = scorer.score(gold, exported(articles))
    return report, articles


def test_realworld_seed_quotes_are_found(seeds_report) -> None:
    report, _ = seeds_report
    assert report["quotes"]["quotes"]["f1"] >= 0.9


def test_realworld_seed_speakers_are_right(seeds_report) -> None:
    report, _ = seeds_report
    assert report["quotes"]["speaker_accuracy"] >= 0.92


def test_realworld_nothing_taken_from_boilerplate(seeds_report) -> None:
    report, _ = seeds_report
    assert report["quotes"]["boilerplate_taken_for_quotes"] == 0


def test_realworld_seed_quote_groups(seeds_report) -> None:
    report, _ = seeds_report
    assert report["quote_groups"]["r"] >= 0.75
    assert report["quote_groups"]["p"] >= 0.9


def test_realworld_every_quote_points_into_the_clean_text(seeds_report) -> None:
    _, articles = seeds_report
    for article in articles:
        for quote in article.quotes:
            assert 0 <= quote.start < quote.end <= len(article.text)
            assert (
                article.text[quote.start : quote.end].strip()
                == article.text[quote.start : quote.end]
            )
            if quote.cue is not None:
                assert article.text[quote.cue_start : quote.cue_end] == quote.cue
