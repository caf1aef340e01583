from __future__ import annotations

from datetime import date

from wirewatch.link.timing import article_windows, happening_span, overlap_of, window_key
from wirewatch.model import Article, ArticleWindow, Corpus, DateRange


def test_timing_wide_windows_narrow_to_their_overlap():
    windows = [DateRange("2025-03-13", "2026-11-28"), DateRange("2024-09-01", "2025-04-20")]
    assert happening_span(windows, widest_days=7) == DateRange(
        "2025-03-13", "2025-04-20", "inferred"
    )


def test_timing_narrow_windows_win_over_wide_ones():
    windows = [DateRange("2025-01-01", "2025-12-31"), DateRange("2025-04-01", "2025-04-01")]
    assert happening_span(windows, widest_days=7) == DateRange(
        "2025-04-01", "2025-04-01", "inferred"
    )


def test_timing_disjoint_wide_windows_fall_back_to_the_narrowest():
    windows = [DateRange("2020-01-01", "2020-12-31"), DateRange("2022-01-01", "2022-03-31")]
    assert overlap_of(windows) is None
    assert happening_span(windows, widest_days=7) == DateRange("2022-01-01", "2022-03-31")


def dated(article_id: str, text: str, published: str | None) -> Article:
    day = DateRange(published, published, "metadata") if published else None
    return Article(id=article_id, source=f"in/{article_id}.txt", text=text, published=day)


def test_timing_article_windows_reads_each_article_once_and_keeps_the_window():
    corpus = Corpus(articles=[dated("a1", "The dam burst on Tuesday.", "2024-03-08")])
    windows = article_windows(corpus, date(2024, 3, 8))
    assert windows == {"a1": DateRange("2024-03-05", "2024-03-05", "relative")}
    assert corpus.windows["a1"].trusted_from == "2024-03-08"


def test_timing_kept_window_is_reused_for_an_unchanged_article_on_a_later_day():
    article = dated("a1", "The dam burst on Tuesday.", "2024-03-08")
    kept = ArticleWindow(window_key(article), DateRange("2000-01-01", "2000-01-01"),
                         as_of="2024-03-08", trusted_from="2024-03-08")
    corpus = Corpus(articles=[article], windows={"a1": kept})
    # A marker window no text gives: seen only if the kept one is used, not re-read.
    assert article_windows(corpus, date(2024, 5, 1))["a1"] == DateRange("2000-01-01", "2000-01-01")
    assert corpus.windows["a1"] is kept


def test_timing_kept_window_is_read_again_when_the_article_or_the_day_changes():
    article = dated("a1", "The dam burst on Tuesday.", "2024-03-08")
    marker = DateRange("2000-01-01", "2000-01-01")
    stale = ArticleWindow("an older text", marker, as_of="2024-03-08", trusted_from="2024-03-08")
    corpus = Corpus(articles=[article], windows={"a1": stale})
    assert article_windows(corpus, date(2024, 3, 8))["a1"] != marker
    undated = dated("a2", "The dam burst on Tuesday, March 5, 2024.", None)
    untrusted = ArticleWindow(window_key(undated), marker, as_of="2024-03-08")
    corpus = Corpus(articles=[undated], windows={"a2": untrusted})
    assert article_windows(corpus, date(2024, 3, 8))["a2"] == marker  # same reference day
    assert article_windows(corpus, date(2024, 4, 1))["a2"] != marker  # a new "now"
