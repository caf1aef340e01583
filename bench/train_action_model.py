"""Train the sentence-level PLOVER type model shipped as `src/wirewatch/actions/action_model.json`.

    .venv/bin/python bench/train_action_model.py [--out PATH] [--c 10]

Training sentences: the dev half (even records) of the PLOVER gold standard records
(`../shared/benchmarks/actions/plover-gsr/gsr_flat.jsonl`; the odd records are test and
never read here), and real news sentences labelled for wirewatch (`labels/epimine_sentences.tsv`:
article id, offsets and type, NONE for a sentence that tells no action; the text is read
from `../shared/benchmarks/clustering/epimine/stream.jsonl`, past the 500 records the hand
check reads and outside the news-dev articles).  Features are those of
`wirewatch.actions.classify.sentence_features` (lemmas, the lexicon's candidate types,
negation, future), scaled as the coder scales them (sublinear
counts, unit length); the model is scikit-learn's multinomial logistic regression (a dev
dependency), exported as plain weights so the coder needs no learning library.  Only the
weights are written to the repository, never a sentence.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any

from wirewatch.actions.classify import MODEL, sentence_features
from wirewatch.nlp.spacy_pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "benchmarks" / "actions" / "plover-gsr" / "gsr_flat.jsonl"
STREAM = ROOT.parent / "shared" / "benchmarks" / "clustering" / "epimine" / "stream.jsonl"
NEWS_LABELS = Path(__file__).with_name("labels") / "epimine_sentences.tsv"
SMALLEST_WEIGHT = 0.01  # weights below this (in every class) are dropped from the shipped file


def training_records() -> list[dict[str, Any]]:
    with GSR.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return records[::2]  # dev only: the even records


def news_sentences() -> list[tuple[str, str]]:
    """(sentence, type) of the labelled news sentences."""
    with STREAM.open(encoding="utf-8") as lines:
        texts = {r["id"]: r["text"] for r in map(json.loads, lines)}
    labelled = []
    for line in NEWS_LABELS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "article\t")):
            continue
        article, start, end, kind = line.split("\t")
        labelled.append((texts[article][int(start) : int(end)], kind))
    return labelled


def scaled(features: list[str]) -> dict[str, float]:
    """Sublinear counts scaled to unit length, as `TypeModel.probabilities` scales them."""
    counts: dict[str, int] = {}
    for feature in features:
        counts[feature] = counts.get(feature, 0) + 1
    values = {f: 1.0 + math.log(n) for f, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {f: v / norm for f, v in values.items()}


def train(texts: list[str], labels: list[str], c: float) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    nlp = load_pipeline()
    rows = []
    for doc in nlp.pipe(texts):
        features: list[str] = []
        for sentence in doc.sents:
            features.extend(sentence_features(sentence))
        rows.append(scaled(features))
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, labels)
    weights = {
        name: [round(float(w), 4) for w in model.coef_[:, column]]
        for column, name in enumerate(vectorizer.get_feature_names_out())
        if max(abs(w) for w in model.coef_[:, column]) >= SMALLEST_WEIGHT
    }
    return {
        "about": "PLOVER type of a sentence; trained by bench/train_action_model.py",
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    args = parser.parse_args()
    records = training_records()
    news = news_sentences()
    texts = [r["text"] for r in records] + [text for text, _kind in news]
    labels = [r["event_plover"] for r in records] + [kind for _text, kind in news]
    exported = train(texts, labels, args.c)
    args.out.write_text(json.dumps(exported, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(texts)} sentences, {len(exported['weights'])} features -> {args.out}")


if __name__ == "__main__":
    main()
