"""Tests of wirewatch.nlp.roles: one table of roles and titles, read the same everywhere."""

from __future__ import annotations

import importlib
import pkgutil

import spacy
from spacy.tokens import Doc

import wirewatch
from wirewatch.nlp import roles
from wirewatch.nlp.roles import (
    LEADING_TITLES,
    PRONOUN_OF_ROLE,
    ROLE_NOUNS,
    TITLES_OF_ADDRESS,
    family,
    read_table,
    role_families,
)
from wirewatch.quotes.people import roles_before


def test_roles_families_fold_forms_of_one_role_but_keep_distinct_jobs() -> None:
    assert role_families("Russian presidential press secretary") == {"spokesman"}
    assert role_families("Kremlin spokesperson") == {"spokesman"}
    assert role_families("Defence Secretary") == {"secretary"}
    assert role_families("Attorney General") == {"attorney", "general"}
    assert family("spokeswoman") == family("spokesperson") == "spokesman"
    assert family("Sen.") == "senator"
    assert family("mayor") == "mayor"


def test_roles_pronouns_titles_and_leading_words() -> None:
    assert PRONOUN_OF_ROLE["mr."] == "he" and PRONOUN_OF_ROLE["spokeswoman"] == "she"
    assert "spokesperson" not in PRONOUN_OF_ROLE
    assert {"mr", "sen", "gen"} <= TITLES_OF_ADDRESS and "president" not in TITLES_OF_ADDRESS
    assert {"former", "democratic", "sen.", "president"} <= LEADING_TITLES
    assert "of" not in LEADING_TITLES  # only inside a role phrase: "Secretary of State"


def test_roles_table_rows_are_well_formed(tmp_path) -> None:
    rows = read_table()
    assert all(row.family in rows or " " in row.word for row in rows.values())
    bad = tmp_path / "roles.tsv"
    bad.write_text("mayor\tjob\n", encoding="utf-8")
    try:
        read_table(bad)
    except ValueError as error:
        assert "mayor" in str(error)
    else:
        raise AssertionError("a row of an unknown kind was read")


def module_word_sets() -> dict[str, frozenset[str] | set[str] | dict[str, object]]:
    """Every module-level set of words in wirewatch, by its dotted name (the objects
    themselves, so an import of a shared table is told from a copy)."""
    found = {}
    for info in pkgutil.walk_packages(wirewatch.__path__, "wirewatch."):
        if info.name.startswith(("wirewatch.scale.spark", "wirewatch.web")):
            continue  # optional dependencies; they hold no word lists
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, (frozenset, set, dict)) and value and all(
                isinstance(item, str) for item in value
            ):
                found[f"{info.name}.{name}"] = value
    return found


def test_roles_no_module_keeps_its_own_copy_of_the_role_words() -> None:
    """Role nouns and titles are read from nlp.roles: any other word set holding several of
    them is a private copy that will drift."""
    shared = ROLE_NOUNS | TITLES_OF_ADDRESS
    own = [value for value in vars(roles).values() if isinstance(value, (frozenset, dict))]
    copies = {
        name: sorted(shared.intersection(words))
        for name, words in module_word_sets().items()
        if not any(words is table for table in own) and len(shared.intersection(words)) > 2
    }
    assert copies == {}


ENGLISH = spacy.blank("en").vocab  # lexical attributes ("lower_") without a model


def hand_built(words: list[str], ents: list[str]) -> Doc:
    return Doc(ENGLISH, words=words, ents=ents)


def test_roles_before_a_name_are_read_from_the_role_phrase() -> None:
    doc = hand_built(
        ["Kremlin", "spokesman", "Dmitry", "Peskov", "spoke", "."],
        ["O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    assert roles_before(doc.ents[0], doc.text) >= {"kremlin", "spokesman"}
    titled = hand_built(["Mr.", "Clarke", "left", "."], ["B-PERSON", "I-PERSON", "O", "O"])
    assert "mr." in roles_before(titled.ents[0], titled.text)
