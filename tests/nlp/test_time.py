"""Tests of wirewatch.nlp.time: explicit and relative dates, inferred windows, bad dates."""

from __future__ import annotations

from datetime import date

from wirewatch.model import Article, DateRange
from wirewatch.nlp.time import add_times, happening_window, publication_window
from wirewatch.nlp.time.windows import infer_window, publication_flag

TODAY = date(2026, 6, 1)


def article(text: str, published: str | None = None) -> Article:
    day = DateRange(published, published, "metadata") if published else None
    return Article(id="a", source="a", text=text, published=day)


def times_of(item: Article) -> list[tuple[str, tuple[str, str] | None, str | None]]:
    add_times(item, None, None)
    return [
        (item.text[t.start : t.end], (t.value.start, t.value.end) if t.value else None, t.flag)
        for t in item.times
    ]


def test_time_explicit_dates_with_and_without_year() -> None:
    item = article("Talks began on March 13, 2025 and ended on 20 April.", "2025-04-22")
    assert times_of(item) == [
        ("March 13, 2025", ("2025-03-13", "2025-03-13"), None),
        ("20 April", ("2025-04-20", "2025-04-20"), None),
    ]


def test_time_relative_expressions_against_publication_day() -> None:
    item = article(
        "He spoke on Tuesday. Yesterday it rained. Prices rose last month.", "2025-04-03"
    )
    assert times_of(item) == [
        ("on Tuesday", ("2025-04-01", "2025-04-01"), None),
        ("Yesterday", ("2025-04-02", "2025-04-02"), None),
        ("last month", ("2025-03-01", "2025-03-31"), None),
    ]


def test_time_impossible_date_is_flagged_not_resolved() -> None:
    item = article("The vote was held on February 30, 2024.", "2024-03-05")
    assert times_of(item) == [("February 30, 2024", None, "impossible")]


def test_time_weekday_of_publication_day_is_that_day() -> None:
    item = article("The minister resigned on Tuesday.", "2025-04-01")
    assert happening_window(item, TODAY) == DateRange("2025-04-01", "2025-04-01", "relative")


def test_time_happening_skips_caption_dates_and_future_plans() -> None:
    text = (
        "The envoy smiles at a meeting on March 2, 2025. Photo by Jane Roe/Getty Images\n"
        "A ceasefire is to begin on April 20. The envoy said on Tuesday that talks go on."
    )
    window = happening_window(article(text, "2025-04-03"), TODAY)
    assert window == DateRange("2025-04-01", "2025-04-01", "relative")


def test_time_no_publication_day_uses_years_after_an_anchor_event() -> None:
    text = (
        "The leader spoke on January 15 at a ceremony, nearly four years after the "
        "full-scale invasion of Ukraine began."
    )
    assert publication_window(article(text), TODAY) == DateRange(
        "2025-08-24", "2026-02-24", "inferred"
    )
    assert happening_window(article(text), TODAY) == DateRange(
        "2026-01-15", "2026-01-15", "inferred"
    )


def test_time_no_publication_day_lasting_state_gives_a_window() -> None:
    text = "The bridge, which has been closed for more than a year, was shut in late 2023."
    assert infer_window(text, TODAY) == (date(2024, 9, 1), date(2025, 12, 31))


def test_time_no_evidence_gives_no_window() -> None:
    item = article("Officials met on Tuesday to talk.")
    assert publication_window(item, TODAY) is None
    assert happening_window(item, TODAY) is None


def test_time_future_sidecar_date_is_flagged_and_ignored() -> None:
    item = article(
        "The council met on Monday, ten years after the 2016 Brexit referendum.", "2999-01-01"
    )
    assert publication_flag(item, TODAY) == "future"
    window = happening_window(item, TODAY)
    assert window is not None and window.end is not None and window.end <= TODAY.isoformat()


def test_time_publication_before_the_event_it_reports_is_flagged() -> None:
    item = article("The treaty was signed on May 5, 2025, officials said.", "2024-01-10")
    assert publication_flag(item, TODAY) == "before_reported_event"
    assert happening_window(item, TODAY) == DateRange("2025-05-05", "2025-05-05", "text")


def test_time_trusted_publication_without_day_cue_is_the_day() -> None:
    item = article("Officials met to talk.", "2025-02-02")
    assert publication_flag(item, TODAY) is None
    assert happening_window(item, TODAY) == DateRange("2025-02-02", "2025-02-02", "metadata")


def test_time_unreadable_publication_date_never_crashes() -> None:
    item = article("Officials met on Friday.", "not a date")
    assert publication_flag(item, TODAY) == "unreadable"
    assert happening_window(item, TODAY) is None


def test_time_odd_inputs_never_crash() -> None:
    texts = [
        "",
        "It ended 9000 years after 2001 and 99999 days ago, on 2024-13-45 and 31 June.",
        "Sales rose for 500 decades since late 2023; on Friday the 0 May 1999 deal closed.",
        "Nearly 4000 years after the full-scale invasion of Ukraine, on January 15.",
    ]
    for text in texts:
        for published in (None, "2025-01-01", "0000", "2025-02-30"):
            item = article(text, published)
            add_times(item, None, None)
            happening_window(item, TODAY)
            publication_window(item, TODAY)
    assert times_of(article("on 31 June 2024", "2024-07-02")) == [
        ("31 June 2024", None, "impossible")
    ]


def test_time_passive_by_is_not_a_plan_but_will_is() -> None:
    item = article(
        "The trawler was seized by the coast guard on Monday. Talks will resume on Friday.",
        "2026-03-03",
    )
    assert times_of(item) == [
        ("on Monday", ("2026-03-02", "2026-03-02"), None),
        ("on Friday", ("2026-03-06", "2026-03-06"), None),
    ]


def test_time_anchor_events_are_a_table_with_days_and_sources() -> None:
    from wirewatch.nlp.time.cues import ANCHORS, find_anchor_events

    rows = [line.split("\t") for line in ANCHORS.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if row[0] and not row[0].startswith("#")]
    assert rows and all(len(row) == 3 and row[2].strip() for row in rows)
    assert all(date.fromisoformat(row[0]) for row in rows)
    text = "Talks resumed nearly four years after the full-scale invasion of Ukraine."
    assert [day for _s, _e, day in find_anchor_events(text)] == ["2022-02-24"]


def test_time_reference_day_is_the_corpus_never_the_clock() -> None:
    from wirewatch.nlp.time import reference_day

    dated = [article("Talks.", "2025-03-01"), article("More talks.", "2025-04-02")]
    assert reference_day(dated) == date(2025, 4, 2)  # the newest publication date
    assert reference_day(dated, "2030-01-01") == date(2030, 1, 1)  # the setting wins
    undated = [
        article("Talks began on March 13, 2025."),
        article("Nearly four years after the full-scale invasion of Ukraine, talks resumed."),
    ]
    assert reference_day(undated) == date(2026, 2, 24)  # the far end of the texts' evidence
    assert reference_day([article("Talks resumed on Tuesday.")]) is None


def test_time_a_lone_far_future_publication_date_is_not_now() -> None:
    from wirewatch.nlp.time import reference_day

    placeholder = article("Talks went on.", "2099-01-01")
    corpus = [article("Talks.", "2025-03-01"), article("More talks.", "2025-04-02"), placeholder]
    day = reference_day(corpus)
    assert day == date(2025, 4, 2)
    assert publication_flag(placeholder, day) == "future"
    assert publication_window(placeholder, day) is None  # no window rests on the placeholder
    assert reference_day([placeholder]) == date(2099, 1, 1)  # alone, nothing to set it against


def test_time_a_duration_is_bounded_by_the_markers_of_nlp_units() -> None:
    text = "The plant closed up to three years ago. It reopened just under two weeks ago."
    assert times_of(article(text, "2025-06-01")) == [
        ("up to three years ago", ("2022-06-01", "2025-06-01"), None),
        ("just under two weeks ago", ("2025-05-18", "2025-05-22"), None),
    ]
