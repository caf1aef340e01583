"""Entities of a stretch of a parsed document, read from the tokens' IOB tags.

`Span.ents` and `Doc.ents` walk every entity of the document, so asking them once per
sentence or per action word is quadratic in a long article; these read only the tokens
of the stretch asked about.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span


def entities_between(doc: Doc, start: int, end: int) -> Iterator[Span]:
    """Entities that begin at a token in `start..end-1` and end by `end`, in order.

    The same entities as `doc[start:end].ents`."""
    index = start
    while index < end:
        token = doc[index]
        if token.ent_iob_ != "B":
            index += 1
            continue
        last = index + 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        if last <= end:
            yield Span(doc, index, last, label=token.ent_type_)
        index = last
