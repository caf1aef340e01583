"""Numbers with units and markers, read from parsed sentences."""

from __future__ import annotations

import pytest

from wirewatch.nlp.quantities import find_quantities


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


def test_quantities_dates_and_years_are_not_amounts_but_durations_are(nlp) -> None:
    (sentence,) = list(nlp("The crossings closed in 2023 and stayed shut for three weeks.").sents)
    (weeks,) = find_quantities(sentence)
    assert (weeks.number, weeks.unit, weeks.dimension) == (21.0, "d", "duration")


def test_quantities_a_range_is_one_interval(nlp) -> None:
    (sentence,) = list(nlp("Police said 20 to 30 people were killed.").sents)
    (quantity,) = find_quantities(sentence)
    assert (quantity.number, quantity.upper, quantity.written) == (20.0, 30.0, "20 to 30")
    (sentence,) = list(nlp("The storm killed 12 people and injured 30 others.").sents)
    assert [quantity.number for quantity in find_quantities(sentence)] == [12.0, 30.0]


@pytest.mark.parametrize(
    ("text", "number", "unit", "dimension"),
    [
        ("The suspect, weighing 130 pounds, fled.", 130 * 0.000453592, "t", "mass"),
        ("The fine was 130 pounds.", 130.0, "GBP", "money"),
        ("An 8-year-old girl saw it.", 8.0, "years", "age"),
        ("He pointed a .38-caliber revolver at them.", 38.0, "calibre", "calibre"),
        ("A crowd of 22, 000 watched.", 22000.0, None, None),
        ("More than a hundred people marched.", 100.0, None, None),
        ("About two dozen protesters marched.", 24.0, None, None),
        ("Shots were heard at about 3: 10 p. m. on the street.", 910.0, "min", "clock"),
        ("She married twice.", 2.0, "times", "frequency"),
    ],
)
def test_quantities_read_typed_values(nlp, text, number, unit, dimension) -> None:
    (sentence,) = list(nlp(text).sents)
    (quantity,) = find_quantities(sentence)
    assert quantity.number == pytest.approx(number)
    assert (quantity.unit, quantity.dimension) == (unit, dimension)


def test_quantities_scores_ranks_and_clock_digits_are_left_out(nlp) -> None:
    for text in ("They lost 88-72 at home.", "It was on 223rd Street.", "Posted 23: 51 GMT."):
        (sentence,) = list(nlp(text).sents)
        assert find_quantities(sentence) == [], text


def test_a_range_whose_first_numeral_is_untagged_is_read_from_its_tagged_end() -> None:
    """A tagged numeral whose entity the sentence does not hold must not raise."""
    import spacy
    from spacy.tokens import Doc, Span

    from wirewatch.nlp.quantities import Quantity, is_date_or_time

    doc = Doc(
        spacy.blank("en").vocab,
        words=["between", "60", "and", "100", "on", "May", "3"],
        sent_starts=[True, False, False, False, True, False, False],
    )
    # the parser's sentence ends inside the entity, so sentence.ents does not hold it
    doc.ents = [Span(doc, 3, 7, label="DATE")]
    untagged_first = Quantity(numerals=[doc[1], doc[3]], number=60.0, written="60")
    assert is_date_or_time(untagged_first)
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    assert not is_date_or_time(untagged_first)
