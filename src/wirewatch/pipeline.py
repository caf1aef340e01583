"""The stages of wirewatch, registered once, in order, with what each reads and writes.

Data flows one way: ingest -> clean -> annotate (per article) -> link
(corpus level) -> store -> show.  Each `Stage` declares the fields it needs
(`requires`) and the fields it fills (`assigns`), as spaCy components do;
`check_contracts` refuses an order, or a set of stages switched off by the
`skip` setting, that leaves a stage without what it reads.  Per-article work is
packed into plain functions (`clean_batch`, `annotate_batch`) that a runner
from `wirewatch.scale` calls in-process, in a process pool or in Spark; they
never know where they run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from wirewatch.nlp.languages import ENGLISH, article_language, pipeline_for
from wirewatch.nlp.spacy_pipeline import parse
from wirewatch.nlp.time import reference_day
from wirewatch.nlp.words import add_lemmas
from wirewatch.quotes.extract import add_quotes
from wirewatch.quotes.groups import group_quotes
from wirewatch.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Stage:
    """One step of the run.  `level` says how `run` is called:

    - "document": `run(raw, settings.clean) -> Article` (cleaning, one input at a time);
    - "round": `run(articles, settings.clean, seen) -> articles` (a round of cleaned
      articles; `seen` what the store holds of their outlets' earlier articles);
    - "article": `run(article, doc, settings)` after spaCy's pass over `article.text`;
    - "corpus": `run(corpus, settings)` over every stored article.

    Field names are "article.<field>" (of each article; "article.mentions.entity" for a
    part another stage fills in) and "corpus.<field>".  `section` is the settings
    section the stage reads.
    """

    name: str
    level: str
    run: Callable[..., Any]
    section: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    languages: frozenset[str] | None = None  # an article stage's languages; None: any
    doc_needs: tuple[str, ...] = ()  # what the spaCy Doc must hold ("ENT_IOB": NER ran)

    def runs_on(self, language: str, doc: Doc) -> bool:
        """An article stage runs on an article of `language` whose Doc holds what it reads."""
        if self.languages is not None and language not in self.languages:
            return False
        return all(doc.has_annotation(name) for name in self.doc_needs)


# Stages made of English rules (cue verbs, role words, unit and date words): English only.
ENGLISH_RULES = frozenset({ENGLISH})


def _article(*names: str) -> tuple[str, ...]:
    return tuple(f"article.{name}" for name in names)


# What cleaning gives every article.
CLEANED = _article(
    "id",
    "source",
    "text",
    "content_hash",
    "url",
    "outlet",
    "title",
    "subtitle",
    "authors",
    "dateline",
    "published",
    "language",
    "paragraphs",
    "removed",
)

STAGES: tuple[Stage, ...] = (
    Stage("clean", "document", clean_document, "clean", (), CLEANED),
    Stage(
        "boilerplate",
        "round",
        strip_recurring_lines,
        "clean",
        _article("text", "outlet"),
        _article("text", "paragraphs", "removed"),
    ),
    Stage(
        "sentences",
        "article",
        add_sentences,
        "nlp",
        _article("text"),
        _article("sentences"),
        doc_needs=("SENT_START",),
    ),
    Stage(
        "words",
        "article",
        add_lemmas,
        "nlp",
        _article("text"),
        _article("lemmas"),
        doc_needs=("LEMMA",),
    ),
    Stage(
        "mentions",
        "article",
        add_mentions,
        "nlp",
        _article("text", "sentences"),
        _article("mentions"),
    ),
    Stage(
        "times",
        "article",
        add_times,
        "nlp",
        _article("text", "published"),
        _article("times"),
        languages=ENGLISH_RULES,
    ),
    Stage(
        "amounts",
        "article",
        add_amounts,
        "nlp",
        _article("text"),
        _article("amounts"),
        languages=ENGLISH_RULES,
    ),
    Stage(
        "quotes",
        "article",
        add_quotes,
        "quotes",
        _article("id", "text", "title", "mentions"),
        _article("quotes"),
        languages=ENGLISH_RULES,
    ),
    Stage(
        "claims",
        "article",
        add_claims,
        "compare",
        _article("id", "text", "outlet", "sentences", "times", "quotes"),
        _article("claims"),
        languages=ENGLISH_RULES,
    ),
    Stage(
        "actions",
        "article",
        add_actions,
        "actions",
        _article("id", "text", "mentions", "quotes"),
        _article("actions"),
        languages=ENGLISH_RULES,
    ),
    Stage(
        "duplicates",
        "corpus",
        mark_duplicates,
        "link",
        _article("id", "text", "published"),
        _article("duplicate_of"),
    ),
    Stage(
        "entities",
        "corpus",
        resolve_entities,
        "link",
        _article("id", "text", "outlet", "mentions"),
        ("corpus.entities", "article.mentions.entity", "article.mentions.label"),
    ),
    Stage(
        "events",
        "corpus",
        link_events,
        "link",
        _article(
            "id", "text", "title", "published", "sentences", "lemmas", "mentions", "duplicate_of"
        ),
        ("corpus.events", "article.event", "corpus.windows"),
    ),
    Stage(
        "storylines",
        "corpus",
        link_storylines,
        "link",
        (
            *_article("text", "title", "published", "lemmas", "mentions", "duplicate_of", "event"),
            "corpus.events",
            "corpus.entities",
        ),
        ("corpus.storylines",),
    ),
    Stage(
        "quote_groups",
        "corpus",
        group_quotes,
        "quotes",
        (
            *_article("text", "lemmas", "mentions", "quotes", "event", "mentions.entity"),
            "corpus.entities",
            "corpus.events",
        ),
        ("article.quotes.group", "corpus.statement_vectors"),
    ),
    Stage(
        "contradictions",
        "corpus",
        find_contradictions,
        "compare",
        (
            *_article(
                "id", "text", "outlet", "paragraphs", "published", "quotes", "claims", "event"
            ),
            "corpus.events",
            "corpus.storylines",
        ),
        ("corpus.contradictions",),
    ),
    Stage(
        "action_counts",
        "corpus",
        count_actions,
        "actions",
        (
            *_article("id", "text", "published", "actions", "event"),
            "corpus.entities",
            "corpus.events",
        ),
        ("corpus.actions", "corpus.dyads"),
    ),
)


def check_contracts(stages: Sequence[Stage]) -> None:
    """Raise ValueError naming the first stage that reads what no earlier stage writes."""
    written: dict[str, str] = {}
    for stage in stages:
        missing = [name for name in stage.requires if name not in written]
        if missing:
            raise ValueError(
                f"Stage {stage.name!r} reads {', '.join(missing)}, which no stage before it "
                f"writes ({_writers(missing)})"
            )
        written.update((name, stage.name) for name in stage.assigns)


def _writers(fields: list[str]) -> str:
    names = sorted({s.name for s in STAGES for name in fields if name in s.assigns})
    return f"written by {', '.join(names)}" if names else "written by no stage"


def stages_for(settings: Settings, level: str | None = None) -> list[Stage]:
    """The stages a run with `settings` runs (of one `level`, if given), checked."""
    unknown = sorted(set(settings.skip) - {stage.name for stage in STAGES})
    if unknown:
        known = ", ".join(stage.name for stage in STAGES)
        raise ValueError(f"No stage {', '.join(unknown)} to skip. Stages: {known}")
    active = [stage for stage in STAGES if stage.name not in settings.skip]
    check_contracts(active)
    return [stage for stage in active if level is None or stage.level == level]


def stages_of(section: str) -> list[Stage]:
    """The registered stages of one settings section, in order ("nlp": the annotators)."""
    return [stage for stage in STAGES if stage.section == section]


def as_of(settings: Settings, articles: Iterable[Article]) -> Settings:
    """`settings` with the reference day of `articles` settled (`nlp.reference_date`), so
    that every batch of a round, wherever it runs, reads the round's dates alike."""
    day = reference_day(articles, settings.nlp.reference_date)
    settled = dataclasses.replace(settings.nlp, reference_date=day.isoformat() if day else None)
    return dataclasses.replace(settings, nlp=settled)


def read_documents(
    paths: Sequence[str | Path], settings: Settings
) -> Iterable[RawDocument | Skipped]:
    """Every input record under `paths`, or a Skipped line for what cannot be read."""
    return read_inputs(paths, max_bytes=settings.max_bytes)


def clean_batch(raws: list[RawDocument], settings: Settings) -> list[Article]:
    """Clean one batch of documents (pure: runs anywhere)."""
    (clean,) = stages_for(settings, "document")
    return [clean.run(raw, settings.clean) for raw in raws]


def strip_boilerplate(
    articles: list[Article],
    settings: Settings,
    seen: Mapping[str, list[list[str]]] | None = None,
) -> list[Article]:
    """Remove lines that recur across many articles of one outlet (unless skipped); `seen`:
    {outlet pool: paragraph texts of each of its earlier articles}."""
    for stage in stages_for(settings, "round"):
        articles = stage.run(articles, settings.clean, seen)
    return articles


def as_cleaned(article: Article) -> Article:
    """A stored article with only what the cleaning stages wrote: ready to annotate again."""
    names = {
        name.removeprefix("article.")
        for stage in STAGES
        if stage.level in ("document", "round")
        for name in stage.assigns
    }
    return Article(**{name: getattr(article, name) for name in names})


def annotate_batch(articles: list[Article], settings: Settings) -> list[Article]:
    """Run each language's spaCy pipeline once over the batch's articles in that language,
    then the article stages that run on that language; `Article.stages` records which."""
    stages = stages_for(settings, "article")
    if not stages:
        return articles  # every article stage skipped: no spaCy pass either
    by_language: dict[str, list[Article]] = {}
    for article in articles:
        by_language.setdefault(article_language(article), []).append(article)
    for language, group in by_language.items():
        nlp = pipeline_for(language, settings)
        texts = (article.text for article in group)
        for article, doc in zip(group, parse(nlp, texts, batch_size=32), strict=True):
            article.stages = []
            for stage in stages:
                if stage.runs_on(language, doc):
                    stage.run(article, doc, settings)
                    article.stages.append(stage.name)
    return articles


def link_corpus(
    corpus: Corpus,
    settings: Settings,
    on_stage_done: Callable[[str], None] | None = None,
    runs: Mapping[str, Callable[[Corpus, Settings], None]] | None = None,
) -> Corpus:
    """Run every corpus stage in order; `on_stage_done(name)` is told after each.  `runs`
    may run a stage another way, by name, with the same result (Spark's link stages)."""
    for stage in stages_for(settings, "corpus"):
        (runs or {}).get(stage.name, stage.run)(corpus, settings)
        if on_stage_done:
            on_stage_done(stage.name)
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
