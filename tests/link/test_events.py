"""wirewatch.link.events: online clustering of articles into events."""

from __future__ import annotations

from wirewatch.link.duplicates import mark_duplicates
from wirewatch.link.events import link_events
from wirewatch.model import Article, Corpus, from_dict, to_dict
from wirewatch.settings import Settings

from .stories import DAM_NORWAY, FIRE_DAYTON, FIRE_WASILLA, FIRE_WASILLA_RETOLD, story


def linked(articles: list[Article], corpus: Corpus | None = None) -> Corpus:
    corpus = corpus or Corpus()
    corpus.articles.extend(articles)
    settings = Settings()
    mark_duplicates(corpus, settings)
    link_events(corpus, settings)
    return corpus


def groups(corpus: Corpus) -> set[frozenset[str]]:
    return {frozenset(event.articles) for event in corpus.events}


def test_events_same_happening_in_other_words_joins() -> None:
    corpus = linked(
        [story("a1", FIRE_WASILLA, "2024-03-01"), story("a2", FIRE_WASILLA_RETOLD, "2024-03-02")]
    )
    assert groups(corpus) == {frozenset({"a1", "a2"})}
    assert corpus.article("a2").event == corpus.article("a1").event == "event-a1"


def test_events_similar_happenings_of_one_kind_stay_apart() -> None:
    corpus = linked(
        [
            story("a1", FIRE_WASILLA, "2024-03-01"),
            story("b1", FIRE_DAYTON, "2024-03-01"),
            story("a2", FIRE_WASILLA_RETOLD, "2024-03-02"),
            story("d1", DAM_NORWAY, "2024-03-02"),
        ]
    )
    assert groups(corpus) == {frozenset({"a1", "a2"}), frozenset({"b1"}), frozenset({"d1"})}


def test_events_time_window_keeps_far_apart_reports_apart() -> None:
    corpus = linked(
        [story("a1", FIRE_WASILLA, "2024-03-01"), story("a2", FIRE_WASILLA_RETOLD, "2024-06-01")]
    )
    assert groups(corpus) == {frozenset({"a1"}), frozenset({"a2"})}


def test_events_without_dates_link_on_content_alone() -> None:
    corpus = linked([story("a1", FIRE_WASILLA), story("a2", FIRE_WASILLA_RETOLD)])
    assert groups(corpus) == {frozenset({"a1", "a2"})}


def test_events_describe_title_dates_first_report_and_cited_summary() -> None:
    corpus = linked(
        [
            story("a2", FIRE_WASILLA_RETOLD, "2024-03-02", title="Arson suspected in chapel fire"),
            story("a1", FIRE_WASILLA, "2024-03-01", title="Fire destroys Wasilla chapel"),
        ]
    )
    (event,) = corpus.events
    assert event.first_article == "a1" and event.articles == ["a1", "a2"]
    assert event.title == "Fire destroys Wasilla chapel"
    # both say "Friday": the happening day read from the text, else the publication days
    assert event.date.start == "2024-03-01" and event.date.end in ("2024-03-01", "2024-03-02")
    assert 1 <= len(event.summary) <= 3
    for sentence in event.summary:
        assert sentence.refs
        for ref in sentence.refs:
            assert corpus.article(ref.article).text[ref.start : ref.end] == ref.text


def test_events_copies_join_their_originals_event() -> None:
    corpus = linked(
        [
            story("a1", FIRE_WASILLA, "2024-03-01"),
            story("b1", FIRE_DAYTON, "2024-03-01"),
            story("copy", FIRE_WASILLA + " Share this story.", "2024-03-03"),
        ]
    )
    assert corpus.article("copy").duplicate_of == "a1"
    assert corpus.article("copy").event == corpus.article("a1").event
    assert "copy" in next(e.articles for e in corpus.events if e.id == "event-a1")


def batch_a() -> list[Article]:
    return [
        story("a1", FIRE_WASILLA, "2024-03-01"),
        story("b1", FIRE_DAYTON, "2024-03-01"),
        story("d1", DAM_NORWAY, "2024-03-02"),
    ]


def batch_b() -> list[Article]:
    return [
        story("a2", FIRE_WASILLA_RETOLD, "2024-03-03"),
        story("b2", FIRE_DAYTON.replace("Sunday morning", "Sunday"), "2024-03-03"),
        story(
            "d2", DAM_NORWAY.replace("Monday", "Tuesday") + " Critics fear for fish.", "2024-03-04"
        ),
    ]


def test_events_incremental_equals_one_shot() -> None:
    one_shot = linked(batch_a() + batch_b())
    stored = linked(batch_a())
    # what the store keeps: the articles and events as JSON, read back
    reloaded = Corpus(
        articles=[from_dict(Article, to_dict(a)) for a in stored.articles],
        events=stored.events,
    )
    incremental = linked(batch_b(), reloaded)
    assert groups(incremental) == groups(one_shot)
    assert {a.id: a.event for a in incremental.articles} == {
        a.id: a.event for a in one_shot.articles
    }
    assert [to_dict(e) for e in incremental.events] == [to_dict(e) for e in one_shot.events]


def test_events_older_batch_after_newer_equals_one_shot() -> None:
    """Events are a function of the set: a batch of older reports linked last changes nothing."""
    one_shot = linked(batch_a() + batch_b())
    stored = linked(batch_b())
    reloaded = Corpus(
        articles=[from_dict(Article, to_dict(a)) for a in stored.articles],
        events=stored.events,
    )
    later = linked(batch_a(), reloaded)
    assert {a.id: a.event for a in later.articles} == {a.id: a.event for a in one_shot.articles}
    assert [to_dict(e) for e in later.events] == [to_dict(e) for e in one_shot.events]


def test_events_a_stored_event_is_recomputed_with_the_set() -> None:
    """A stored event id is not kept when the set of articles says otherwise."""
    stored = linked(
        [story("a1", FIRE_WASILLA, "2024-03-01"), story("b1", FIRE_DAYTON, "2024-03-01")]
    )
    stored.article("b1").event = "event-a1"
    stored.events = [e for e in stored.events if e.id == "event-a1"]
    corpus = linked([story("a2", FIRE_WASILLA_RETOLD, "2024-03-02")], stored)
    assert corpus.article("a2").event == corpus.article("a1").event == "event-a1"
    assert corpus.article("b1").event == "event-b1"


def test_events_summary_sentences_do_not_start_with_a_closing_mark() -> None:
    from wirewatch.link.summaries import statements
    from wirewatch.model import Sentence

    text = '"We will not bend," the minister said."\n\nIn Oslo, the talks went on for hours.'
    article = story("a1", text, "2024-03-01")
    article.sentences = [Sentence(0, 38), Sentence(38, len(text))]
    assert [s.text for s in statements(article)] == [
        '"We will not bend," the minister said.',
        "In Oslo, the talks went on for hours.",
    ]
