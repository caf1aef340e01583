"""The ordered stages of wirewatch, registered by name in one place.

Data flows one way: ingest -> clean -> annotate (per article) -> link
(corpus level) -> store -> show.  Per-article work is packed into plain
functions (`clean_batch`, `annotate_batch`) that a runner from
`wirewatch.scale` calls in-process, in a process pool or in Spark; they never
know where they run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wirewatch.actions.code import add_actions
from wirewatch.actions.count import count_actions
from wirewatch.clean import clean_document, strip_recurring_lines
from wirewatch.compare.claims import add_claims
from wirewatch.compare.contradictions import find_contradictions
from wirewatch.ingest import read_inputs
from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.entities import resolve_entities
from wirewatch.link.events import link_events
from wirewatch.link.storylines import link_storylines
from wirewatch.model import Article, Corpus, RawDocument, Skipped
from wirewatch.nlp.annotate import add_amounts, add_mentions, add_sentences, add_times
from wirewatch.nlp.spacy_pipeline import load_pipeline
from wirewatch.quotes.extract import add_quotes
from wirewatch.quotes.groups import group_quotes
from wirewatch.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

DocAnnotator = Callable[[Article, "Doc", Settings], None]
CorpusStage = Callable[[Corpus, Settings], None]

# Each annotator reads the spaCy Doc of one article and fills fields of it.
DOC_ANNOTATORS: dict[str, DocAnnotator] = {
    "sentences": add_sentences,
    "mentions": add_mentions,
    "times": add_times,
    "amounts": add_amounts,
    "quotes": add_quotes,
    "claims": add_claims,
    "actions": add_actions,
}

# Each corpus stage reads the whole corpus and fills its part of it, in order.
CORPUS_STAGES: dict[str, CorpusStage] = {
    "duplicates": mark_duplicates,
    "entities": resolve_entities,
    "events": link_events,
    "storylines": link_storylines,
    "quote_groups": group_quotes,
    "contradictions": find_contradictions,
    "actions": count_actions,
}


def read_documents(
    paths: Sequence[str | Path], settings: Settings
) -> Iterable[RawDocument | Skipped]:
    """Every input record under `paths`, or a Skipped line for what cannot be read."""
    return read_inputs(paths, max_bytes=settings.max_bytes)


def clean_batch(raws: list[RawDocument], settings: Settings) -> list[Article]:
    """Clean one batch of documents (pure: runs anywhere)."""
    return [clean_document(raw, settings.clean) for raw in raws]


def strip_boilerplate(articles: list[Article], settings: Settings) -> list[Article]:
    """Remove lines that recur across many articles of one outlet."""
    return strip_recurring_lines(articles, settings.clean)


def annotate_batch(articles: list[Article], settings: Settings) -> list[Article]:
    """Run spaCy once over a batch and every doc annotator on each article."""
    nlp = load_pipeline(settings.nlp.spacy_model)
    texts = (article.text for article in articles)
    for article, doc in zip(articles, nlp.pipe(texts, batch_size=32), strict=True):
        for annotate in DOC_ANNOTATORS.values():
            annotate(article, doc, settings)
    return articles


def link_corpus(
    corpus: Corpus,
    settings: Settings,
    on_stage_done: Callable[[str], None] | None = None,
) -> Corpus:
    """Run every corpus stage in order; `on_stage_done(name)` is told after each."""
    for name, stage in CORPUS_STAGES.items():
        stage(corpus, settings)
        if on_stage_done:
            on_stage_done(name)
    return corpus


def clean_safely(raws: list[RawDocument], settings: Settings) -> list[Article | Skipped]:
    """Clean each document; one that fails or has no body is skipped, not fatal."""
    results: list[Article | Skipped] = []
    for raw in raws:
        try:
            (article,) = clean_batch([raw], settings)
        except Exception as error:  # one bad document must not stop the batch
            results.append(Skipped(raw.source, f"cleaning failed: {describe_error(error)}"))
            continue
        if article.text.strip() or article.title:  # a short page keeps its metadata
            results.append(article)
        else:
            results.append(Skipped(raw.source, "no article text left after cleaning"))
    return results


def annotate_safely(articles: list[Article], settings: Settings) -> list[Article | Skipped]:
    """Annotate a batch; if it fails, retry one by one so only the culprit is skipped."""
    try:
        return list(annotate_batch(articles, settings))
    except Exception as error:  # one bad article must not stop the batch
        if len(articles) == 1:
            return [Skipped(articles[0].source, f"annotation failed: {describe_error(error)}")]
    return [item for article in articles for item in annotate_safely([article], settings)]


def describe_error(error: Exception) -> str:
    """One line naming the error, for the Skipped line of the input it stopped."""
    return f"{type(error).__name__}: {error}".splitlines()[0][:200]
