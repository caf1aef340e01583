"""Grouping linked pairs into connected groups (copies, chains of events)."""

from __future__ import annotations

from collections.abc import Iterable


def connected_groups(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Union-find over linked pairs: each id to a representative of its group."""
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for left, right in pairs:
        parent[find(left)] = find(right)
    return {item: find(item) for item in parent}
