"""Quote groups across articles of one event or storyline."""

from __future__ import annotations

from wirewatch.model import Article, Corpus, Entity, Event, Mention, Quote
from wirewatch.quotes.groups import group_quotes
from wirewatch.settings import Settings


def article_with(article_id: str, said: str, speaker: str | None, event: str | None) -> Article:
    text = f"{speaker or 'Someone'} said: “{said}”"
    start = text.index("“") + 1
    quote = Quote(
        id=f"{article_id}:q1",
        article=article_id,
        start=start,
        end=start + len(said),
        kind="direct",
        speaker_name=speaker,
        speaker_start=0 if speaker else None,
        speaker_end=len(speaker) if speaker else None,
    )
    return Article(id=article_id, source="test", text=text, quotes=[quote], event=event)


def corpus_of(*articles: Article, events: list[Event] | None = None) -> Corpus:
    return Corpus(articles=list(articles), events=events or [])


def groups(corpus: Corpus) -> list[str | None]:
    group_quotes(corpus, Settings())
    return [quote.group for quote in corpus.quotes]


def test_groups_two_translations_of_one_statement() -> None:
    first = article_with(
        "a",
        "We had no problems with them at all, there was mutually beneficial co-operation",
        "Dmitry Peskov",
        "e1",
    )
    second = article_with(
        "b", "There is no problem, there is mutually beneficial cooperation", "Dmitry Peskov", "e1"
    )
    events = [Event(id="e1", title="talks", articles=["a", "b"])]
    assert groups(corpus_of(first, second, events=events)) == ["group-1", "group-1"]


def test_groups_us_and_uk_spelling() -> None:
    first = article_with("a", "our country is open to normalising relations", None, None)
    second = article_with("b", "our country is open to normalizing relations", None, None)
    assert groups(corpus_of(first, second)) == ["group-1", "group-1"]


def test_groups_different_speakers_are_never_one_statement() -> None:
    first = article_with("a", "our country is open to normalising relations", "Dmitry Peskov", None)
    second = article_with("b", "our country is open to normalizing relations", "Keir Starmer", None)
    assert groups(corpus_of(first, second)) == [None, None]


def test_groups_only_within_an_event_or_storyline() -> None:
    first = article_with("a", "our country is open to normalising relations", None, "e1")
    second = article_with("b", "our country is open to normalizing relations", None, "e2")
    third = article_with("c", "our country is open to normalizing relations", None, "e3")
    events = [
        Event(id="e1", title="one", articles=["a"]),
        Event(id="e2", title="two", articles=["b"]),
        Event(id="e3", title="three", articles=["c"], storyline="s1"),
    ]
    events[0].storyline = "s1"
    assert groups(corpus_of(first, second, third, events=events)) == ["group-1", None, "group-1"]


def test_groups_unrelated_statements_stay_apart() -> None:
    first = article_with("a", "the border will stay closed until spring", None, None)
    second = article_with("b", "our country is open to normalizing relations", None, None)
    assert groups(corpus_of(first, second)) == [None, None]


def test_groups_set_the_speaker_entity_from_the_mention() -> None:
    first = article_with("a", "the border will stay closed", "Dmitry Peskov", None)
    first.mentions = [Mention(start=0, end=13, label="PERSON", entity="person-7")]
    second = article_with("b", "the border will stay closed", "Peskov", None)
    entities = [Entity(id="person-7", name="Dmitry Peskov", type="PERSON", aliases=["Peskov"])]
    corpus = Corpus(articles=[first, second], entities=entities)
    group_quotes(corpus, Settings())
    assert [q.speaker_entity for q in corpus.quotes] == ["person-7", "person-7"]
    assert corpus.quotes[0].group == corpus.quotes[1].group == "group-1"


def test_groups_speaker_entity_ignores_mentions_that_cannot_speak() -> None:
    article = article_with("a", "the border will stay closed", "Dmitry Peskov", None)
    article.mentions = [Mention(start=0, end=30, label="WORK_OF_ART", entity="work-1")]
    corpus = Corpus(articles=[article])
    group_quotes(corpus, Settings())
    assert corpus.quotes[0].speaker_entity is None
