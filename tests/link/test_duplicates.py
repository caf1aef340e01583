"""wirewatch.link.duplicates: near-copies point at the earliest copy."""

from __future__ import annotations

from wirewatch.link.duplicates import mark_duplicates, shingles
from wirewatch.model import Corpus
from wirewatch.settings import Settings

from .stories import FIRE_DAYTON, FIRE_WASILLA, FIRE_WASILLA_RETOLD, story

LONGER_STORY = " ".join([FIRE_WASILLA, FIRE_DAYTON, FIRE_WASILLA_RETOLD])


def duplicates_of(corpus: Corpus) -> dict[str, str | None]:
    mark_duplicates(corpus, Settings())
    return {article.id: article.duplicate_of for article in corpus.articles}


def test_duplicates_shingles_are_word_runs() -> None:
    assert shingles("One two, three FOUR", 3) == {"one two three", "two three four"}
    assert shingles("Too short", 5) == {"too short"}
    assert shingles("", 5) == set()


def test_duplicates_republished_copy_with_a_sentence_added_points_at_the_original() -> None:
    corpus = Corpus(
        articles=[
            story(
                "copy", LONGER_STORY + " Read more on our website.", "2024-03-02", "Other headline"
            ),
            story("original", LONGER_STORY, "2024-03-01", "Chapel burns"),
        ]
    )
    assert duplicates_of(corpus) == {"copy": "original", "original": None}


def test_duplicates_same_story_in_other_words_is_not_a_copy() -> None:
    corpus = Corpus(articles=[story("a1", FIRE_WASILLA), story("a2", FIRE_WASILLA_RETOLD)])
    assert duplicates_of(corpus) == {"a1": None, "a2": None}


def test_duplicates_never_chain_every_copy_points_at_the_root() -> None:
    corpus = Corpus(
        articles=[
            story("third", LONGER_STORY + " Updated.", "2024-03-03"),
            story("second", LONGER_STORY + " Share this.", "2024-03-02"),
            story("first", LONGER_STORY, "2024-03-01"),
        ]
    )
    assert duplicates_of(corpus) == {"third": "first", "second": "first", "first": None}


def test_duplicates_without_dates_the_lowest_id_is_the_original() -> None:
    corpus = Corpus(articles=[story("b", LONGER_STORY + " Updated."), story("a", LONGER_STORY)])
    assert duplicates_of(corpus) == {"b": "a", "a": None}


def test_duplicates_band_collisions_are_datasketchs_lsh_candidates() -> None:
    from datasketch import MinHash, MinHashLSH

    from wirewatch.link.duplicates import candidate_pairs, signature

    texts = {
        "a": LONGER_STORY,
        "b": LONGER_STORY + " Share this.",
        "c": FIRE_WASILLA + " " + FIRE_DAYTON,
        "d": FIRE_WASILLA_RETOLD,
        "e": FIRE_DAYTON + " Updated.",
    }
    values = {key: signature(shingles(text, 5), 128) for key, text in texts.items()}
    lsh = MinHashLSH(threshold=0.4, num_perm=128)
    expected = set()
    for key, text in texts.items():
        minhash = MinHash(num_perm=128)
        minhash.update_batch([found.encode("utf-8") for found in shingles(text, 5)])
        assert (minhash.hashvalues == values[key]).all()
        expected.update(tuple(sorted((key, other))) for other in lsh.query(minhash))
        lsh.insert(key, minhash)
    assert ("a", "b") in expected
    assert candidate_pairs(values, 0.5, 128) == expected
