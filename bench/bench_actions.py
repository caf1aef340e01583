"""Action coding on the PLOVER gold standard records (322 sentences, PLOVER types and actors).

    .venv/bin/python bench/bench_actions.py [--explain N]

Reads `../shared/benchmarks/actions/plover-gsr/gsr_flat.jsonl`, runs spaCy and the
annotators that run before actions in the pipeline (sentences, mentions, quotes), then
`add_actions`, and compares each sentence's coded actions with its gold event:
- type recall: sentences whose gold PLOVER type is among the types coded;
- type precision: coded (sentence, type) pairs that are the gold type;
- full: a coded action with the gold type, a doer among the gold actors and a target among
  the gold recipients (or, for a reciprocal event, among the other actors); recall over the
  sentences whose gold gives both sides as country codes, precision over the coded actions
  whose two sides both have a country (those are the ones the export keeps).
Speed: `add_actions` against the spaCy pass in the same run.  The sentences are edited
CAMEO-manual examples ("ideal codings", no system gets all); the lexicon was written from
the PLOVER event definitions; the records have no split, so the even ones are dev (their
misses were read to improve the lexicon) and the odd ones test.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirewatch.actions.code import add_actions
from wirewatch.model import ActionMention, Article
from wirewatch.nlp.annotate import add_mentions, add_sentences
from wirewatch.nlp.spacy_pipeline import load_pipeline
from wirewatch.quotes.extract import add_quotes
from wirewatch.settings import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

CODERS = ("rules", "model", "combined")
ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "benchmarks" / "actions" / "plover-gsr" / "gsr_flat.jsonl"
COUNTRY_CODE_LENGTH = 3  # GSR actor codes: ISO3 countries, or IGO / NGO / MNC and the like
NON_COUNTRIES = frozenset(
    {"IGO", "NGO", "MNC", "REB", "UAF", "JUD", "OPP", "MED", "IMG", "ISM"}
)
# Old CAMEO spellings a few records keep, written as ISO alpha-3 here.
GOLD_SPELLING = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
# wirewatch's bloc codes (the EU, NATO, Europe as a whole): where the GSR names such a body
# it codes it "IGO", which is no country above, so a bloc side is no country either.
BLOCS = frozenset({"EU", "NATO", "EUR"})


def read_records() -> list[dict[str, Any]]:
    with GSR.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def countries(parties: list[dict[str, Any]]) -> set[str]:
    return {
        GOLD_SPELLING.get(p["code"], p["code"])
        for p in parties
        if p.get("code")
        and len(p["code"]) == COUNTRY_CODE_LENGTH
        and p["code"] not in NON_COUNTRIES
    }


def parse_records(
    records: list[dict[str, Any]], settings: Settings
) -> tuple[list[tuple[Article, Doc]], float]:
    """Articles annotated up to the actions stage with their parses, and the spaCy seconds."""
    nlp = load_pipeline(settings.nlp.spacy_model)
    articles = [Article(id=r["id"], source="gsr", text=r["text"]) for r in records]
    started = time.perf_counter()
    docs = list(nlp.pipe(article.text for article in articles))
    spacy_seconds = time.perf_counter() - started
    for article, doc in zip(articles, docs, strict=True):
        add_sentences(article, doc, settings)
        add_mentions(article, doc, settings)
        add_quotes(article, doc, settings)
    return list(zip(articles, docs, strict=True)), spacy_seconds


def code_parsed(parsed: list[tuple[Article, Doc]], settings: Settings) -> float:
    """Code every article's actions; the seconds `add_actions` took."""
    seconds = 0.0
    for article, doc in parsed:
        started = time.perf_counter()
        add_actions(article, doc, settings)
        seconds += time.perf_counter() - started
    return seconds


def code_records(
    records: list[dict[str, Any]], settings: Settings
) -> tuple[list[Article], float, float]:
    """Coded articles, and the seconds of the spaCy pass and of `add_actions` alone."""
    parsed, spacy_seconds = parse_records(records, settings)
    action_seconds = code_parsed(parsed, settings)
    return [article for article, _doc in parsed], spacy_seconds, action_seconds


def two_countries(action: ActionMention) -> bool:
    """Both sides of the action are countries (the export keeps only such dyads' counts)."""
    sides = (action.source.country, action.target.country if action.target else None)
    return all(side and side not in BLOCS for side in sides)


def full_match(action: ActionMention, record: dict[str, Any]) -> bool:
    """Type, doer and target as the gold codes them.  A target of the doer's own country
    matches when the gold names it as a recipient ("ethnic Albanians demonstrated in
    Serbia": SRB -> SRB); a reciprocal event's actors are each other's targets."""
    if action.target is None or action.type != record["event_plover"]:
        return False
    actors, recipients = countries(record["actors"]), countries(record["recipients"])
    source, target = action.source.country, action.target.country
    if source not in actors:
        return False
    return target in recipients or (
        bool(record.get("reciprocal")) and target in actors and target != source
    )


def scores(records: list[dict[str, Any]], articles: list[Article]) -> dict[str, float]:
    typed = [{a.type for a in article.actions} for article in articles]
    gold_types = [r["event_plover"] for r in records]
    coded_pairs = sum(len(types) for types in typed)
    right_pairs = sum(gold in types for gold, types in zip(gold_types, typed, strict=True))
    two_sided = [
        i
        for i, r in enumerate(records)
        if countries(r["actors"]) and (countries(r["recipients"]) or r.get("reciprocal"))
    ]
    coded = [a for article in articles for a in article.actions if two_countries(a)]
    good = [
        a
        for a, r in ((a, records[i]) for i, art in enumerate(articles) for a in art.actions)
        if full_match(a, r)
    ]
    found = sum(any(full_match(a, records[i]) for a in articles[i].actions) for i in two_sided)
    return {
        "sentences": len(records),
        "type_recall": right_pairs / len(records),
        "type_precision": right_pairs / coded_pairs if coded_pairs else 0.0,
        "sentences_coded": sum(bool(t) for t in typed) / len(records),
        "two_sided": len(two_sided),
        "full_recall": found / len(two_sided) if two_sided else 0.0,
        "full_precision": len(good) / len(coded) if coded else 0.0,
        "majority_type": Counter(gold_types).most_common(1)[0][1] / len(records),
    }


def explain(records: list[dict[str, Any]], articles: list[Article], limit: int) -> None:
    shown = 0
    for record, article in zip(records, articles, strict=True):
        got = [(a.type, a.source.country, a.target and a.target.country) for a in article.actions]
        if any(full_match(a, record) for a in article.actions) or shown >= limit:
            continue
        shown += 1
        gold = (
            record["event_plover"],
            sorted(countries(record["actors"])),
            sorted(countries(record["recipients"])),
        )
        print(f"- {record['text'][:150]}\n    gold {gold}  coded {got}")


def report(split: str, records: list[dict[str, Any]], articles: list[Article]) -> None:
    figures = scores(records, articles)
    print(f"PLOVER GSR {split}: {figures['sentences']} sentences, ", end="")
    print(f"{figures['two_sided']} with both sides as countries")
    print(
        f"  type:  recall {figures['type_recall']:.3f}  precision {figures['type_precision']:.3f}"
        f"  (sentences with any action coded: {figures['sentences_coded']:.3f})"
    )
    print(
        f"  full (type + doer + target countries): recall {figures['full_recall']:.3f}  "
        f"precision {figures['full_precision']:.3f}"
    )
    print(f"  majority type for every sentence: accuracy {figures['majority_type']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", type=int, default=0, help="show this many dev misses")
    parser.add_argument(
        "--coder", choices=CODERS, help="measure only this coder (default: all three)"
    )
    args = parser.parse_args()
    records = read_records()
    settings = Settings()
    parsed, spacy_seconds = parse_records(records, settings)
    articles = [article for article, _doc in parsed]
    for coder in [args.coder] if args.coder else CODERS:
        settings.actions.coder = coder
        action_seconds = code_parsed(parsed, settings)
        print(f"== coder: {coder}")
        # No split is given: even records are dev (the lexicon was written and the model
        # trained on them), odd records test.
        for split, parity in (("dev", 0), ("test", 1)):
            chosen = [i for i in range(len(records)) if i % 2 == parity]
            report(split, [records[i] for i in chosen], [articles[i] for i in chosen])
    per_sentence = 1000 * action_seconds / len(records)
    print(
        f"speed: add_actions {per_sentence:.2f} ms/sentence, "
        f"{100 * action_seconds / spacy_seconds:.1f}% of the spaCy pass "
        f"({1000 * spacy_seconds / len(records):.1f} ms/sentence); "
        f"{len(records) / (spacy_seconds + action_seconds):.0f} sentences/s with the parse"
    )
    if args.explain:
        explain(records[::2], articles[::2], args.explain)


if __name__ == "__main__":
    main()
