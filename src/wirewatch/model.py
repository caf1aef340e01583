"""The data model: what flows from one stage to the next.

Every annotation is a span `(start, end)` of character offsets into its
article's clean `Article.text`; the words themselves are read back from the
text (`Article.span_text`), so provenance comes free.  Corpus-level items
(events, entities, quote groups, contradictions, actions) refer to articles
by id and to sentences by `Ref`.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, TypeVar

# ---------------------------------------------------------------- shared parts


@dataclass
class DateRange:
    """A day or a window of days (ISO `YYYY-MM-DD`); start == end when exact.

    `basis` says how it was found: metadata, html, text, relative, inferred.
    """

    start: str | None
    end: str | None
    basis: str = "text"

    @property
    def exact(self) -> bool:
        return self.start is not None and self.start == self.end


@dataclass
class Ref:
    """A pointer to a stretch of one article's clean text."""

    article: str
    start: int
    end: int
    text: str = ""


@dataclass
class Party:
    """An actor of an action: an entity where resolved, with its country code."""

    entity: str | None = None
    name: str | None = None
    country: str | None = None
    code: str | None = None  # an organisation's own code ("AU", "HEZBOLLAH"), else None
    sector: str | None = None  # PLOVER/CAMEO sector: GOV, MIL, REB, IGO, ...

    @property
    def side(self) -> str | None:
        """What the side is counted as: its country, else the organisation's code."""
        return self.country or self.code


# ---------------------------------------------------------------- ingest


@dataclass
class RawDocument:
    """One input record before cleaning, as read from disk.

    `content` is plain text when `format == "text"`, markup when "html".
    Metadata fields are None when the input does not give them.
    """

    id: str
    source: str
    content: str
    format: str = "text"
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(f"{self.format}\0{self.content}".encode()).hexdigest()


# ---------------------------------------------------------------- article and its annotations


@dataclass
class Removal:
    """A piece of the input that cleaning took out, and the rule that did it; `start`/`end`
    locate it in the input as read, where the rule knows them (markup taken out of text)."""

    text: str
    reason: str
    start: int | None = None
    end: int | None = None


@dataclass
class Paragraph:
    start: int
    end: int
    heading: bool = False


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Mention:
    """A named-entity mention (spaCy label) and, once resolved, its entity id."""

    start: int
    end: int
    label: str
    entity: str | None = None
    country: str | None = None


@dataclass
class TimeExpression:
    """A date or relative time in the text, resolved to a window where possible."""

    start: int
    end: int
    value: DateRange | None = None
    flag: str | None = None  # why it could not be trusted: "impossible", "future", ...


@dataclass
class Amount:
    """A number with its unit, normalised ("1,300-kilometre" -> 1300.0 km)."""

    start: int
    end: int
    value: float
    unit: str | None = None
    approximate: bool = False


@dataclass
class Quote:
    """Words attributed to a speaker; `start:end` covers the words without the marks."""

    id: str
    article: str
    start: int
    end: int
    kind: str  # direct | partial | indirect
    speaker_name: str | None = None
    speaker_entity: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    group: str | None = None


@dataclass
class Claim:
    """A checkable fact stated in one sentence: an amount, a date or an attribution."""

    article: str
    start: int
    end: int
    kind: str  # amount | date | count | attribution
    subject: str
    value: str
    number: float | None = None
    unit: str | None = None
    approximate: bool = False
    sentence_start: int | None = None
    sentence_end: int | None = None
    # What alignment compares (see compare/claims.py): the dimension ("count", "money",
    # "duration", "clock", "date", ...), the values the number can stand for (None: open),
    # the counted or measured thing, the verb it is the object or extent of, the named
    # parties of its clause, and the content words of its sentence.
    dimension: str | None = None
    low: float | None = None
    high: float | None = None
    thing: str = ""
    thing_words: list[str] = field(default_factory=list)  # the thing with its compound nouns
    predicate: str = ""
    parties: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    part: bool = False  # "three of the seven bullets": a part of a total stated beside it
    running: bool = False  # "eight days of riots": a happening's span so far, growing daily
    period: str = ""  # the dates the figure is stated for ("2.9% in October"), ISO interval


@dataclass
class Actor:
    """One side of a coded action as written: the words, their span, and a country if known."""

    name: str
    start: int
    end: int
    country: str | None = None
    code: str | None = None  # an organisation acting as itself ("SADC"), see nlp.organisations
    sector: str | None = None

    @property
    def side(self) -> str | None:
        return self.country or self.code


@dataclass
class ActionMention:
    """A political action told in one sentence: `source` did `type` to `target`.

    `start:end` is the sentence, `trigger_start:trigger_end` the words that name the action.
    """

    article: str
    start: int
    end: int
    type: str  # a PLOVER event type: AGREE, CONSULT, ... ASSAULT
    trigger_start: int
    trigger_end: int
    source: Actor
    target: Actor | None = None  # None: the sentence names nobody it is done to
    mode: str | None = None  # the PLOVER mode where the codebook has one ("arrest", "visit")


@dataclass
class Article:
    """A cleaned article: body text, metadata and every annotation made on it."""

    id: str
    source: str
    text: str
    content_hash: str = ""
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    published: DateRange | None = None
    language: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # spaCy's lemma of each word form that differs from it (nlp.words): kept, not exported
    lemmas: dict[str, str] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    actions: list[ActionMention] = field(default_factory=list)
    duplicate_of: str | None = None
    event: str | None = None
    stages: list[str] = field(default_factory=list)  # the article stages that ran on it

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def ref(self, start: int, end: int) -> Ref:
        return Ref(self.id, start, end, self.text[start:end])

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding character `offset`, if sentences are known."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


# ---------------------------------------------------------------- corpus level


@dataclass
class Entity:
    """One real-world actor across the corpus, with every mention of it."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)
    country: str | None = None
    mentions: list[Ref] = field(default_factory=list)


@dataclass
class SummarySentence:
    text: str
    articles: list[str]
    refs: list[Ref] = field(default_factory=list)


@dataclass
class Event:
    """One real-world happening, reported by one or more articles."""

    id: str
    title: str
    articles: list[str]
    first_article: str | None = None
    date: DateRange | None = None
    storyline: str | None = None
    summary: list[SummarySentence] = field(default_factory=list)


@dataclass
class Storyline:
    """A chain of related events over time."""

    id: str
    title: str
    events: list[str]


@dataclass
class ClaimRef:
    """One side of a disagreement: the value as written, its span and its sentence."""

    article: str
    value: str
    text: str = ""  # the sentence
    start: int | None = None
    end: int | None = None
    outlet: str | None = None
    sentence_start: int | None = None
    sentence_end: int | None = None
    published: str | None = None
    dimension: str | None = None
    unit: str | None = None
    interval: list[float | None] | None = None  # [low, high]; None: open on that side


@dataclass
class Contradiction:
    """Articles that disagree on one fact."""

    id: str
    subject: str
    claims: list[ClaimRef]
    event: str | None = None
    kind: str = "amount"  # amount | count | date | clock | revision | attribution


@dataclass
class Action:
    """A coded political action (PLOVER type), counted once per happening."""

    id: str
    source: Party
    target: Party
    type: str
    articles: list[str]
    event: str | None = None
    mode: str | None = None
    date: DateRange | None = None
    evidence: list[Ref] = field(default_factory=list)
    intensity: float | None = None  # conflict (-10) ... cooperation (+10), from type and mode


@dataclass
class DyadPoint:
    date: str | None
    actions: list[str]
    score: float = 0.0


@dataclass
class Dyad:
    pair: list[str]
    points: list[DyadPoint] = field(default_factory=list)


@dataclass
class ArticleWindow:
    """An article's happening window as the corpus stages last computed it, kept in the
    store so a later run need not read the article's time cues again.

    It holds while the article is unchanged (`key`) and the reference day is `as_of`;
    a window anchored on a trusted publication date holds for any reference day from
    `trusted_from` on."""

    key: str
    window: DateRange | None
    as_of: str | None = None
    trusted_from: str | None = None


@dataclass
class Corpus:
    """Everything known about a set of articles; corpus stages fill their parts.

    `windows` (article id -> ArticleWindow) is a cache the store keeps, not a result."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    storylines: list[Storyline] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    dyads: list[Dyad] = field(default_factory=list)
    windows: dict[str, ArticleWindow] = field(default_factory=dict)
    # Sentence embeddings of quoted statements (float32 bytes by `quotes.meaning.statement_key`),
    # kept by the store so that a re-run does not embed a statement twice; not exported.
    statement_vectors: dict[str, bytes] = field(default_factory=dict)

    @property
    def quotes(self) -> list[Quote]:
        return [quote for article in self.articles for quote in article.quotes]

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f"No article {article_id!r} in the corpus")


# ---------------------------------------------------------------- (de)serialisation

Model = TypeVar("Model")


def to_dict(item: Any) -> dict[str, Any]:
    """A dataclass as plain JSON-ready dicts and lists."""
    return dataclasses.asdict(item)


def from_dict(cls: type[Model], record: dict[str, Any]) -> Model:
    """Rebuild a dataclass (and the dataclasses nested in it) from `to_dict` output."""
    hints = _type_hints(cls)
    kwargs = {
        f.name: _revive(hints[f.name], record[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in record
    }
    return cls(**kwargs)


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    # Resolving string annotations is slow; loading a corpus asks thousands of times.
    return typing.get_type_hints(cls)


def _revive(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _revive(options[0], value) if len(options) == 1 else value
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        return [_revive(item_hint, item) for item in value]
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return from_dict(hint, value)  # type: ignore[arg-type]
    return value


@dataclass
class Skipped:
    """An input that could not be read, and why (one line for the user)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
