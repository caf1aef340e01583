"""The demo corpus's hand annotation must describe the files as they are."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((EXAMPLES / "demo.gold.json").read_text(encoding="utf-8"))


def visible_text(page: str) -> str:
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    body = re.sub(r"<head>.*?</head>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", body)) + "\n" + (title.group(1) if title else "")


@pytest.fixture(scope="module")
def raw_texts() -> dict[str, str]:
    texts = {}
    for path in (EXAMPLES / "demo").iterdir():
        if path.suffix == ".txt":
            texts[path.stem] = path.read_text(encoding="utf-8")
        elif path.suffix == ".html":
            texts[path.stem] = visible_text(path.read_text(encoding="utf-8"))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                texts[record["id"]] = record["title"] + "\n" + record["text"]
    return texts


def test_demo_gold_names_every_article_once(gold, raw_texts):
    assert set(gold["articles"]) == set(raw_texts)
    in_events = [article for event in gold["events"] for article in event["articles"]]
    assert sorted(in_events) == sorted(raw_texts)


def test_demo_gold_snippets_occur_in_the_raw_files(gold, raw_texts, scorer):
    missing = []
    for article, annotation in gold["articles"].items():
        text = scorer.fold(raw_texts[article])
        snippets = [
            *annotation.get("junk", []),
            *annotation.get("body", []),
            *annotation["authors"],
        ]
        snippets += [annotation[key] for key in ("title", "dateline") if annotation.get(key)]
        missing += [(article, s) for s in snippets if scorer.fold(s) not in text]
        missing += [
            (article, s) for s in annotation.get("once", []) if text.count(scorer.fold(s)) < 2
        ]
    for quote in gold["quotes"] + gold["not_quotes"]:
        if scorer.fold(quote["text"]) not in scorer.fold(raw_texts[quote["article"]]):
            missing.append((quote["article"], quote["text"]))
    assert missing == []


def test_demo_gold_groups_and_claims_are_consistent(gold, raw_texts, scorer):
    quote_ids = {quote["id"] for quote in gold["quotes"]}
    assert len(quote_ids) == len(gold["quotes"])
    assert all(set(group["quotes"]) <= quote_ids for group in gold["quote_groups"])
    for contradiction in gold["contradictions"]:
        for claim in contradiction["claims"]:
            assert scorer.numbers(claim["value"]) & scorer.numbers(raw_texts[claim["article"]])
