"""find_contradictions over tiny corpora: events, storylines, quotes, copies."""

from __future__ import annotations

from wirewatch.compare.align import FactGroup, Reading
from wirewatch.compare.claims import add_claims
from wirewatch.compare.contradictions import find_contradictions, told_alike
from wirewatch.model import (
    Article,
    Claim,
    Corpus,
    DateRange,
    Event,
    Quote,
    Storyline,
    TimeExpression,
)
from wirewatch.settings import Settings


def corpus_of(nlp, events: dict[str, dict[str, str]], storylines=()) -> Corpus:
    """Articles (id -> text) per event id, claims added, outlets named after the ids."""
    articles = []
    for event_id, texts in events.items():
        for article_id, text in texts.items():
            article = Article(
                article_id, "test", text, outlet=f"outlet {article_id}", event=event_id
            )
            add_claims(article, nlp(text), Settings())
            articles.append(article)
    event_list = [Event(event_id, event_id, list(texts)) for event_id, texts in events.items()]
    return Corpus(articles=articles, events=event_list, storylines=list(storylines))


def test_contradictions_border_lengths_disagree(nlp) -> None:
    corpus = corpus_of(
        nlp,
        {
            "E1": {
                "a": "Finland shares a 1,300-kilometre border with Russia.",
                "b": "Finland has a 1,350-kilometre border with Russia.",
            }
        },
    )
    find_contradictions(corpus, Settings())
    (contradiction,) = corpus.contradictions
    assert contradiction.event == "E1"
    assert contradiction.kind == "amount"
    assert [(ref.article, ref.value, ref.outlet) for ref in contradiction.claims] == [
        ("a", "1,300 km", "outlet a"),
        ("b", "1,350 km", "outlet b"),
    ]
    assert contradiction.claims[0].text == "Finland shares a 1,300-kilometre border with Russia."


def test_contradictions_none_between_border_and_distance_travelled(nlp) -> None:
    corpus = corpus_of(
        nlp,
        {
            "E1": {
                "a": "Finland shares a 1,300-kilometre border with Russia.",
                "b": "The convoy travelled 1,350 km to reach the border.",
            }
        },
    )
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_none_between_two_named_speakers(nlp) -> None:
    texts = {
        "a": '"The border with Russia is 1,300 km long," the governor said.',
        "b": '"The border with Russia is 1,350 km long," the mayor said.',
    }
    corpus = corpus_of(nlp, {"E1": texts})
    for article_id, speaker in (("a", "governor"), ("b", "mayor")):
        text = texts[article_id]
        start, end = 1, text.index(',"')
        quote = Quote(f"q{article_id}", article_id, start, end, "direct", speaker_entity=speaker)
        corpus.article(article_id).quotes = [quote]
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_claims_carry_what_the_brief_shows(nlp) -> None:
    texts = {
        "a": "Finland shares a 1,300-kilometre border with Russia.",
        "b": "Finland has a 1,350-kilometre border with Russia.",
    }
    corpus = corpus_of(nlp, {"E1": texts})
    corpus.article("a").published = DateRange("2026-03-01", "2026-03-01", "metadata")
    corpus.article("b").published = DateRange("2026-03-04", "2026-03-04", "metadata")
    find_contradictions(corpus, Settings())
    (contradiction,) = corpus.contradictions
    assert contradiction.kind == "revision"  # every later report gives the other figure
    first = contradiction.claims[0]
    assert (first.published, first.dimension, first.unit) == ("2026-03-01", "length", "km")
    assert first.interval == [1300.0, 1300.0]
    assert texts["a"][first.sentence_start : first.sentence_end] == first.text


def test_contradictions_one_weakly_aligned_pair_is_not_shown(nlp) -> None:
    corpus = corpus_of(
        nlp,
        {
            "E1": {
                "a": "Police arrested 12 people after the match in the city centre.",
                "b": "About 40 people were arrested at a protest against the mayor's budget.",
            }
        },
    )
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_about_stays_within_tolerance(nlp) -> None:
    corpus = corpus_of(
        nlp,
        {
            "E1": {
                "a": "The border with Russia is about 1,300 km long.",
                "b": "The border with Russia is 1,340 km long.",
            }
        },
    )
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_background_facts_span_a_storyline(nlp) -> None:
    events = {
        "E1": {"a": "Finland joined NATO in 2023. The blast injured 12 people."},
        "E2": {"b": "Finland joined NATO in 2024. The blast injured 30 people."},
    }
    alone = corpus_of(nlp, events)
    find_contradictions(alone, Settings())
    assert alone.contradictions == []  # different events, no storyline: nothing to compare

    linked = corpus_of(nlp, events, [Storyline("S1", "NATO", ["E1", "E2"])])
    find_contradictions(linked, Settings())
    (contradiction,) = linked.contradictions  # the join date, not the counts of two blasts
    assert (contradiction.kind, contradiction.event) == ("date", None)
    assert [ref.value for ref in contradiction.claims] == ["2023", "2024"]


def test_contradictions_speakers_of_one_quote_group(nlp) -> None:
    text = '"We are ready," he said.'
    corpus = corpus_of(nlp, {"E1": {"a": text, "b": text}})
    corpus.article("a").quotes = [Quote("q1", "a", 1, 13, "direct", "Dmitry Peskov", group="g1")]
    corpus.article("b").quotes = [Quote("q2", "b", 1, 13, "direct", "Vladimir Putin", group="g1")]
    find_contradictions(corpus, Settings())
    (contradiction,) = corpus.contradictions
    assert contradiction.kind == "attribution"
    assert [ref.value for ref in contradiction.claims] == ["Dmitry Peskov", "Vladimir Putin"]

    corpus.article("b").quotes[0].speaker_name = "Peskov"  # same surname: same speaker
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_days_resolved_without_a_year_stay_within_their_event(nlp) -> None:
    def agreed(article_id: str, event_id: str, day: str, written: str = "March 24") -> Article:
        text = f"Norway agreed on {written} to set up a commission with Iceland."
        article = Article(article_id, "test", text, outlet=article_id, event=event_id)
        start = text.index(written)
        window = DateRange(day, day, "relative")
        article.times = [TimeExpression(start, start + len(written), window)]
        add_claims(article, nlp(text), Settings())
        return article

    apart = [agreed("a", "E1", "2026-03-24"), agreed("b", "E2", "2026-03-17", "March 17")]
    events = [Event("E1", "E1", ["a"]), Event("E2", "E2", ["b"])]
    corpus = Corpus(apart, events, [Storyline("S1", "talks", ["E1", "E2"])])
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []  # two meetings a week apart, not one told twice

    together = [
        agreed("a", "E1", "2026-03-24"),
        agreed("b", "E1", "2026-03-17", "March 17"),
        agreed("c", "E1", "2026-03-17", "March 17"),
    ]
    corpus = Corpus(together, [Event("E1", "E1", ["a", "b", "c"])])
    find_contradictions(corpus, Settings())
    (contradiction,) = corpus.contradictions
    assert contradiction.kind == "date"


def test_contradictions_a_weekday_alone_is_no_date_claim(nlp) -> None:
    text = "Norway agreed on Tuesday to set up a commission with Iceland."
    article = Article("a", "test", text)
    start = text.index("Tuesday")
    article.times = [TimeExpression(start, start + 7, DateRange("2026-03-24", "2026-03-24"))]
    add_claims(article, nlp(text), Settings())
    assert [claim for claim in article.claims if claim.kind == "date"] == []


def test_contradictions_none_between_figures_for_different_months(nlp) -> None:
    months = {
        "a": "Inflation was 2.9% in October 2025.",
        "b": "Inflation was 2.4% in November 2025.",
        "c": "Inflation was 2.5% in November 2025.",
    }
    corpus = corpus_of(nlp, {"E1": months})
    find_contradictions(corpus, Settings())
    (contradiction,) = corpus.contradictions  # November against November only
    assert [ref.article for ref in contradiction.claims] == ["b", "c"]


def test_contradictions_a_pronoun_speaker_contradicts_no_name(nlp) -> None:
    text = '"We are ready," he said.'
    corpus = corpus_of(nlp, {"E1": {"a": text, "b": text}})
    corpus.article("a").quotes = [Quote("q1", "a", 1, 13, "direct", "Dmitry Peskov", group="g1")]
    corpus.article("b").quotes = [Quote("q2", "b", 1, 13, "direct", "he", group="g1")]
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_spelling_variants_of_a_speaker_are_one_speaker(nlp) -> None:
    text = '"We will step in," he said.'
    corpus = corpus_of(nlp, {"E1": {"a": text, "b": text}})
    first = Quote("q1", "a", 1, 17, "direct", "Constantine Chiwenga", "person:1", group="g1")
    second = Quote("q2", "b", 1, 17, "direct", "Constantino Chiwenga", "person:2", group="g1")
    corpus.article("a").quotes, corpus.article("b").quotes = [first], [second]
    find_contradictions(corpus, Settings())
    assert corpus.contradictions == []


def test_contradictions_two_verbs_are_not_shown_as_one_dispute() -> None:
    boats = [
        Claim("a", 0, 5, "count", "boat", "x", n, dimension="count", thing="boat", predicate=verb)
        for n, verb in ((3, "capture"), (5, "detect"), (5, ""))
    ]
    group = FactGroup([Reading(Article(str(i), "test", ""), c) for i, c in enumerate(boats)])
    assert not told_alike(group, (0, 1))
    assert told_alike(group, (0, 2))  # one verb unsaid: alignment decides
