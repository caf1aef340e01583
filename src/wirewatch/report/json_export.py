"""The JSON export: a corpus as the contract `wirewatch.analysis/1` describes it.

Lists come out in a fixed order (by id; quotes by article then position) so two
exports of the same corpus are identical. Text an item points at is read from
its article by span, so what is shown is what the offsets say.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any, TextIO

from wirewatch.model import (
    Action,
    Article,
    ClaimRef,
    Contradiction,
    Corpus,
    Entity,
    Event,
    Quote,
    Ref,
    to_dict,
)

SCHEMA = "wirewatch.analysis/1"


class _Texts:
    """The clean texts of a corpus, to read spans from."""

    def __init__(self, corpus: Corpus):
        self._by_article = {article.id: article.text for article in corpus.articles}

    def span(self, article: str, start: int | None, end: int | None) -> str:
        if start is None or end is None:
            return ""
        return self._by_article.get(article, "")[start:end]


def _without_nulls(record: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    # The contract types these as plain integers/strings: absent beats null.
    return {key: value for key, value in record.items() if key not in keys or value is not None}


def _ref(ref: Ref, texts: _Texts) -> dict[str, Any]:
    return {**to_dict(ref), "text": ref.text or texts.span(ref.article, ref.start, ref.end)}


def _article(article: Article) -> dict[str, Any]:
    record = to_dict(article)
    del record["quotes"]  # exported once, in the top-level "quotes"
    del record["lemmas"]  # what the corpus stages compare words by, not an analysis
    record["quote_ids"] = [quote.id for quote in article.quotes]
    return record


def _event(event: Event, texts: _Texts) -> dict[str, Any]:
    record = to_dict(event)
    for sentence, exported in zip(event.summary, record["summary"], strict=True):
        exported["refs"] = [_ref(ref, texts) for ref in sentence.refs]
    return record


def _entity(entity: Entity, texts: _Texts) -> dict[str, Any]:
    return {**to_dict(entity), "mentions": [_ref(ref, texts) for ref in entity.mentions]}


def _quote(quote: Quote, texts: _Texts, names: dict[str, str]) -> dict[str, Any]:
    """A quote with its words read from the text, and its speaker's canonical name if resolved."""
    speaker = {
        "entity": quote.speaker_entity,
        "name": names.get(quote.speaker_entity or "", quote.speaker_name),
        "mention": quote.speaker_name,
        "start": quote.speaker_start,
        "end": quote.speaker_end,
    }
    return {
        "id": quote.id,
        "article": quote.article,
        "text": texts.span(quote.article, quote.start, quote.end),
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "speaker": speaker,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "group": quote.group,
    }


def _claim(claim: ClaimRef, texts: _Texts) -> dict[str, Any]:
    record = {
        **to_dict(claim),
        "text": claim.text or texts.span(claim.article, claim.start, claim.end),
    }
    return _without_nulls(record, ("start", "end"))


def _contradiction(contradiction: Contradiction, texts: _Texts) -> dict[str, Any]:
    claims = [_claim(claim, texts) for claim in contradiction.claims]
    return {**to_dict(contradiction), "claims": claims}


def _is_disagreement(contradiction: Contradiction) -> bool:
    # The contract needs two claims at least; one claim disagrees with nothing.
    return len(contradiction.claims) >= 2


def _by_id(item: Any) -> str:
    return item.id


def _action(action: Action, texts: _Texts) -> dict[str, Any]:
    return {**to_dict(action), "evidence": [_ref(ref, texts) for ref in action.evidence]}


def export_sections(
    corpus: Corpus, generated_at: str | None = None
) -> Iterator[tuple[str, Any]]:
    """(key, value) of a `wirewatch.analysis/1` document in order; each list is a generator,
    so a writer can stream it item by item."""
    texts = _Texts(corpus)
    names = {entity.id: entity.name for entity in corpus.entities}
    articles = sorted(corpus.articles, key=lambda article: article.id)
    quotes = (
        quote
        for article in articles
        for quote in sorted(article.quotes, key=lambda q: (q.start, q.end, q.id))
    )
    yield "schema", SCHEMA
    if generated_at is not None:
        yield "generated_at", generated_at
    yield "articles", (_article(article) for article in articles)
    yield "events", (_event(event, texts) for event in sorted(corpus.events, key=_by_id))
    yield "storylines", (to_dict(line) for line in sorted(corpus.storylines, key=_by_id))
    yield "entities", (_entity(entity, texts) for entity in sorted(corpus.entities, key=_by_id))
    yield "quotes", (_quote(quote, texts, names) for quote in quotes)
    yield "contradictions", (
        _contradiction(contradiction, texts)
        for contradiction in sorted(corpus.contradictions, key=_by_id)
        if _is_disagreement(contradiction)
    )
    yield "actions", (_action(action, texts) for action in sorted(corpus.actions, key=_by_id))
    yield "dyads", (to_dict(dyad) for dyad in sorted(corpus.dyads, key=lambda dyad: dyad.pair))


def export_json(corpus: Corpus, generated_at: str | None = None) -> dict[str, Any]:
    """The corpus as a `wirewatch.analysis/1` document (plain dicts and lists)."""
    return {
        key: value if isinstance(value, str) else list(value)
        for key, value in export_sections(corpus, generated_at)
    }


def write_json(corpus: Corpus, out: TextIO, generated_at: str | None = None) -> None:
    """The export written to `out` as it is encoded, one list item a line: memory holds one
    item's JSON at a time, and each line is encoded by the json module's C encoder (an
    indented dump runs its pure-Python one)."""
    out.write("{")
    for number, (key, value) in enumerate(export_sections(corpus, generated_at)):
        out.write(f'{"," if number else ""}\n  {_encode(key)}: ')
        if isinstance(value, str):
            out.write(_encode(value))
            continue
        out.write("[")
        written = 0
        for written, item in enumerate(value, start=1):
            out.write(f'{"," if written > 1 else ""}\n    {_encode(item)}')
        out.write("\n  ]" if written else "]")
    out.write("\n}\n")


def _encode(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_json(corpus: Corpus, generated_at: str | None = None) -> str:
    """The export serialised as `write_json` writes it (non-ASCII kept as is)."""
    out = io.StringIO()
    write_json(corpus, out, generated_at)
    return out.getvalue()
