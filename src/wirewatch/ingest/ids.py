"""Article ids: safe slugs, and unique within one call."""

from __future__ import annotations

import hashlib
import re

URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
MAX_SLUG_LENGTH = 80
HASH_LENGTH = 8


def slug(text: str) -> str:
    """An id safe in file names and URLs: `https://ex.com/a b?x=1` → `ex.com-a-b-x-1`.

    Long ones are cut and end in a short hash of the whole, so they stay distinct.
    """
    stripped = URL_SCHEME.sub("", text.strip())
    safe = UNSAFE_RUN.sub("-", stripped).strip("-.")
    if len(safe) <= MAX_SLUG_LENGTH:
        return safe
    digest = hashlib.sha1(text.encode()).hexdigest()[:HASH_LENGTH]
    return f"{safe[: MAX_SLUG_LENGTH - HASH_LENGTH - 1].rstrip('-.')}-{digest}"


class IdRegistry:
    """Hands out ids unique within one read: a clash gets `-2`, `-3`, ... in reading order."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, wanted: str) -> str:
        candidate, number = wanted, 1
        while candidate in self._taken:
            number += 1
            candidate = f"{wanted}-{number}"
        self._taken.add(candidate)
        return candidate
