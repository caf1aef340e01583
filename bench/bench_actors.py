"""Actor resolution on NGEC's test cases: a side's words -> country, organisation and sector.

    .venv/bin/python bench/bench_actors.py [--explain]

Reads `../shared/benchmarks/actions/ngec-actor-resolution/ngec_actor_resolution_cases.jsonl`
(411 actor strings from NGEC's tests, MIT) and runs `wirewatch.actions.actors.standing` on
each string of the cases that resolve an actor (`agent_to_code`, `search_nat`,
`short_text_to_agent`, `trf_agent_match`; the `query_wiki` cases test a Wikipedia lookup
and are left out).  The strings come without their sentence, so a bare person's name
("Angela Merkel") cannot be resolved here: wirewatch gives a person a country from the role
words of their article, which these cases do not have.

- country precision: answers that are the expected country, over the cases answered
  (a country given where NGEC expects none, "" or null, is wrong);
- country recall: right answers over the cases with an expected country;
- sector: our sector against NGEC's first code, over the cases giving one that we answer.
NGEC writes an international body's country as "IGO", a UN body's as "UNO" and the EU's as
"EUR"; wirewatch gives such a body no country and its own code, mapped to NGEC's convention
here (`ngec_country`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from wirewatch.actions.actors import standing
from wirewatch.nlp.countries import country_of_descriptor

ROOT = Path(__file__).resolve().parents[1]
CASES = (
    ROOT.parent
    / "shared"
    / "benchmarks"
    / "actions"
    / "ngec-actor-resolution"
    / "ngec_actor_resolution_cases.jsonl"
)
ACTOR_METHODS = frozenset({"agent_to_code", "search_nat", "short_text_to_agent", "trf_agent_match"})
UN_FAMILY = frozenset(
    {
        "UN",
        "UNSC",
        "UNGA",
        "UNHCR",
        "UNICEF",
        "WFP",
        "WHO",
        "UNDP",
        "OCHA",
        "OHCHR",
        "IAEA",
        "UNESCO",
        "FAO",
        "UNRWA",
        "UNPK",
        "ICJ",
    }
)


def read_cases() -> list[dict[str, Any]]:
    with CASES.open(encoding="utf-8") as lines:
        cases = [json.loads(line) for line in lines if line.strip()]
    return [case for case in cases if case["method"] in ACTOR_METHODS]


def expected_country(case: dict[str, Any]) -> str | None:
    """The country NGEC expects ("" or None: none), or None when the case does not say."""
    expected = case["expected"]
    for field in ("country", "cc"):
        if field in expected:
            return expected[field] or ""
    return "" if "code (Is)" in expected else None


def ngec_country(words: str, context: str | None = None) -> tuple[str | None, str | None]:
    """Our answer in NGEC's convention: (country, sector).  A case's `context` (a few words
    written with the actor: "Colombian defense" for "Diego Molano") is read as the role
    words before a name are in an article."""
    country, code, sector = standing(words)
    if country is None and code is None and context:
        country = country_of_descriptor(context)
    if country is None and code is not None and sector in ("IGO", "JUD"):
        country = "UNO" if code in UN_FAMILY else "IGO"
    return ("EUR" if code == "EU" else country), sector


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", action="store_true", help="list every wrong or missed case")
    args = parser.parse_args()
    answered = right = wanted = sectors = sectors_right = 0
    for case in read_cases():
        want = expected_country(case)
        if want is None:
            continue
        got, sector = ngec_country(case["input"], case["context"])
        wanted += bool(want)
        answered += bool(got)
        right += bool(got) and got == want
        code_1 = case["expected"].get("code_1")
        if code_1 and sector:
            sectors += 1
            sectors_right += sector == code_1
        if args.explain and got != want and (got or want):
            print(f"  {case['input']!r}: expected {want or '-'}, got {got or '-'}")
    print(f"NGEC actor resolution: {wanted} cases with a country, {answered} answered")
    print(f"  country precision {right / answered:.3f} ({right}/{answered} answered right)")
    print(f"  country recall    {right / wanted:.3f} ({right}/{wanted})")
    print(f"  sector agreement  {sectors_right / sectors:.3f} ({sectors_right}/{sectors})")


if __name__ == "__main__":
    main()
