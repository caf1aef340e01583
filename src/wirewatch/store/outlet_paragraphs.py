"""The SQL of the outlet paragraphs table (schema in `migrations.create_outlet_paragraphs`).

Rows are written before their article is stored (an article is stripped with what its outlet
already holds); only the rows of stored articles are read back, so the rows of an input whose
run was killed before it was stored count for nothing until it is fed again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

# (text, heading) of one paragraph, in the article's order.
ParagraphRow = tuple[str, bool]
# article id, pool key, its paragraphs
PooledArticle = tuple[str, str, list[ParagraphRow]]

DELETE_ARTICLE = "DELETE FROM outlet_paragraphs WHERE article = ?"
INSERT = """INSERT INTO outlet_paragraphs (article, position, pool, text, heading)
            VALUES (?, ?, ?, ?, ?)"""
OF_STORED_IN_POOLS = """
    SELECT outlet_paragraphs.pool, outlet_paragraphs.article, outlet_paragraphs.text,
           outlet_paragraphs.heading
    FROM outlet_paragraphs JOIN articles ON articles.id = outlet_paragraphs.article
    WHERE outlet_paragraphs.pool IN (SELECT value FROM json_each(?))
    ORDER BY outlet_paragraphs.pool, outlet_paragraphs.article, outlet_paragraphs.position"""
TEXTS = """SELECT id, json_extract(record, '$.text') FROM articles
           WHERE id IN (SELECT value FROM json_each(?))"""


def record(db: sqlite3.Connection, pooled: Iterable[PooledArticle]) -> None:
    """Replace the rows of each article (a re-processed input replaces its old paragraphs)."""
    for article_id, pool, paragraphs in pooled:
        db.execute(DELETE_ARTICLE, (article_id,))
        db.executemany(
            INSERT,
            [
                (article_id, position, pool, text, int(heading))
                for position, (text, heading) in enumerate(paragraphs)
            ],
        )


def of_stored(
    db: sqlite3.Connection, pools: Iterable[str]
) -> dict[str, dict[str, list[ParagraphRow]]]:
    """{pool: {article id: paragraphs}} for the stored articles of `pools`."""
    found: dict[str, dict[str, list[ParagraphRow]]] = {}
    for pool, article_id, text, heading in db.execute(
        OF_STORED_IN_POOLS, (json.dumps(sorted(pools)),)
    ):
        found.setdefault(pool, {}).setdefault(article_id, []).append((text, bool(heading)))
    return found


def article_texts(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """{id: stored text} of the stored articles among `ids`, without reading whole records."""
    return dict(db.execute(TEXTS, (json.dumps(sorted(ids)),)).fetchall())
