"""wirewatch.link.features: lemmas, entity terms, online IDF."""

from __future__ import annotations

from wirewatch.link.features import DocumentFrequencies, article_terms, cosine

from .stories import FIRE_WASILLA, story


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
