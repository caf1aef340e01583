"""Settings of action coding (PLOVER types, actors, dyads)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ActionSettings:
    """Settings of action coding (PLOVER types, actors, dyads).

    Every field carries its help text.
    """

    code_quoted: bool = field(
        default=True,
        metadata={
            "help": "Code actions told inside quotes too ('we are ready to restore relations'), "
            "with 'we' and 'our country' standing for the speaker's country."
        },
    )
    max_actor_hops: int = field(
        default=4,
        metadata={
            "help": "How far up the parse an action word looks for its doer ('ready to restore "
            "relations' takes the subject of 'is ready')."
        },
    )
    coder: str = field(
        default="rules",
        metadata={
            "help": "Who gives an action its type: 'combined' (the lexicon, checked and "
            "completed by the sentence model), 'rules' (the lexicon alone) or 'model' (the "
            "sentence model alone, on the lexicon's sides).",
        },
    )
    add_above: float = field(
        default=0.6,
        metadata={
            "help": "How sure the sentence model must be to code an action in a sentence the "
            "lexicon codes nothing in."
        },
    )
    retype_above: float = field(
        default=0.5,
        metadata={"help": "How sure the sentence model must be to change the lexicon's type."},
    )
    keep_below: float = field(
        default=0.05,
        metadata={
            "help": "The lexicon's type is changed only when the model gives it less than this."
        },
    )
