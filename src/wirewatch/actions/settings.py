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
