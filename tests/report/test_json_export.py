"""Tests of wirewatch.report.json_export against the contract schema."""

from __future__ import annotations

import json

import pytest

from wirewatch.model import (
    Action,
    Article,
    ClaimRef,
    Contradiction,
    Corpus,
    DateRange,
    Dyad,
    DyadPoint,
    Entity,
    Event,
    Mention,
    Party,
    Quote,
    Ref,
    Removal,
    Storyline,
    SummarySentence,
)
from wirewatch.report import EXPORTERS, get_exporter, register_exporter
from wirewatch.report.json_export import export_json, render_json

TEXT = "Helsinki shut the crossings. «Zu spät», Peskov said of the 1,340 km border."


@pytest.fixture
def validator(shared_dir):
    from jsonschema import Draft202012Validator

    schema = json.loads((shared_dir / "contract" / "analysis.schema.json").read_text())
    return Draft202012Validator(schema)


@pytest.fixture
def corpus() -> Corpus:
    quote = Quote("b-q1", "b", 30, 37, "direct", speaker_name="Peskov", speaker_entity="e1",
                  speaker_start=40, speaker_end=46, cue="said", cue_start=47, cue_end=51,
                  group="g1")
    articles = [
        Article("b", "in/b.txt", TEXT, title="Crossings shut", outlet="Wire B",
                published=DateRange("2023-11-24", "2023-11-24", "metadata"),
                removed=[Removal("Follow us", "social_prompt")], quotes=[quote],
                mentions=[Mention(40, 46, "PERSON", "e1")], event="ev1"),
        Article("a", "in/a.txt", "Finland closed its border.", outlet="Wire A",
                duplicate_of=None, event="ev1",
                quotes=[Quote("a-q1", "a", 0, 7, "indirect")]),
    ]
    return Corpus(
        articles=articles,
        events=[Event("ev1", "Crossings shut", ["a", "b"], "a", DateRange(None, None, "inferred"),
                      "s1", [SummarySentence("Helsinki shut the crossings.", ["b"],
                                             [Ref("b", 0, 28)])])],
        storylines=[Storyline("s1", "Border dispute", ["ev1"])],
        entities=[Entity("e1", "Dmitry Peskov", "PERSON", ["Peskov"], ["Kremlin spokesman"],
                         "RUS", [Ref("b", 40, 46)])],
        contradictions=[
            Contradiction("c1", "border length", [ClaimRef("b", "1,340 km", start=59, end=67),
                                                  ClaimRef("a", "1,300 km")], "ev1"),
            Contradiction("c0", "lonely claim", [ClaimRef("a", "5")]),
        ],
        actions=[Action("x1", Party("e1", "Peskov", "RUS"), Party(None, "Finland", "FIN"),
                        "ACCUSE", ["b"], "ev1", evidence=[Ref("b", 29, 75)])],
        dyads=[Dyad(["FIN", "RUS"], [DyadPoint("2023-11-24", ["x1"], -2.0)])],
    )


def test_json_export_validates_against_contract(validator, corpus):
    export = export_json(corpus, generated_at="2024-01-01T00:00:00Z")
    assert list(validator.iter_errors(export)) == []
    assert export["schema"] == "wirewatch.analysis/1"
    assert export["generated_at"] == "2024-01-01T00:00:00Z"


def test_json_export_empty_corpus_validates(validator):
    export = export_json(Corpus())
    assert list(validator.iter_errors(export)) == []
    assert "generated_at" not in export


def test_json_export_quote_text_read_by_span_with_speaker(corpus):
    quotes = export_json(corpus)["quotes"]
    assert [quote["id"] for quote in quotes] == ["a-q1", "b-q1"]
    quote = quotes[1]
    assert (quote["text"], quote["start"], quote["end"]) == ("Zu spät", 30, 37)
    assert quote["speaker"]["entity"] == "e1"
    assert quote["speaker"]["name"] == "Dmitry Peskov"  # the resolved entity's name
    assert quote["speaker"]["mention"] == "Peskov"
    assert quotes[0]["speaker"] == {"entity": None, "name": None, "mention": None,
                                    "start": None, "end": None}


def test_json_export_orders_articles_and_fills_ref_text(corpus):
    export = export_json(corpus)
    assert [article["id"] for article in export["articles"]] == ["a", "b"]
    assert "quotes" not in export["articles"][1]
    assert export["articles"][1]["quote_ids"] == ["b-q1"]
    assert export["entities"][0]["mentions"][0]["text"] == "Peskov"
    assert export["events"][0]["summary"][0]["refs"][0]["text"] == "Helsinki shut the crossings."


def test_json_export_claims_keep_span_text_and_drop_one_claim_items(corpus):
    (contradiction,) = export_json(corpus)["contradictions"]
    assert contradiction["id"] == "c1"
    assert contradiction["claims"][0]["text"] == "1,340 km"
    assert "start" not in contradiction["claims"][1]


def test_json_export_is_deterministic_and_keeps_non_ascii(corpus):
    rendered = render_json(corpus)
    corpus.articles.reverse()
    assert render_json(corpus) == rendered
    assert "«Zu spät»" in rendered
    assert json.loads(rendered)["articles"][0]["id"] == "a"


def test_json_export_registered_like_any_exporter(corpus):
    assert get_exporter("json") is render_json
    with pytest.raises(ValueError, match="already registered"):
        register_exporter("json", render_json)
    with pytest.raises(KeyError, match="Available formats: html, json, markdown"):
        get_exporter("yaml")
    register_exporter("count", lambda c: str(len(c.articles)))
    try:
        assert EXPORTERS["count"](corpus) == "2"
    finally:
        del EXPORTERS["count"]
