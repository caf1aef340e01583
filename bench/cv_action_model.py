"""Rules, sentence model and their combination on held-out folds: how the action coder is chosen.

    .venv/bin/python bench/cv_action_model.py [--c 10] [--add-above 0.25 0.4 0.6]

The training sentences of `bench/train_action_model.py` fall in folds: the GSR dev records
and the EpiMine labels in five each, the news-dev articles by storyline (four).  For each
fold the model is trained on every other fold and measured on it:
- sentence level: the model's type of each held-out labelled sentence, as recall and
  precision of the sentences' action types when only answers surer than a threshold count;
- coder level: the held-out GSR dev records coded by the rules and by the combined coder
  (figures as `bench/bench_actions.py` gives them), and the held-out news-dev storyline
  analysed by the whole pipeline and scored by `../shared/eval/score.py`'s action rules.
The GSR test records are never read here.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
from pathlib import Path
from typing import Any

from bench_actions import code_parsed, parse_records, read_records, scores
from train_action_model import BENCHMARKS, Labelled, featurise, train, training_sentences

from wirewatch.actions import classify
from wirewatch.api import analyze
from wirewatch.settings import Settings

NEWS_GOLD = BENCHMARKS / "actions" / "news-dev" / "gold.json"
NEWS_ARTICLES = BENCHMARKS / "actions" / "news-dev" / "articles.jsonl"
SCORER = BENCHMARKS.parent / "eval" / "score.py"
THRESHOLDS = (0.25, 0.4, 0.6)


def use_model(exported: dict[str, Any], folder: Path) -> None:
    """Make the coder read this model instead of the shipped one."""
    path = folder / "model.json"
    path.write_text(json.dumps(exported), encoding="utf-8")
    classify.MODEL = path
    classify.type_model.cache_clear()


def sentence_level(sentences: list[Labelled], answers: list[tuple[str, float]]) -> None:
    for corpus in sorted({s.corpus for s in sentences}):
        pairs = [(s.kind, a) for s, a in zip(sentences, answers, strict=True) if s.corpus == corpus]
        actions = sum(kind != classify.NONE for kind, _a in pairs)
        line = [f"  {corpus:9s} {len(pairs):4d} sentences, {actions:3d} actions:"]
        for threshold in THRESHOLDS:
            said = [(k, t) for k, (t, p) in pairs if t != classify.NONE and p >= threshold]
            right = sum(k == t for k, t in said)
            precision = right / len(said) if said else 0.0
            line.append(f"@{threshold} R {right / actions:.3f} P {precision:.3f}")
        print("  ".join(line))


def news_fold(storyline: str, settings: Settings) -> dict[str, Any]:
    """The held-out storyline's articles analysed, in the export's form."""
    with NEWS_ARTICLES.open(encoding="utf-8") as lines:
        chosen = [line for line in lines if json.loads(line)["id"].startswith(storyline + "#")]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fold.jsonl"
        path.write_text("".join(chosen), encoding="utf-8")
        return analyze([path], settings=settings).to_dict()


def scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def news_counts(export: dict[str, Any], storyline: str) -> tuple[int, int, int, int]:
    """(required found, predicted, predicted right, required) on one storyline."""
    gold = json.loads(NEWS_GOLD.read_text(encoding="utf-8"))
    gold["articles"] = [a for a in gold["articles"] if a.startswith(storyline + "#")]
    gold["actions"] = [a for a in gold["actions"] if a["articles"][0].startswith(storyline)]
    figures = scorer().score_actions(gold, export, [])
    return figures["tp"], figures["pred"], round((figures["p"] or 0) * figures["pred"]), figures[
        "gold"
    ]


def coders(add_above: list[float]) -> list[tuple[str, float]]:
    return [("rules", 0.0)] + [("combined", threshold) for threshold in add_above]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=10.0)
    parser.add_argument("--add-above", type=float, nargs="+", default=list(THRESHOLDS))
    args = parser.parse_args()
    sentences = training_sentences()
    rows = featurise([s.text for s in sentences])
    records = read_records()[::2]
    settings = Settings()
    settings.jobs = 1
    parsed, _seconds = parse_records(records, settings)
    answers: list[tuple[str, float]] = [("", 0.0)] * len(sentences)
    news: dict[tuple[str, float], list[int]] = {}
    gsr_coded: dict[tuple[str, float], dict[int, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for fold in sorted({s.fold for s in sentences}):
            train_at = [i for i, s in enumerate(sentences) if s.fold != fold]
            labels = [sentences[i].kind for i in train_at]
            exported = train([rows[i] for i in train_at], labels, args.c)
            use_model(exported, Path(folder))
            model = classify.type_model()
            for i, s in enumerate(sentences):
                if s.fold == fold:
                    probabilities = model.probabilities(rows[i])
                    best = max(probabilities, key=probabilities.__getitem__)
                    answers[i] = (best, probabilities[best])
            for coder, threshold in coders(args.add_above):
                settings.actions.coder, settings.actions.add_above = coder, threshold
                if fold.startswith("gsr"):
                    held = [n for n in range(len(records)) if f"gsr{n % 5}" == fold]
                    code_parsed([parsed[n] for n in held], settings)
                    for n in held:
                        gsr_coded.setdefault((coder, threshold), {})[n] = parsed[n][0].actions
                elif not fold.startswith("epi"):
                    counts = news_counts(news_fold(fold, settings), fold)
                    total = news.setdefault((coder, threshold), [0, 0, 0, 0])
                    news[(coder, threshold)] = [a + b for a, b in zip(total, counts, strict=True)]
    print(f"sentence level, held-out folds (C={args.c}): recall @threshold, precision")
    sentence_level(sentences, answers)
    report(records, parsed, gsr_coded, news, args.add_above)


def report(
    records: list[dict[str, Any]],
    parsed: list[tuple[Any, Any]],
    gsr_coded: dict[tuple[str, float], dict[int, Any]],
    news: dict[tuple[str, float], list[int]],
    add_above: list[float],
) -> None:
    print("coder level, held-out folds")
    for coder, threshold in coders(add_above):
        articles = [parsed[n][0] for n in range(len(records))]
        for n, actions in gsr_coded[(coder, threshold)].items():
            articles[n].actions = actions
        gsr = scores(records, articles)
        found, predicted, right, required = news[(coder, threshold)]
        precision, recall = right / predicted if predicted else 0.0, found / required
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
        print(
            f"  {coder:8s} add_above {threshold:.2f}  GSR dev: type R {gsr['type_recall']:.3f} "
            f"P {gsr['type_precision']:.3f}, full R {gsr['full_recall']:.3f} "
            f"P {gsr['full_precision']:.3f}  |  news-dev: P {precision:.3f} R {recall:.3f} "
            f"F1 {f1:.3f} ({found}/{required}, {right}/{predicted})"
        )


if __name__ == "__main__":
    main()
