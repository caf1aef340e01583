"""wirewatch.link.agglomerate: average link over scored pairs, with a cohesion gate."""

from __future__ import annotations

import math
import random

from wirewatch.link.agglomerate import average_link, cohesion, joined, single
from wirewatch.link.features import cosine


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return {term: value / norm for term, value in vector.items()}


def test_agglomerate_joined_keeps_length_and_cohesion_of_summed_vectors() -> None:
    draw = random.Random(7)
    vocabulary = [f"w{number}" for number in range(40)]
    clusters = [
        single(f"a{number}", {term: draw.random() for term in draw.sample(vocabulary, 12)})
        for number in range(6)
    ]
    given = [dict(cluster.vector) for cluster in clusters]
    summed: dict[str, float] = {}
    grown = clusters[0]
    summed.update(grown.vector)
    for other in clusters[1:4]:
        for term, value in other.vector.items():
            summed[term] = summed.get(term, 0.0) + value
        grown = joined(grown, other)
    assert sorted(grown.members) == ["a0", "a1", "a2", "a3"] and grown.first == "a0"
    assert grown.vector == summed
    assert [cluster.vector for cluster in clusters] == given  # the callers' vectors untouched
    assert math.isclose(grown.square, sum(value * value for value in summed.values()))
    expected = cosine(unit(summed), unit(clusters[4].vector))
    assert math.isclose(cohesion(grown, clusters[4]), expected)
    assert math.isclose(cohesion(clusters[4], grown), expected)


def test_agglomerate_stops_at_threshold_and_cohesion() -> None:
    vectors = {
        "a": {"fire": 1.0, "chapel": 1.0},
        "b": {"fire": 1.0, "chapel": 0.8},
        "c": {"dam": 1.0},
        "d": {"dam": 1.0, "fire": 0.1},
    }
    scores = {("a", "b"): 0.9, ("c", "d"): 0.6, ("b", "c"): 0.5}
    assert average_link(vectors, scores, vectors, 0.3, 0.0) == [["a", "b"], ["c", "d"]]
    # the mean over the four pairs of the two groups (0.5 / 4) reaches a lower bar, and the
    # summed vectors share "fire" only: the cohesion gate decides
    assert average_link(vectors, scores, vectors, 0.1, 0.0) == [["a", "b", "c", "d"]]
    assert average_link(vectors, scores, vectors, 0.1, 0.5) == [["a", "b"], ["c", "d"]]
    assert average_link(vectors, {}, vectors, 0.1, 0.0) == [["a"], ["b"], ["c"], ["d"]]
