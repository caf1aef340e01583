"""compare_event: agreements, contradictions and single-outlet facts of one event."""

from __future__ import annotations

import pytest

from wirewatch.compare.claims import add_claims
from wirewatch.compare.contradictions import find_contradictions
from wirewatch.compare.report import compare_event
from wirewatch.model import Article, Corpus, DateRange, Event
from wirewatch.settings import Settings

TEXTS = {
    "a": (
        "2025-04-02",
        "Finland joined NATO in 2023. Finland shares a 1,300-kilometre border with Russia.",
    ),
    "b": (
        "2025-04-01",
        "Finland joined NATO in 2023. Finland has a 1,350-kilometre border with Russia.",
    ),
    "c": ("2025-04-03", "Finland joined NATO in 2023. The storm injured 12 people."),
}


@pytest.fixture
def corpus(nlp) -> Corpus:
    articles = []
    for article_id, (day, text) in TEXTS.items():
        article = Article(article_id, "test", text, outlet=f"outlet {article_id}", event="E1")
        article.published = DateRange(day, day, "metadata")
        add_claims(article, nlp(text), Settings())
        articles.append(article)
    corpus = Corpus(articles=articles, events=[Event("E1", "E1", list(TEXTS))])
    find_contradictions(corpus, Settings())
    return corpus


def test_report_event_agreements_contradictions_and_single_source(corpus: Corpus) -> None:
    comparison = compare_event(corpus, "E1")
    (agreement,) = comparison.agreements
    assert agreement.subject == "date (join) (NATO, Finland)"
    assert agreement.outlets == ["outlet a", "outlet b", "outlet c"]
    assert agreement.earliest.article == "b"  # published first
    (contradiction,) = comparison.contradictions
    assert [ref.value for ref in contradiction.claims] == ["1,350 km", "1,300 km"]
    (single,) = comparison.single_source
    assert (single.subject, single.outlets, single.earliest.value) == (
        "people (injure)",
        ["outlet c"],
        "12",
    )


def test_report_unknown_event_names_the_known_ones(corpus: Corpus) -> None:
    with pytest.raises(KeyError, match="Known events: E1"):
        compare_event(corpus, "E9")
