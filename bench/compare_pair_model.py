"""A learned pair classifier against the alignment rules, on `compare/ecbplus-dev` only.

    .venv/bin/python bench/compare_pair_model.py

Every pair of claims from two articles of one gold event, in one block (dimension, currency),
whose values do not agree, is a candidate; it is labelled a disagreement when the gold lists
the two articles with those two different values (as `../shared/eval/score.py` reads them).
A logistic regression over general pair features (clause-word cosine, same thing, thing
stems, same or different verb, clashing parties, other period, quoted, date happening, value
ratio, days between reports, approximate, each article also stating the other's value,
reports backing each side, dimension) is estimated by leaving one event out at a time: it is
trained on the other 11 events' pairs and decides the held-out event's.  Pairs it accepts
are joined into disputes (connected claims) and shown, as the rules show theirs, only with at
most 3 values and at least 3 reporting articles; the scores are those of the union over the
12 held-out events.  The rules, with the same events and claims: `find_contradictions`.
Nothing here is shipped: it measures whether a model should replace the rules.
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path

from wirewatch.compare.align import (
    Reading,
    Similarity,
    agree,
    different_speakers,
    parties_clash,
    published_day,
    readings,
    same_happening,
    same_period,
    same_thing,
    share_a_stem,
    word_weights,
)
from wirewatch.compare.contradictions import find_contradictions
from wirewatch.model import to_dict
from wirewatch.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
from bench_compare import SHARED, Timer, gold_corpus, load_module, read_corpus

REAL = SHARED / "benchmarks" / "compare" / "ecbplus-dev"
DIMENSIONS = ("count", "duration", "clock", "date", "money", "age", "length", "mass", "share")
THRESHOLDS = (0.5, 0.7, 0.9)


def states(facts: list[Reading], article: str, fact: Reading, settings: Settings) -> bool:
    """`article` gives `fact`'s value for a claim of the same block and thing."""
    return any(
        other.article.id == article
        and other.block == fact.block
        and same_thing(other.claim, fact.claim)
        and agree(other, fact, settings.compare)
        for other in facts
    )


def features(
    first: Reading, second: Reading, facts: list[Reading], cosine: float, settings: Settings
) -> dict[str, float]:
    a, b = first.claim, second.claim
    day1, day2 = published_day(first), published_day(second)
    articles = {fact.article.id for fact in facts}
    backers = min(
        sum(states(facts, article, fact, settings) for article in articles)
        for fact in (first, second)
    )
    ratio = abs(math.log(abs(a.number) / abs(b.number))) if a.number and b.number else 0.0
    found = {
        "cosine": cosine,
        "same_thing": float(bool(a.thing) and same_thing(a, b)),
        "no_thing": float(not a.thing and not b.thing),
        "thing_stem": float(share_a_stem(a.thing_words, b.thing_words)),
        "same_verb": float(bool(a.predicate) and a.predicate == b.predicate),
        "other_verb": float(bool(a.predicate and b.predicate) and a.predicate != b.predicate),
        "parties_clash": float(parties_clash(a, b)),
        "other_period": float(not same_period(a, b)),
        "other_speakers": float(different_speakers(first.voice, second.voice)),
        "other_happening": float(a.kind == "date" and not same_happening(a, b)),
        "value_ratio": min(ratio, 5.0),
        "days_apart": math.log1p(abs((day1 - day2).days)) if day1 and day2 else 0.0,
        "approximate": float(a.approximate or b.approximate),
        "also_stated": float(
            states(facts, second.article.id, first, settings)
            or states(facts, first.article.id, second, settings)
        ),
        "backers": math.log1p(backers),
    }
    found.update({f"is_{d}": float(a.dimension == d) for d in DIMENSIONS})
    return found


def gold_sides(gold: dict, numbers) -> list[list[tuple[str, frozenset[float]]]]:
    """Each gold disagreement as (article, the numbers that set its claim apart)."""
    found = []
    for disagreement in gold["contradictions"]:
        sets = [numbers(claim["value"]) for claim in disagreement["claims"]]
        common = set.intersection(*sets)
        found.append(
            [
                (claim["article"], frozenset((values - common) or values))
                for claim, values in zip(disagreement["claims"], sets, strict=True)
            ]
        )
    return found


def is_gold_pair(first: Reading, second: Reading, sides, numbers) -> bool:
    read1, read2 = numbers(first.claim.value), numbers(second.claim.value)
    for disagreement in sides:
        one = {key for article, key in disagreement if article == first.article.id and key & read1}
        two = {key for article, key in disagreement if article == second.article.id and key & read2}
        if any(x != y for x in one for y in two):
            return True
    return False


def candidate_pairs(corpus, gold, numbers, settings):
    """(event, first, second, features, label) for every differing pair of each gold event."""
    by_id = {article.id: article for article in corpus.articles}
    weight = word_weights(readings(corpus.articles))
    sides = gold_sides(gold, numbers)
    rows = []
    for event in gold["events"]:
        facts = readings([by_id[i] for i in event["articles"] if i in by_id])
        similarity = Similarity(facts, weight)
        for index, first in enumerate(facts):
            for second in facts[index + 1 :]:
                if (
                    first.article.id == second.article.id
                    or first.block != second.block
                    or agree(first, second, settings.compare)
                ):
                    continue
                shared = set(first.claim.context) & set(second.claim.context)
                cosine = sum(similarity.weight.get(w, 0.0) ** 2 for w in shared) / (
                    similarity.norms[id(first.claim)] * similarity.norms[id(second.claim)]
                )
                rows.append(
                    (
                        event["id"],
                        first,
                        second,
                        features(first, second, facts, cosine, settings),
                        int(is_gold_pair(first, second, sides, numbers)),
                    )
                )
    return rows


def disputes(pairs: list[tuple[Reading, Reading]]) -> list[dict]:
    """Accepted pairs joined into disputes; shown with <= 3 values and >= 3 articles."""
    parent: dict[int, int] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    facts = {}
    for first, second in pairs:
        facts[id(first)], facts[id(second)] = first, second
        parent[root(id(second))] = root(id(first))
    members = defaultdict(list)
    for key, fact in facts.items():
        members[root(key)].append(fact)
    shown = []
    for group in members.values():
        values = {(fact.claim.low, fact.claim.high, fact.claim.unit) for fact in group}
        if len(values) <= 3 and len({fact.article.id for fact in group}) >= 3:
            claims = [{"article": f.article.id, "value": f.claim.value} for f in group]
            shown.append({"subject": group[0].claim.subject, "claims": claims})
    return shown


def cross_validated(rows) -> list[float]:
    """Each pair's chance from a model trained without its event."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer(sparse=False).fit_transform([row[3] for row in rows])
    labels = [row[4] for row in rows]
    chances = [0.0] * len(rows)
    for event in {row[0] for row in rows}:
        train = [i for i, row in enumerate(rows) if row[0] != event]
        model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
        model.fit(vectors[train], [labels[i] for i in train])
        held = [i for i, row in enumerate(rows) if row[0] == event]
        for i, chance in zip(held, model.predict_proba(vectors[held])[:, 1], strict=True):
            chances[i] = chance
    return chances


def main() -> None:
    settings = Settings()
    gold = json.loads((REAL / "gold.json").read_text(encoding="utf-8"))
    scorer = load_module("wirewatch_score", SHARED / "eval" / "score.py")
    articles = read_corpus([REAL / "articles.jsonl"], settings)
    Timer().annotate(articles, settings)
    corpus = gold_corpus(articles, gold)
    rows = candidate_pairs(corpus, gold, scorer.numbers, settings)
    print(f"pairs {len(rows)}, of them gold disagreements {sum(row[4] for row in rows)}")
    chances = cross_validated(rows)
    for threshold in THRESHOLDS:
        accepted = [(r[1], r[2]) for r, c in zip(rows, chances, strict=True) if c >= threshold]
        figures = scorer.score_contradictions(gold, {"contradictions": disputes(accepted)}, [])
        print(f"model, chance >= {threshold}: {report(figures)}")
    find_contradictions(corpus, settings)
    shown = [to_dict(c) for c in corpus.contradictions if c.kind != "attribution"]
    print(f"rules: {report(scorer.score_contradictions(gold, {'contradictions': shown}, []))}")


def report(figures: dict) -> str:
    p = "n/a" if figures["p"] is None else f"{figures['p']:.3f}"
    return (
        f"shown {figures['pred']}, gold found {figures['tp']} of {figures['gold']}, "
        f"P {p}, R {figures['r']:.3f}"
    )


if __name__ == "__main__":
    main()
