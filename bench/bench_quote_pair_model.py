"""A learned pair decision for quote groups by meaning, against the bar-and-margin rule.

    .venv/bin/python bench/bench_quote_pair_model.py FIRST500_DB [HELD_OUT_DB]

Candidates: pairs of statements of one known speaker in two articles of one event, each the
other's closest in its article, cosine at least .80 (what `renderings.meaning_links` looks
at).  Features: cosine, margin over the runner-up (0 when there is none), no runner-up,
fewest content words, length ratio, numbers shared (1), differing (-1) or absent (0).
A logistic regression (scikit-learn, a dev dependency) is trained on the written dev split
(`labels/quote_groups.json`, speakers 1-5) and the judged candidates of the first 500
EpiMine articles (`labels/epimine_quote_pairs.tsv`), then compared with the rule
(`quotes.meaning_similarity`, `quotes.meaning_margin`) on the written test split, on its
training candidates, and, given a second stored run (EpiMine records 501-1000), on the
links either makes there (judged in the same label file).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np
from bench_quote_groups import DATA, corpus_of, quote_key
from sklearn.linear_model import LogisticRegression

from wirewatch.model import Corpus
from wirewatch.quotes.groups import blocks, set_speaker_entities, statements
from wirewatch.quotes.meaning import CachedEncoder, e5_encoder
from wirewatch.quotes.renderings import Statement, closest_two, may_link, similarities
from wirewatch.settings import Settings
from wirewatch.store.store import Store

LABELS = Path(__file__).resolve().parent / "labels" / "epimine_quote_pairs.tsv"
DIGITS = re.compile(r"\d+")
SCALE = np.array([10.0, 10.0, 1.0, 0.2, 1.0, 1.0])  # features to comparable ranges
Candidate = tuple[list[float], Statement, Statement]


def numbers_agree(first: str, second: str) -> float:
    found = [set(DIGITS.findall(text.replace(",", ""))) for text in (first, second)]
    if not all(found):
        return 0.0
    return 1.0 if found[0] & found[1] else -1.0


def features(cosine: float, runner_up: float, first: Statement, second: Statement) -> list[float]:
    lengths = sorted((len(first.text), len(second.text)))
    return [cosine, cosine - runner_up if runner_up > -1 else 0.0, float(runner_up == -1),
            min(len(first.words), len(second.words)), lengths[0] / max(1, lengths[1]),
            numbers_agree(first.text, second.text)]


def candidates(corpus: Corpus, floor: float = 0.80) -> list[Candidate]:
    set_speaker_entities(corpus)
    encode = CachedEncoder(corpus.statement_vectors, e5_encoder)
    found: list[Candidate] = []
    counted = 0
    for articles in blocks(corpus, Settings()):
        block = statements(articles, counted)
        counted += len(block)
        allowed = may_link(block)
        if not allowed.any():
            continue
        similar = similarities(block, allowed, encode)
        columns: dict[str, list[int]] = {}
        for i, statement in enumerate(block):
            columns.setdefault(statement.quote.article, []).append(i)
        for i, statement in enumerate(block):
            for other, index in columns.items():
                j, ahead = closest_two(similar[i], index)
                if other == statement.quote.article or i > j or similar[i, j] < floor:
                    continue
                back, behind = closest_two(similar[j], columns[statement.quote.article])
                if back == i:
                    row = features(float(similar[i, j]), max(ahead, behind), block[i], block[j])
                    found.append((row, block[i], block[j]))
    return found


def written(split: str) -> tuple[np.ndarray, np.ndarray]:
    speakers = json.loads(DATA.read_text(encoding="utf-8"))["speakers"]
    corpus, statement_of, _ = corpus_of([s for s in speakers if s["split"] == split])
    found = candidates(corpus)
    gold = [statement_of[a.quote.id] == statement_of[b.quote.id] for _, a, b in found]
    return np.array([row for row, _, _ in found]), np.array(gold, dtype=bool)


def judged(db: Path) -> list[tuple[list[float], str | None, Candidate]]:
    labels = {}
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "article_a")):
            article_a, quote_a, article_b, quote_b, label = line.split("\t")
            labels[frozenset({(article_a, quote_a), (article_b, quote_b)})] = label
    found = []
    for candidate in candidates(Store(db).load_corpus()):
        row, a, b = candidate
        pair = frozenset({quote_key(a.quote.article, a.text), quote_key(b.quote.article, b.text)})
        found.append((row, labels.get(pair), candidate))
    return found


def rule(rows: np.ndarray, settings: Settings) -> np.ndarray:
    quotes = settings.quotes
    return (rows[:, 0] >= quotes.meaning_similarity) & (
        (rows[:, 2] == 1) | (rows[:, 1] >= quotes.meaning_margin)
    )


def scored(predicted: np.ndarray, gold: np.ndarray) -> str:
    tp = int((predicted & gold).sum())
    fp, fn = int((predicted & ~gold).sum()), int((~predicted & gold).sum())
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first500", type=Path, help="wirewatch.db of EpiMine records 1-500")
    parser.add_argument("held_out", type=Path, nargs="?", help="wirewatch.db of records 501-1000")
    args = parser.parse_args()
    settings = Settings()
    dev_rows, dev_gold = written("dev")
    test_rows, test_gold = written("test")
    real = [(row, label) for row, label, _ in judged(args.first500) if label in ("same", "other")]
    real_rows = np.array([row for row, _ in real])
    real_gold = np.array([label == "same" for _, label in real])
    model = LogisticRegression(max_iter=2000, class_weight="balanced").fit(
        np.vstack([dev_rows, real_rows]) * SCALE, np.concatenate([dev_gold, real_gold]))
    print(f"trained on {len(dev_gold)} written candidates ({dev_gold.sum()} one statement) and "
          f"{len(real_gold)} judged EpiMine ones ({real_gold.sum()})")
    for name, rows, gold in (("written test", test_rows, test_gold),
                             ("EpiMine 1-500 (training)", real_rows, real_gold)):
        learned = model.predict(rows * SCALE).astype(bool)
        print(f"{name:26} rule {scored(rule(rows, settings), gold)} | "
              f"learned {scored(learned, gold)}")
    if args.held_out:
        held = judged(args.held_out)
        rows = np.array([row for row, _, _ in held])
        learned, ruled = model.predict(rows * SCALE).astype(bool), rule(rows, settings)
        for name, chosen in (("rule", ruled), ("learned", learned)):
            labels = [label or "not judged" for (_, label, _), made in zip(held, chosen,
                                                                           strict=True) if made]
            counts = {label: labels.count(label) for label in sorted(set(labels))}
            print(f"EpiMine 501-1000, links of the {name}: {counts}")


if __name__ == "__main__":
    main()
