"""What the English rules leave on articles in other languages, and whether those articles
are still linked: per language, from an export of `wirewatch analyze`.

    .venv/bin/wirewatch analyze STREAM.jsonl --out OUT --fresh
    .venv/bin/python bench/bench_languages.py OUT/analysis.json

The figures of BENCHMARKS.md come from the first 500 articles of the EpiMine stream
(`head -500 ../shared/benchmarks/clustering/epimine/stream.jsonl`).  English-rule
annotations: quotes, claims, coded actions, contradictions citing the article, and role
words (descriptors such as "Kremlin spokesman" of entities named only in such articles).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def english_rule_counts(export: dict[str, Any]) -> dict[str, Counter[str]]:
    """Per article id: how many quotes, claims, actions, contradictions, role words."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for quote in export["quotes"]:
        found[quote["article"]]["quotes"] += 1
    for article in export["articles"]:
        found[article["id"]]["claims"] += len(article.get("claims", []))
        found[article["id"]]["actions"] += len(article.get("actions", []))
    for contradiction in export["contradictions"]:
        for claim in contradiction["claims"]:
            found[claim["article"]]["contradictions"] += 1
    for entity in export["entities"]:
        articles = {ref["article"] for ref in entity["mentions"]}
        if len(articles) == 1 and entity.get("descriptors"):
            found[articles.pop()]["role words"] += len(entity["descriptors"])
    return found


def by_language(export: dict[str, Any]) -> dict[str, Counter[str]]:
    rules = english_rule_counts(export)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for article in export["articles"]:
        row = table[article.get("language") or "?"]
        row["articles"] += 1
        row["in an event"] += article.get("event") is not None
        row["with names"] += bool(article.get("mentions"))
        row.update(rules.get(article["id"], Counter()))
    return table


COLUMNS = ("articles", "in an event", "with names", "quotes", "claims", "actions",
           "contradictions", "role words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analysis", type=Path)
    args = parser.parse_args()
    table = by_language(json.loads(args.analysis.read_text(encoding="utf-8")))
    print("| language | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    others: Counter[str] = Counter()
    for language, row in sorted(table.items(), key=lambda item: -item[1]["articles"]):
        print(f"| {language} | " + " | ".join(str(row[c]) for c in COLUMNS) + " |")
        if language != "en":
            others.update(row)
    print("| **not English** | " + " | ".join(str(others[c]) for c in COLUMNS) + " |")


if __name__ == "__main__":
    main()
