"""Content words folded to one spelling."""

from __future__ import annotations

from wirewatch.quotes.wording import american, content_words, similarity


def test_wording_folds_british_spellings() -> None:
    assert american("normalising") == american("normalizing")
    assert american("neighbour") == american("neighbor")
    assert american("defence") == american("defense")


def test_wording_drops_function_words_and_meets_plurals() -> None:
    lemmas = {"had": "have", "problems": "problem"}
    assert content_words("We had no problems with them", lemmas) == content_words("the problem", {})
    assert content_words("the news of the species", {}) == {"news", "species"}


def test_wording_similarity_counts_a_contained_partial_quote() -> None:
    long = content_words(
        "the situation will change and we return to normal, constructive dialogue", {}
    )
    short = content_words("normal, constructive communication", {})
    assert similarity(short, long, min_contained=3) >= 0.66
    assert similarity(short, long, min_contained=4) < 0.3  # Jaccard only: 2 of 7
