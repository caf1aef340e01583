"""Train the sentence-level PLOVER type model shipped as `src/wirewatch/actions/action_model.json`.

    .venv/bin/python bench/train_action_model.py [--out PATH] [--c 10]

Training sentences: the dev half (even records) of the PLOVER gold standard records
(`../shared/benchmarks/actions/plover-gsr/gsr_flat.jsonl`; the odd records are test and
never read here); the sentences of the 20 `actions/news-dev` articles, labelled from that
set's gold actions (`labels/news_dev_sentences.tsv`); and real news sentences labelled for
wirewatch (`labels/epimine_sentences.tsv`, past the 500 records the hand check reads).  The
label files hold article id, offsets and type (NONE for a sentence that tells no action);
the text is read from `../shared` at training time, and only the weights are written to the
repository, never a sentence.  Features are those of
`wirewatch.actions.classify.sentence_features` (lemmas, the lexicon's candidate types,
negation, future), scaled as the coder scales them (sublinear counts, unit length); the
model is scikit-learn's multinomial logistic regression (a dev dependency), exported as
plain weights so the coder needs no learning library.  `bench/cv_action_model.py` measures
it on held-out folds.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirewatch.actions.classify import MODEL, sentence_features
from wirewatch.nlp.spacy_pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
GSR = BENCHMARKS / "actions" / "plover-gsr" / "gsr_flat.jsonl"
NEWS_DEV = BENCHMARKS / "actions" / "news-dev" / "articles.jsonl"
STREAM = BENCHMARKS / "clustering" / "epimine" / "stream.jsonl"
LABELS = Path(__file__).with_name("labels")
SMALLEST_WEIGHT = 0.01  # weights below this (in every class) are dropped from the shipped file
GSR_FOLDS = 5  # folds of the GSR dev records and of the EpiMine labels for cross-validation


@dataclass(frozen=True)
class Labelled:
    """A training sentence: its text, its type (or NONE), its corpus and its fold."""

    text: str
    kind: str
    corpus: str
    fold: str


def gsr_dev() -> list[Labelled]:
    with GSR.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return [  # dev only: the even records
        Labelled(r["text"], r["event_plover"], "gsr", f"gsr{n % GSR_FOLDS}")
        for n, r in enumerate(records[::2])
    ]


def labelled_news(labels: Path, stream: Path, corpus: str) -> list[Labelled]:
    """The sentences of a label file; a news-dev article's fold is its storyline."""
    with stream.open(encoding="utf-8") as lines:
        texts = {r["id"]: r["text"] for r in map(json.loads, lines)}
    found = []
    for n, line in enumerate(labels.read_text(encoding="utf-8").splitlines()):
        if not line or line.startswith(("#", "article\t")):
            continue
        article, start, end, kind = line.split("\t")
        fold = article.split("#")[0] if corpus == "news-dev" else f"epi{n % GSR_FOLDS}"
        found.append(Labelled(texts[article][int(start) : int(end)], kind, corpus, fold))
    return found


def training_sentences() -> list[Labelled]:
    return (
        gsr_dev()
        + labelled_news(LABELS / "news_dev_sentences.tsv", NEWS_DEV, "news-dev")
        + labelled_news(LABELS / "epimine_sentences.tsv", STREAM, "epimine")
    )


def scaled(features: list[str]) -> dict[str, float]:
    """Sublinear counts scaled to unit length, as `TypeModel.probabilities` scales them."""
    counts: dict[str, int] = {}
    for feature in features:
        counts[feature] = counts.get(feature, 0) + 1
    values = {f: 1.0 + math.log(n) for f, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {f: v / norm for f, v in values.items()}


def featurise(texts: list[str]) -> list[list[str]]:
    """The features of each text (all its sentences)."""
    found = []
    for doc in load_pipeline().pipe(texts):
        found.append([f for sentence in doc.sents for f in sentence_features(sentence)])
    return found


def train(features: list[list[str]], labels: list[str], c: float) -> dict[str, Any]:
    """The exported model (classes, intercepts, weights) fitted to the texts' features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([scaled(f) for f in features])
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
    sentences = training_sentences()
    rows = featurise([s.text for s in sentences])
    exported = train(rows, [s.kind for s in sentences], args.c)
    args.out.write_text(json.dumps(exported, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(sentences)} sentences, {len(exported['weights'])} features -> {args.out}")


if __name__ == "__main__":
    main()
