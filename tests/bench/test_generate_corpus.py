"""bench/generate_corpus.py: a deterministic, streamed synthetic corpus with gold events."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "generate_corpus.py"
_spec = importlib.util.spec_from_file_location("generate_corpus", SCRIPT)
generate_corpus = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = generate_corpus  # dataclasses look their module up
_spec.loader.exec_module(generate_corpus)
generate_articles = generate_corpus.generate_articles

RECORD_FIELDS = {"id", "url", "outlet", "published", "title", "text"}


def articles_by_event(articles: list[dict]) -> dict[str, list[dict]]:
    events: dict[str, list[dict]] = defaultdict(list)
    for article in articles:
        events[article["event"]].append(article)
    return events


def test_generate_corpus_streams_exactly_n_articles() -> None:
    stream = generate_articles(25, seed=1)
    assert iter(stream) is stream  # a generator, not a list built up front
    assert len(list(stream)) == 25
    assert list(generate_articles(0)) == []


def test_generate_corpus_same_seed_same_corpus() -> None:
    assert list(generate_articles(40, seed=3)) == list(generate_articles(40, seed=3))
    first = [article["text"] for article in generate_articles(40, seed=3)]
    other = [article["text"] for article in generate_articles(40, seed=4)]
    assert first != other


def test_generate_corpus_records_carry_every_field() -> None:
    articles = list(generate_articles(50, seed=2))
    assert len({article["id"] for article in articles}) == 50
    for article in articles:
        assert set(article) == RECORD_FIELDS | {"event"}
        assert article["title"] and "\n" not in article["title"]
        assert f"({article['outlet']}) — " in article["text"]
        date.fromisoformat(article["published"])


def test_generate_corpus_events_have_two_to_ten_reports() -> None:
    events = articles_by_event(list(generate_articles(600, seed=5)))
    sizes = [len(reports) for reports in events.values()]
    assert max(sizes) <= 10
    # only events still open when the corpus ends may be cut short
    assert sum(size < 2 for size in sizes) <= generate_corpus.OPEN_EVENTS
    assert 600 / 10 < len(events) < 600 / 2


def test_generate_corpus_reports_of_one_event_agree_on_time_and_place() -> None:
    events = articles_by_event(list(generate_articles(300, seed=6)))
    for reports in events.values():
        days = [date.fromisoformat(report["published"]) for report in reports]
        assert (max(days) - min(days)).days <= 2
        datelines = {report["text"].split(" (", 1)[0] for report in reports}
        assert len(datelines) == 1


def test_generate_corpus_dates_cover_a_year() -> None:
    days = [date.fromisoformat(a["published"]) for a in generate_articles(800, seed=7)]
    assert (max(days) - min(days)).days >= 330  # the last events open a few weeks before the end
    assert days[0] <= days[len(days) // 2] <= days[-1]


def test_generate_corpus_cli_writes_jsonl_and_gold(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.json"
    generate_corpus.main(["30", "--out", str(tmp_path / "corpus"), "--seed", "9",
                          "--gold", str(gold_path)])
    lines = (tmp_path / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 30
    assert all(set(record) == RECORD_FIELDS for record in records)  # no gold leaks into inputs
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gold_ids = [aid for event in gold["events"] for aid in event["articles"]]
    assert sorted(gold_ids) == sorted(record["id"] for record in records)
    expected = articles_by_event(list(generate_articles(30, seed=9)))
    assert {e["id"]: e["articles"] for e in gold["events"]} == {
        event: [a["id"] for a in reports] for event, reports in expected.items()}


def test_generate_corpus_cli_writes_txt_with_sidecars(tmp_path: Path) -> None:
    generate_corpus.main(["4", "--out", str(tmp_path), "--format", "txt", "--seed", "2"])
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == 4
    for text_path in texts:
        sidecar = json.loads(text_path.with_suffix(".meta.json").read_text(encoding="utf-8"))
        headline = text_path.read_text(encoding="utf-8").splitlines()[0]
        assert headline == sidecar["title"]
        assert set(sidecar) == {"url", "outlet", "published", "title"}
