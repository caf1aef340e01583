"""Numbers with units and markers, read from parsed sentences."""

from __future__ import annotations

import pytest

from wirewatch.compare.quantities import find_quantities


def only_quantity(nlp, text: str):
    (sentence,) = list(nlp(text).sents)
    (quantity,) = find_quantities(sentence)
    return quantity


def test_quantities_hyphenated_unit_is_read_after_the_hyphen(nlp) -> None:
    quantity = only_quantity(nlp, "Finland shares a 1,300-kilometre border with Russia.")
    assert (quantity.number, quantity.unit, quantity.dimension) == (1300.0, "km", "length")
    assert quantity.display == "1,300 km"
    assert quantity.bound is None


def test_quantities_miles_are_converted_and_shown_as_written(nlp) -> None:
    quantity = only_quantity(nlp, "The border stretches 800 miles.")
    assert quantity.number == pytest.approx(1287.475, abs=0.01)
    assert quantity.unit == "km"
    assert quantity.display == "800 miles"


@pytest.mark.parametrize(
    ("text", "marker", "bound"),
    [
        ("The border is about 1,340 km long.", "about", "around"),
        ("The blast killed nearly 30 people.", "nearly", "just below"),
        ("The fire destroyed more than 200 homes.", "more than", "above"),
    ],
)
def test_quantities_markers_bound_the_number(nlp, text: str, marker: str, bound: str) -> None:
    quantity = only_quantity(nlp, text)
    assert (quantity.marker, quantity.bound) == (marker, bound)


def test_quantities_currency_and_multiplier(nlp) -> None:
    quantity = only_quantity(nlp, "The fine was $2.5 million.")
    assert (quantity.number, quantity.unit) == (2_500_000.0, "USD")
    assert quantity.display == "$2.5 million"


def test_quantities_dates_and_years_are_not_amounts(nlp) -> None:
    (sentence,) = list(nlp("The crossings closed in 2023 and stayed shut for three weeks.").sents)
    assert find_quantities(sentence) == []


def test_quantities_range_ends_are_not_single_values(nlp) -> None:
    (sentence,) = list(nlp("Police said 20 to 30 people were killed.").sents)
    assert find_quantities(sentence) == []
    (sentence,) = list(nlp("The storm killed 12 people and injured 30 others.").sents)
    assert [quantity.number for quantity in find_quantities(sentence)] == [12.0, 30.0]
