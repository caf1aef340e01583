"""Tests of wirewatch.nlp.descriptors: roles before a name or in apposition after it."""

from __future__ import annotations

from wirewatch.nlp.descriptors import descriptor_of


def role_of(text: str, name: str) -> str | None:
    start = text.index(name)
    span = descriptor_of(text, start, start + len(name))
    return text[span[0] : span[1]] if span else None


def test_descriptors_role_before_the_name() -> None:
    text = "Speaking in London alongside British Prime Minister Keir Starmer, he said."
    assert role_of(text, "Keir Starmer") == "British Prime Minister"


def test_descriptors_long_role_with_modifiers() -> None:
    text = "Russian presidential press secretary Dmitry Peskov smiled."
    assert role_of(text, "Dmitry Peskov") == "Russian presidential press secretary"


def test_descriptors_role_in_apposition_after_the_name() -> None:
    assert role_of("said Peskov, the Kremlin spokesman, on Monday", "Peskov") == "Kremlin spokesman"


def test_descriptors_stop_at_a_sentence_end_and_at_lower_case_words() -> None:
    text = "It passed with the Left Bloc. Housing Minister Joao Tavares agreed."
    assert role_of(text, "Joao Tavares") == "Housing Minister"
    assert role_of("They met with Olaf Berg.", "Olaf Berg") is None


def test_descriptors_abbreviations_do_not_end_the_role() -> None:
    assert role_of("He visited U.S. President Donald Trump.", "Donald Trump") == "U.S. President"
