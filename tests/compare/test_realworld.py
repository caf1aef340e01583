"""Real corpora as a ratchet: the seeds' border length and the demo's planted contradictions.

Events and storylines are set from the gold files by hand (event linking is another
stage's job), so this measures comparison alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.clean import clean_document
from wirewatch.compare.claims import add_claims
from wirewatch.compare.contradictions import find_contradictions
from wirewatch.ingest import read_inputs
from wirewatch.model import Article, Corpus, Event, Skipped, Storyline, to_dict
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def read_articles(inputs: Path, settings: Settings) -> list[Article]:
    """The inputs read and cleaned as the pipeline does."""
    raws = read_inputs([inputs], settings.max_bytes)
    return [clean_document(raw, settings.clean) for raw in raws if not isinstance(raw, Skipped)]


def compared_corpus(nlp, inputs: Path, gold: dict) -> Corpus:
    settings = Settings()
    articles = read_articles(inputs, settings)
    for article in articles:
        add_claims(article, nlp(article.text), settings)
    events = [Event(e["id"], e["what"], list(e["articles"])) for e in gold["events"]]
    by_id = {article.id: article for article in articles}
    for event in events:
        for article_id in event.articles:
            by_id[article_id].event = event.id
    storylines = [Storyline(s["id"], s["what"], list(s["events"])) for s in gold["storylines"]]
    corpus = Corpus(articles=articles, events=events, storylines=storylines)
    find_contradictions(corpus, settings)
    return corpus


def contradiction_figures(scorer, corpus: Corpus, gold: dict) -> dict:
    analysis = {
        "articles": [{"id": article.id, "event": article.event} for article in corpus.articles],
        "events": [to_dict(event) for event in corpus.events],
        "contradictions": [to_dict(contradiction) for contradiction in corpus.contradictions],
    }
    report, _ = scorer.score(gold, analysis)
    return report["contradictions"]


@pytest.fixture(scope="module")
def seeds(nlp, shared_dir: Path, seeds_gold: dict) -> tuple[Corpus, dict]:
    return compared_corpus(nlp, shared_dir / "seeds", seeds_gold), seeds_gold


def test_realworld_seeds_contradiction_recall_and_precision(scorer, seeds) -> None:
    corpus, gold = seeds
    figures = contradiction_figures(scorer, corpus, gold)
    assert figures["r"] == 1.0
    assert figures["p"] >= 0.5


def test_realworld_seeds_border_claims_keep_their_sentences(seeds) -> None:
    corpus, _ = seeds
    border = [c for c in corpus.contradictions if "border" in c.subject]
    assert border, "the 1,300 vs 1,350 km border is not reported"
    for ref in border[0].claims:
        article = corpus.article(ref.article)
        assert ref.start is not None and ref.end is not None
        assert ref.text in article.text
        assert article.text[ref.start : ref.end].startswith(ref.value.split()[0])


def test_realworld_demo_contradiction_recall_and_precision(nlp, scorer) -> None:
    gold = json.loads((ROOT / "examples" / "demo.gold.json").read_text(encoding="utf-8"))
    corpus = compared_corpus(nlp, ROOT / "examples" / "demo", gold)
    figures = contradiction_figures(scorer, corpus, gold)
    assert figures["r"] == 1.0
    assert figures["p"] >= 0.5
