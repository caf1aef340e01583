"""clean_document on small texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from wirewatch.clean import clean_document
from wirewatch.clean.document import judged_lines, line_verdicts, split_paragraphs
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import RawDocument, to_dict

TIMETABLE = (
    "Officials said the ferries would run on the winter timetable until March, when the summer "
    "routes to the islands resume and more crews return to work."
)
ARTICLE = "\n".join(
    [
        "Harbour reopens after winter storm",
        "Ferries return to the old port as repairs finish.",
        "![](https://example.org/port.jpg)",
        "Ferries in the old port on Monday. Photo: Jane Roe",
        "By Jane Roe and John Doe",
        "TALLINN — The harbour reopened on Monday after a week of repairs, the port said.",
        TIMETABLE,
        "Repairs ahead",
        "The authority said the breakwater would be rebuilt next year for 4 million euros.",
        TIMETABLE,
        "\t\tHarbour reopens after winter storm",
        "Share on Facebook",
    ]
)


def _clean(content: str, **metadata: object) -> object:
    raw = RawDocument(id="port", source="port.txt", content=content, **metadata)
    return clean_document(raw, CleanSettings())


def test_document_metadata_from_text() -> None:
    article = _clean(ARTICLE)
    assert article.title == "Harbour reopens after winter storm"
    assert article.subtitle == "Ferries return to the old port as repairs finish."
    assert article.authors == ["Jane Roe", "John Doe"]
    assert article.dateline == "TALLINN"
    assert article.language == "en"


def test_document_text_is_body_only() -> None:
    article = _clean(ARTICLE)
    assert article.text.startswith("The harbour reopened on Monday")
    assert article.text.count("winter timetable") == 1
    assert "Harbour reopens" not in article.text
    reasons = {removal.reason for removal in article.removed}
    assert reasons == {
        "image_markdown",
        "photo_caption",
        "byline",
        "repeated_paragraph",
        "title_repeat",
        "share_line",
    }


def test_document_paragraph_spans_and_crossheads() -> None:
    article = _clean(ARTICLE)
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    assert "\n\n".join(texts) == article.text
    headings = [text for p, text in zip(article.paragraphs, texts, strict=True) if p.heading]
    assert headings == ["Repairs ahead"]


def test_document_metadata_beats_guesses() -> None:
    article = _clean(
        ARTICLE,
        title="Port open again",
        outlet="Harbour Gazette",
        published="2024-01-08T09:00:00Z",
        url="https://www.bbc.co.uk/news/1",
    )
    assert article.title == "Port open again"
    assert article.outlet == "Harbour Gazette"
    assert (article.published.start, article.published.basis) == ("2024-01-08", "metadata")


def test_document_outlet_from_url_host() -> None:
    assert _clean(ARTICLE, url="https://www.bbc.co.uk/news/1").outlet == "BBC"


def test_document_no_title_when_first_line_is_prose() -> None:
    article = _clean(
        "The harbour reopened on Monday after repairs.\nFerries returned.\nThe end came."
    )
    assert article.title is None
    assert article.text.startswith("The harbour reopened")


def test_document_date_from_byline_area() -> None:
    article = _clean(
        "Harbour reopens\nPublished 8 January 2024\nThe harbour reopened.\nFerries ran."
    )
    assert (article.published.start, article.published.basis) == ("2024-01-08", "text")


def test_document_split_paragraphs_joins_hard_wrapped_lines() -> None:
    wrapped = (
        "The harbour reopened on Monday after a week of repairs to the\n"
        "breakwater, the port authority said in a statement\non Tuesday.\n\nFerries ran."
    )
    assert split_paragraphs(wrapped) == [
        "The harbour reopened on Monday after a week of repairs to the breakwater, the port "
        "authority said in a statement on Tuesday.",
        "Ferries ran.",
    ]
    assert split_paragraphs("One line.\nTwo line.\n\n\t\nThree.") == [
        "One line.",
        "Two line.",
        "Three.",
    ]


def test_document_line_verdicts_one_per_line() -> None:
    lines = ["Harbour reopens", "0", "The harbour reopened on Monday.", "", "Leave a reply"]
    verdicts = line_verdicts(lines, CleanSettings())
    assert verdicts == [None, "counter", None, "blank", "comment_prompt"]


def test_document_judged_lines_name_title_and_kept_lines() -> None:
    lines = ["Harbour reopens", "0", "The harbour reopened on Monday.", "Repairs will go on."]
    roles = judged_lines(lines, CleanSettings())
    assert roles == ["title", "counter", None, None]


def test_document_disabled_rules_keep_their_lines() -> None:
    settings = CleanSettings(disabled_rules=("share_line", "link_words", "repeated_paragraph"))
    article = clean_document(RawDocument(id="p", source="p", content=ARTICLE), settings)
    assert "Share on Facebook" in article.text
    assert article.text.count("winter timetable") == 2


def test_document_docs_example_is_real_output() -> None:
    # docs/clean.md shows clean_document's output for its example: keep the two in step.
    page = (Path(__file__).resolve().parents[2] / "docs" / "clean.md").read_text(encoding="utf-8")
    example_input = page.split("```text\n")[1].split("```")[0].rstrip("\n")
    shown = json.loads(page.split("```json\n")[1].split("```")[0])
    raw = RawDocument(id="port", source="port.txt", content=example_input)
    produced = to_dict(clean_document(raw, CleanSettings()))
    assert {key: produced[key] for key in shown} == shown


def test_document_posted_by_line_and_date_line() -> None:
    story = (
        "The harbour reopened on Monday after repairs.\nFerries ran again.\nThe mayor was pleased."
    )
    posted = _clean(f"Harbour reopens\nPosted by Jane Roe on January 5, 2025\n{story}")
    assert posted.authors == ["Jane Roe"]
    assert posted.published.start == "2025-01-05"
    dated = _clean(f"Harbour reopens\n5 January 2025\n{story}")
    assert dated.text.startswith("The harbour reopened")
    assert (dated.published.start, dated.published.basis) == ("2025-01-05", "text")


def test_document_outlet_from_own_credit_over_wire_dateline() -> None:
    text = "\n".join(
        [
            "Valley floods close the mountain road",
            "By Jane Roe",
            "GRANITE FALLS (AP) — The mountain road was closed on Tuesday after heavy rain.",
            TIMETABLE,
            "Leave a comment",
            "© 2025 The Pine Gazette. Reproduction without written permission is prohibited.",
        ]
    )
    article = _clean(text)
    assert article.outlet == "The Pine Gazette"
    assert {removal.reason for removal in article.removed} >= {"copyright", "comment_prompt"}


def test_document_outlet_never_from_photo_credit() -> None:
    text = "\n".join(
        [
            "Valley floods close the mountain road",
            "The road near the falls on Tuesday. Photo: Jane Roe/Getty Images",
            "The mountain road was closed on Tuesday after heavy rain, officials said.",
            TIMETABLE,
            "Photo credits: Reuters",
        ]
    )
    article = _clean(text)
    assert article.outlet is None
    assert [removal.reason for removal in article.removed] == ["photo_caption", "photo_caption"]


def test_document_byline_glued_to_the_title_and_consent_buttons() -> None:
    story = (
        "Norway and Russia agreed the quota on Friday after two weeks of talks in Oslo.\n"
        "Fishers said the cut was smaller than they had feared.\nThe deal runs for a year."
    )
    article = _clean(
        "Manage settings\nWhat the quota deal means for Barents Sea cod By Ingrid Solberg, "
        f"Oslo correspondent\n{story}"
    )
    assert article.title == "What the quota deal means for Barents Sea cod"
    assert article.authors == ["Ingrid Solberg"]
    assert ("Manage settings", "link_words") in [(r.text, r.reason) for r in article.removed]
