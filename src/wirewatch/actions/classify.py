"""The PLOVER type a whole sentence tells, from a small learned model over its words.

The lexicon (`verbs.tsv`) codes an action where it knows the action word; many actions are
told by nouns, idioms or long constructions it does not reach ("a grant of 580 million
shillings", "rejected out of hand").  This model reads the whole sentence: its lemmas, the
lexicon's candidate types for every word (whatever their objects, negation or clause), and
whether the sentence is negated or said of the future.  It is a multinomial logistic
regression trained by `bench/train_action_model.py` on labelled sentences (the PLOVER GSR
dev split and real news sentences), shipped as `action_model.json`: a few thousand weights
read with plain Python, no learning library at run time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from wirewatch.actions.lexicon import lexicon, written_as

if TYPE_CHECKING:
    from spacy.tokens import Span

MODEL = Path(__file__).with_name("action_model.json")
NONE = "NONE"  # the model's class for a sentence that tells no action
FUTURE_WORDS = frozenset({"will", "would", "'ll", "shall", "plan", "ready", "willing", "offer"})


def sentence_features(sentence: Span) -> list[str]:
    """The features of a sentence, the same for training and coding."""
    features = []
    table = lexicon()
    for token in sentence:
        if token.is_punct or token.is_space or token.like_num:
            continue
        lemma = token.lemma_.lower()
        features.append(f"w={lemma}")
        for words in written_as(token):
            for row in table.get(words, ()):
                features.append(f"lex={row.type}")
                if token.dep_ == "ROOT":
                    features.append(f"rootlex={row.type}")
        if token.dep_ == "neg":
            features.append("negated")
        if lemma in FUTURE_WORDS:
            features.append("future")
        if token.dep_ == "ROOT":
            features.append(f"root={lemma}")
    return features


@dataclass(frozen=True)
class TypeModel:
    """Weights of a multinomial logistic regression: feature -> one weight per class."""

    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        counts: dict[str, int] = {}
        for feature in features:
            counts[feature] = counts.get(feature, 0) + 1
        # the trainer scaled each sentence's counts to unit length (sublinear tf, l2 norm)
        values = {f: 1.0 + math.log(n) for f, n in counts.items() if f in self.weights}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        scores = list(self.intercept)
        for feature, value in values.items():
            for i, weight in enumerate(self.weights[feature]):
                scores[i] += weight * value / norm
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {kind: e / total for kind, e in zip(self.classes, exps, strict=True)}


@lru_cache(maxsize=1)
def type_model() -> TypeModel:
    """The shipped model."""
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return TypeModel(
        tuple(data["classes"]),
        tuple(data["intercept"]),
        {feature: tuple(weights) for feature, weights in data["weights"].items()},
    )


def sentence_type(sentence: Span) -> tuple[str, float, dict[str, float]]:
    """(the likeliest type or NONE, its probability, every type's probability)."""
    probabilities = type_model().probabilities(sentence_features(sentence))
    best = max(probabilities, key=probabilities.__getitem__)
    return best, probabilities[best], probabilities
