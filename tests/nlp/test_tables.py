"""Each table of the domain has one home: no other module writes its words again.

A module that needs month names, weekdays, number words or units imports them from the
table's module; one that spells several of them out in its own strings (a set, a dict, a
regular expression) keeps a private copy, which drifts (issue 15: month tables that
disagreed on seasons, two unit tables).  Role words have their own check, in
`test_roles.py`, over the values modules hold.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import wirewatch
from wirewatch.nlp import units
from wirewatch.nlp.time import cues

SOURCES = Path(wirewatch.__file__).parent
LETTERS = re.compile(r"[a-z]+")
MONTHS = frozenset(cues.MONTHS)  # names and abbreviations
NUMBERS = frozenset(word for word in units.NUMBER_WORDS if word not in {"zero", "one", "two"})
# Written units of measure and money; not durations, which every date module names.
MEASURES = frozenset(
    word
    for name, (_unit, _factor, dimension) in units.UNITS.items()
    if dimension != "duration"
    for word in name.split()
    if len(word) > 4
)
# table -> (its words, its home, how many of them make a copy)
TABLES = {
    "months": (MONTHS, "nlp/time/cues.py", 4),
    "weekdays": (frozenset(cues.WEEKDAYS), "nlp/time/cues.py", 3),
    "number words": (NUMBERS, "nlp/units.py", 4),
    "units": (MEASURES, "nlp/units.py", 4),
}


def string_words(path: Path) -> set[str]:
    """The lower-case words of the string constants of a module (regexes included), but
    not of its docstrings, whose examples name months and units freely."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return {
        word
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
        for word in LETTERS.findall(node.value.lower())
    }


def test_tables_are_large_enough_to_be_recognised() -> None:
    for words, _home, copy_size in TABLES.values():
        assert len(words) > 2 * copy_size


@pytest.mark.parametrize("table", sorted(TABLES))
def test_tables_no_module_keeps_a_private_copy(table: str) -> None:
    words, home, copy_size = TABLES[table]
    copies = {}
    for path in sorted(SOURCES.rglob("*.py")):
        module = path.relative_to(SOURCES).as_posix()
        found = string_words(path) & words
        if module != home and len(found) >= copy_size:
            copies[module] = sorted(found)
    assert not copies, f"{table} written outside {home}: {copies}"


def test_tables_the_check_finds_a_copy(tmp_path: Path) -> None:
    copy = tmp_path / "copy.py"
    copy.write_text('"""In January."""\nMONTH = "jan|feb|mar|apr"\nSPRING = {"march", "april"}\n')
    assert string_words(copy) & MONTHS == {"jan", "feb", "mar", "apr", "march", "april"}
