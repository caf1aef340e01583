"""Briefs: what happened, who said what, where sources disagree and who did what to whom.

A brief reads the linked corpus only; it invents nothing.  Storylines hold their events
in date order; each event shows its dates, its extractive summary, its most carried
quotes, its contradictions and its actions, and every line cites the numbered sources it
comes from.  A timeline of events and the relations between countries close it, then the
sources: outlet, headline, date and where each article was read.  The same `Brief`
renders as Markdown (`brief.md.j2`) and HTML (`brief.html.j2`, escaped).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from wirewatch.model import Action, Article, Contradiction, Corpus, Event, Quote
from wirewatch.nlp.countries import country_name

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATES = Path(__file__).with_name("templates")
MAX_QUOTES = 4  # per event: the most widely carried statements
MAX_QUOTE_CHARS = 300
# What Markdown (or HTML inside it) could read as markup: backslash-escaped, every
# ASCII punctuation mark may be (CommonMark), it shows as itself.
_MARKDOWN_ACTIVE = re.compile(r"([\\`*_\[\]<>|#!&~])")


@dataclass
class Source:
    number: int
    article: str
    outlet: str | None
    title: str | None
    date: str | None
    location: str


@dataclass
class Cited:
    """A line of the brief and the numbers of the sources it comes from."""

    text: str
    sources: list[int]
    who: str | None = None


@dataclass
class EventBrief:
    id: str
    title: str
    dates: str
    reports: int
    summary: list[Cited] = field(default_factory=list)
    quotes: list[Cited] = field(default_factory=list)
    disagreements: list[tuple[str, list[Cited]]] = field(default_factory=list)
    actions: list[Cited] = field(default_factory=list)
    start: str | None = None
    end: str | None = None


@dataclass
class StorylineBrief:
    title: str
    events: list[EventBrief]
    id: str | None = None


@dataclass
class Relation:
    pair: str
    actions: int
    score: float
    days: str
    codes: list[str] = field(default_factory=list)


@dataclass
class Brief:
    articles: int
    storylines: list[StorylineBrief]
    timeline: list[EventBrief]
    relations: list[Relation]
    sources: list[Source]


def dates_of(event: Event) -> str:
    if event.date is None or not event.date.start:
        return "date unknown"
    start, end = event.date.start, event.date.end or event.date.start
    return start if start == end else f"{start} to {end}"


def sources_of(corpus: Corpus) -> dict[str, Source]:
    """Every article, numbered in publication order (undated last)."""
    ordered = sorted(
        corpus.articles,
        key=lambda a: ((a.published.start if a.published else None) or "\uffff", a.id),
    )
    return {
        article.id: Source(
            number,
            article.id,
            article.outlet,
            article.title,
            article.published.start if article.published else None,
            article.url or article.source,
        )
        for number, article in enumerate(ordered, start=1)
    }


def event_quotes(articles: list[Article], numbers: dict[str, Source]) -> list[Cited]:
    """The event's quotes with a speaker, one per statement group, most carried first."""
    by_group: dict[str, list[Quote]] = {}
    for article in articles:
        for quote in article.quotes:
            if quote.speaker_name and quote.kind != "indirect":
                by_group.setdefault(quote.group or quote.id, []).append(quote)
    texts = {article.id: article.text for article in articles}
    ranked = sorted(by_group.values(), key=lambda qs: (-len({q.article for q in qs}), qs[0].id))
    cited = []
    for quotes in ranked[:MAX_QUOTES]:
        first = quotes[0]
        words = texts[first.article][first.start : first.end]
        if len(words) > MAX_QUOTE_CHARS:
            words = words[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0] + " ..."
        sources = sorted({numbers[q.article].number for q in quotes})
        cited.append(Cited(words, sources, who=first.speaker_name))
    return cited


@dataclass
class ByEvent:
    """The corpus's articles, contradictions and actions grouped by event, built once: a
    brief of a large corpus must not scan it once per event."""

    articles: dict[str, list[Article]] = field(default_factory=dict)
    contradictions: dict[str, list[Contradiction]] = field(default_factory=dict)
    actions: dict[str, list[Action]] = field(default_factory=dict)

    @classmethod
    def of(cls, corpus: Corpus) -> ByEvent:
        grouped = cls()
        for article in corpus.articles:
            grouped.articles.setdefault(article.event or "", []).append(article)
        for contradiction in corpus.contradictions:
            grouped.contradictions.setdefault(contradiction.event or "", []).append(contradiction)
        for action in corpus.actions:
            grouped.actions.setdefault(action.event or "", []).append(action)
        return grouped


def describe_event(event: Event, numbers: dict[str, Source], grouped: ByEvent) -> EventBrief:
    articles = grouped.articles.get(event.id, [])
    brief = EventBrief(event.id, event.title, dates_of(event), len(articles))
    if event.date is not None:
        brief.start, brief.end = event.date.start, event.date.end
    brief.summary = [
        Cited(s.text, sorted(numbers[a].number for a in s.articles if a in numbers))
        for s in event.summary
    ]
    brief.quotes = event_quotes(articles, numbers)
    for contradiction in grouped.contradictions.get(event.id, []):
        claims = [
            Cited(claim.text or claim.value, [numbers[claim.article].number], who=claim.value)
            for claim in contradiction.claims
            if claim.article in numbers
        ]
        brief.disagreements.append((contradiction.subject, claims))
    for action in grouped.actions.get(event.id, []):
        # the side, not the country: an international body such as the UN has no country
        sides = f"{action.source.name} ({action.source.side}) {action.type} "
        sides += f"{action.target.name} ({action.target.side})"
        brief.actions.append(Cited(sides, sorted(numbers[a].number for a in action.articles)))
    return brief


def relations_of(corpus: Corpus) -> list[Relation]:
    relations = []
    for dyad in corpus.dyads:
        days = [point.date for point in dyad.points if point.date]
        span = f"{min(days)} to {max(days)}" if days else "undated"
        names = " - ".join(country_name(code) or code for code in dyad.pair)
        count = sum(len(point.actions) for point in dyad.points)
        score = sum(point.score for point in dyad.points)
        relations.append(Relation(names, count, score, span, list(dyad.pair)))
    return sorted(relations, key=lambda r: (-r.actions, r.pair))


def build_brief(corpus: Corpus) -> Brief:
    """The brief of a linked corpus: storylines, events, timeline, relations, sources."""
    numbers = sources_of(corpus)
    grouped = ByEvent.of(corpus)
    events = {e.id: describe_event(e, numbers, grouped) for e in corpus.events}
    by_date = sorted(corpus.events, key=lambda e: (e.date.start if e.date else "") or "\uffff")
    storylines = [
        StorylineBrief(s.title, [events[e] for e in s.events if e in events], s.id)
        for s in corpus.storylines
    ]
    loose = [events[e.id] for e in by_date if e.storyline is None]
    if loose:
        storylines.append(StorylineBrief("Other events", loose))
    return Brief(
        articles=len(corpus.articles),
        storylines=storylines,
        timeline=[events[e.id] for e in by_date],
        relations=relations_of(corpus),
        sources=sorted(numbers.values(), key=lambda s: s.number),
    )


def markdown_text(text: object) -> str:
    """Scraped text made inert in Markdown: `<script>` shows as text, `[x](y)` links nothing."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", str(text))


@lru_cache(maxsize=2)
def environment(autoescape: bool) -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_text
    return env


# Brief formats: template and whether it escapes the articles' text.
FORMATS = {"markdown": ("brief.md.j2", False), "html": ("brief.html.j2", True)}


def render_brief(brief: Brief, format: str, home: str | None = None) -> str:
    """A built brief in one of `FORMATS`: build once, render as often as needed.

    HTML carries its charts, with plotly.js inlined so the file works offline; with
    `home` (the web app's address) it links back there and loads plotly.js from it."""
    template, escaped = FORMATS[format]
    drawn = brief_charts(brief, inline_js=home is None) if format == "html" else {}
    return environment(escaped).get_template(template).render(
        brief=brief, home=home, charts=drawn
    )


def brief_charts(brief: Brief, inline_js: bool) -> dict[str, Markup]:
    """The brief's charts: articles per day by outlet, and the events on a timeline."""
    from wirewatch.report import charts

    drawn = {
        "volume": charts.volume((s.outlet, s.date) for s in brief.sources),
        "timeline": charts.timeline((e.title, e.start, e.end) for e in brief.timeline),
    }
    kept = {name: chart for name, chart in drawn.items() if chart is not None}
    if inline_js and kept:
        kept = {"plotly": Markup(f"<script>{charts.plotly_js()}</script>"), **kept}
    return kept


def render_markdown(corpus: Corpus) -> str:
    return render_brief(build_brief(corpus), "markdown")


def render_html(corpus: Corpus) -> str:
    return render_brief(build_brief(corpus), "html")
