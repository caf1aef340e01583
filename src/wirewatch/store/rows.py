"""Rows of the store's tables: what each column holds, made from the model's objects.

The SQL that writes them is here too, beside the rows it takes; `store.py` runs it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wirewatch.model import (
    Action,
    Article,
    ArticleWindow,
    Contradiction,
    DateRange,
    Dyad,
    Entity,
    Event,
    Quote,
    Storyline,
    to_dict,
)


@dataclass
class ResultTable:
    """A corpus-level list (`Corpus.<name>`) stored as one row per item."""

    name: str
    kind: type
    columns: Callable[[Any], dict[str, Any]]


def date_columns(date: DateRange | None) -> dict[str, str | None]:
    return {"date_start": date and date.start, "date_end": date and date.end}


RESULT_TABLES = (
    ResultTable("events", Event, lambda event: {
        "id": event.id, "title": event.title, "storyline": event.storyline,
        "first_article": event.first_article, **date_columns(event.date)}),
    ResultTable("storylines", Storyline, lambda storyline: {
        "id": storyline.id, "title": storyline.title}),
    ResultTable("entities", Entity, lambda entity: {
        "id": entity.id, "name": entity.name, "type": entity.type, "country": entity.country}),
    ResultTable("contradictions", Contradiction, lambda contradiction: {
        "id": contradiction.id, "event": contradiction.event,
        "subject": contradiction.subject, "kind": contradiction.kind}),
    ResultTable("actions", Action, lambda action: {
        "id": action.id, "event": action.event, "type": action.type,
        "source_country": action.source.country, "target_country": action.target.country,
        **date_columns(action.date)}),
    ResultTable("dyads", Dyad, lambda dyad: {
        "country_a": dyad.pair[0] if dyad.pair else None,
        "country_b": dyad.pair[1] if len(dyad.pair) > 1 else None}),
)

INSERT_ARTICLE = """
    INSERT INTO articles (id, doc, content_hash, source, url, outlet, title, published_start,
        published_end, language, duplicate_of, event, record, ingested_at)
    VALUES (:id, (SELECT ifnull(max(doc), 0) + 1 FROM articles), :content_hash, :source, :url,
        :outlet, :title, :published_start, :published_end, :language, :duplicate_of, :event,
        :record, :ingested_at)"""

# A NULL :ingested_at keeps the old time: corpus stages update records, they do not ingest.
UPDATE_ARTICLE = """
    UPDATE articles SET content_hash = :content_hash, source = :source, url = :url,
        outlet = :outlet, title = :title, published_start = :published_start,
        published_end = :published_end, language = :language, duplicate_of = :duplicate_of,
        event = :event, record = :record, ingested_at = coalesce(:ingested_at, ingested_at)
    WHERE id = :id"""

LOAD_STATEMENT_VECTORS = "SELECT key, vector FROM statement_vectors"
SAVE_STATEMENT_VECTOR = "INSERT OR IGNORE INTO statement_vectors (key, vector) VALUES (?, ?)"

INSERT_QUOTE = """
    INSERT INTO quotes (id, article, kind, speaker_name, speaker_entity, quote_group, cue, record)
    VALUES (:id, :article, :kind, :speaker_name, :speaker_entity, :group, :cue, :record)"""

COUNTS = {
    "articles": "SELECT count(*) FROM articles",
    "events": "SELECT count(*) FROM events",
    "storylines": "SELECT count(*) FROM storylines",
    "entities": "SELECT count(*) FROM entities",
    "people": "SELECT count(*) FROM entities WHERE type IN ('PERSON', 'PER')",
    "quotes": "SELECT count(*) FROM quotes",
    "contradictions": "SELECT count(*) FROM contradictions",
    "actions": "SELECT count(*) FROM actions",
}


def json_record(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"))


def content_key(article: Article) -> str:
    """The article's content hash; cleaned text's own hash when ingest gave none."""
    return article.content_hash or hashlib.sha256(article.text.encode()).hexdigest()


def article_row(
    article: Article, ingested_at: str | None, record: str | None = None
) -> dict[str, Any]:
    published = article.published
    return {
        "id": article.id, "content_hash": content_key(article), "source": article.source,
        "url": article.url, "outlet": article.outlet, "title": article.title,
        "published_start": published and published.start,
        "published_end": published and published.end,
        "language": article.language, "duplicate_of": article.duplicate_of,
        "event": article.event, "record": record or json_record(article),
        "ingested_at": ingested_at,
    }


def digest(record: str) -> bytes:
    return hashlib.sha1(record.encode()).digest()


INSERT_WINDOW = """
    INSERT OR REPLACE INTO article_windows (article, key, as_of, trusted_from, window_start,
        window_end, window_basis)
    VALUES (:article, :key, :as_of, :trusted_from, :window_start, :window_end, :window_basis)"""


def window_row(article_id: str, kept: ArticleWindow) -> dict[str, Any]:
    window = kept.window
    return {
        "article": article_id, "key": kept.key, "as_of": kept.as_of,
        "trusted_from": kept.trusted_from, "window_start": window and window.start,
        "window_end": window and window.end, "window_basis": window and window.basis,
    }


def kept_window(key: str, as_of: str | None, trusted_from: str | None, start: str | None,
                 end: str | None, basis: str | None) -> ArticleWindow:
    window = DateRange(start, end, basis) if basis is not None else None
    return ArticleWindow(key, window, as_of, trusted_from)


def quote_row(quote: Quote, article_id: str) -> dict[str, Any]:
    return {
        "id": quote.id, "article": article_id, "kind": quote.kind,
        "speaker_name": quote.speaker_name, "speaker_entity": quote.speaker_entity,
        "group": quote.group, "cue": quote.cue, "record": json_record(quote),
    }


@dataclass
class PartTable:
    """Items of a list inside each record (an article's mentions, a disagreement's claims)
    stored one row each under `(owner, position)`, so SQL can reach them."""

    name: str
    owner: str  # the column naming the article or disagreement the item belongs to
    items: Callable[[Any], list[Any]]
    columns: Callable[[Any, Any], dict[str, Any]]  # (item, its owner) -> columns

    def rows(self, owner: Any) -> list[dict[str, Any]]:
        return [
            {self.owner: owner.id, "position": position, **self.columns(item, owner)}
            for position, item in enumerate(self.items(owner))
        ]


def _spanned(item: Any, text: str) -> dict[str, Any]:
    return {"start": item.start, "end": item.end,
            "text": text[item.start : item.end] if item.start is not None else None}


ARTICLE_PARTS = (
    PartTable("mentions", "article", lambda article: article.mentions,
              lambda mention, article: {**_spanned(mention, article.text),
                                        "label": mention.label, "entity": mention.entity,
                                        "country": mention.country}),
    PartTable("removals", "article", lambda article: article.removed,
              lambda removal, _article: {"text": removal.text, "reason": removal.reason,
                                         "start": removal.start, "end": removal.end}),
    PartTable("claims", "article", lambda article: article.claims,
              lambda claim, article: {**_spanned(claim, article.text), "kind": claim.kind,
                                      "subject": claim.subject, "value": claim.value,
                                      "number": claim.number, "unit": claim.unit,
                                      "dimension": claim.dimension}),
)

DISAGREEMENT_CLAIMS = PartTable(
    "disagreement_claims", "disagreement", lambda contradiction: contradiction.claims,
    lambda claim, _contradiction: {"article": claim.article, "outlet": claim.outlet,
                                   "value": claim.value, "text": claim.text,
                                   "start": claim.start, "end": claim.end,
                                   "published": claim.published},
)


def insert_rows(table: str, rows: list[dict[str, Any]]) -> str:
    """The INSERT of `rows` into `table` (names from this module's tables, never from input)."""
    names = list(rows[0])
    quoted = ", ".join(f'"{name}"' for name in names)
    return f"INSERT INTO {table} ({quoted}) VALUES ({', '.join(':' + n for n in names)})"
