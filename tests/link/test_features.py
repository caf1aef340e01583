"""wirewatch.link.features: lemmas, entity terms, online IDF."""

from __future__ import annotations

from wirewatch.link.features import DocumentFrequencies, article_terms, cosine

from .stories import FIRE_WASILLA, story

HEADLINE = "Arson suspected in Wasilla chapel fire"
DEK = "No one was hurt in the Friday blaze"


def test_features_terms_are_the_lemmas_annotation_kept() -> None:
    article = story("a1", FIRE_WASILLA)
    article.lemmas = {"destroyed": "destroy"}
    terms = article_terms(article, entity_weight=2.0, title_weight=2.0)
    assert "destroy" in terms and "destroyed" not in terms


def test_features_entities_are_weighted_terms_of_their_own() -> None:
    terms = article_terms(story("a1", FIRE_WASILLA), entity_weight=2.0, title_weight=2.0)
    assert terms["@wasilla"] > terms["wasilla"]
    assert "@friday" not in terms  # a day is not a named actor or place


def test_features_idf_favours_rare_terms_and_cosine_of_self_is_one() -> None:
    frequencies = DocumentFrequencies()
    for terms in ({"fire": 1.0, "chapel": 1.0}, {"fire": 1.0, "dam": 1.0}, {"fire": 1.0}):
        frequencies.add(terms)
    assert frequencies.idf("chapel") > frequencies.idf("fire")
    assert frequencies.rarest({"fire": 1.0, "chapel": 1.0}, 1) == ["chapel"]
    vector = frequencies.weigh({"fire": 1.0, "chapel": 2.0})
    assert abs(cosine(vector, vector) - 1.0) < 1e-9


def content_terms(terms: dict[str, float]) -> dict[str, float]:
    return {term: weight for term, weight in terms.items() if not term.startswith("@")}


def test_features_headline_and_dek_count_whether_or_not_cleaning_lifted_them() -> None:
    """A plain-text report keeps its head lines in the body; cleaning may lift them out."""
    in_body = story("a1", f"{HEADLINE}\n{DEK}\n{FIRE_WASILLA}")
    lifted = story("a1", FIRE_WASILLA, title=HEADLINE)
    lifted.subtitle = DEK
    assert content_terms(article_terms(lifted, 1.0, 0.0)) == content_terms(
        article_terms(in_body, 1.0, 0.0)
    )
    assert "blaze" in article_terms(lifted, 1.0, 0.0)  # a word of the dek alone
    weighted = article_terms(lifted, 1.0, 2.0)
    assert weighted["arson"] == article_terms(lifted, 1.0, 0.0)["arson"] + 2.0
