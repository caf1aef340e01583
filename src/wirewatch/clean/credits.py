"""The outlet an article's own credit lines name, the most reliable credit first.

Credits disagree: a story from a wire carries the wire's name in its dateline
("OSLO (Nordwire) —") while the page that republished it signs its copyright
line with its own. A line in which an outlet speaks of itself (its copyright,
its disclaimer, its appeal to readers) names the publisher; a "Source:" line
names where the story came from; a wire credit in the dateline names only the
agency. A photo credit ("Photo: X/Getty Images", "Credit: X") never names the
outlet: it names who took the picture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirewatch.clean import outlets, patterns

_I = re.IGNORECASE

# An outlet's name as it signs its own lines: capitalised words, a few small words between.
OUTLET_NAME = re.compile(
    r"^(?:The |the )?[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|the|&|de|del|du|la|le)){0,5}$"
)
# What may trail an outlet's name in its copyright line: a legal form ("Arctic Observer AS",
# "Harbour Media Ltd."), a year ("The Harbour Gazette 2026").
NAME_TRAILER = re.compile(
    r"(?:[ ,]+(?:AS|ASA|AB|Oy|Oyj|A/S|ApS|Ltd\.?|Limited|Inc\.?|LLC|GmbH|AG|plc|PLC|S\.A\.|SA|"
    r"Pty\.?|B\.V\.|N\.V\.|SpA|Corp\.?|(?:19|20)\d\d))+$"
)
# Picture agencies and libraries: their name on a line credits a photo, never the story.
PICTURE_AGENCY = re.compile(
    r"\b(?:getty|shutterstock|alamy|istock|unsplash|pexels|ap photo|afp photo|epa|"
    r"images?|photos?|pictures?|wikimedia)\b",
    _I,
)
# Lines in which an outlet speaks of itself; the group "name" is the outlet.
SELF_CREDITS: tuple[re.Pattern[str], ...] = (
    # "© 2026 The Harbour Gazette. ...", "Copyright © 2019-2026 X Ltd. All rights reserved.";
    # a year or a reservation of rights, since "© Jane" alone credits a photo or a blogger.
    re.compile(
        r"^(?=.*(?:\b(?:19|20)\d\d\b|rights reserved|reproduc|permission))"
        r"(?:copyright\s*)?(?:©|\(c\)|copyright)\s*"
        r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?\s*,?\s*)?"
        r"(?:by\s+)?(?P<name>[^.,|;:]+?(?:\s+(?:Ltd|Inc|Corp|Pty)\.?)?)\s*(?:[.,|;:]|$)",
        _I,
    ),
    # "X provides this content "as is" without warranty" (a syndication disclaimer).
    re.compile(r"^(?P<name>[^.,;:]{2,60}?) provides? (?:the|this) (?:information|content)\b", _I),
    # "A Message from X:", "A note from X."
    re.compile(r"^a (?:message|note|word|request) from (?P<name>.+?)[:.!]?$", _I),
    # "The X is funded by its readers", "X is supported by readers like you".
    re.compile(
        r"^(?P<name>[^.,;:]{2,60}?) is (?:funded|supported|financed|paid for|made possible|"
        r"powered|sustained) (?:entirely |mainly |only )?by (?:its |our )?readers\b",
        _I,
    ),
    # "Get the X morning briefing", "Sign up for the X daily newsletter".
    re.compile(
        r"^(?:get|receive|sign up for|subscribe to) (?P<name>the [^.,;:]{2,60}?)"
        r" (?:morning|evening|daily|weekly|weekend|breaking news) "
        r"(?:briefing|newsletter|digest|bulletin|edition|email|update)s?\b",
        _I,
    ),
    # "Harbour Gazette – independent news since 1901" (a motto without a name names nobody).
    patterns.OUTLET_TAGLINE,
)
# "Source: www.x.fi", "Source: Reuters": where the story came from (names known outlets only).
SOURCE_CREDIT = re.compile(r"^sources?\s*:\s*(?P<name>.+)$", _I)
# Photo and picture credits: they name a photographer or an agency, never the publisher.
PHOTO_CREDIT = re.compile(r"^\(?\s*(?:photo|image|picture|foto)?\s*credits?\b", _I)

# How much each kind of credit is trusted when credits disagree.
SELF, SOURCE, WIRE = 3, 2, 1


@dataclass(frozen=True)
class Credit:
    name: str
    strength: int


def _outlet_name(name: str) -> str | None:
    """A name fit to be an outlet's: capitalised words, its legal form cut off."""
    name = NAME_TRAILER.sub("", name.strip(" .\"“”'’")).strip(" .,")
    if name.startswith("the "):  # read mid-sentence ("Get the X briefing"): a name is capitalised
        name = "The " + name[4:]
    return name if OUTLET_NAME.match(name) and len(name) <= 60 else None


def _self_credit(line: str) -> Credit | None:
    for pattern in SELF_CREDITS:
        match = pattern.match(line)
        if not (match and match.group("name")):
            continue
        raw_name = match.group("name").strip()
        if PICTURE_AGENCY.search(raw_name):
            return None
        known = outlets.outlet_for_credit(raw_name)
        name = known or _outlet_name(raw_name)
        if name:
            return Credit(name, SELF)
    return None


def read_credit(line: str) -> Credit | None:
    """The outlet one credit line names, and how far it is trusted (None: names no outlet)."""
    if PHOTO_CREDIT.match(line):
        return None
    credit = _self_credit(line)
    if credit:
        return credit
    source = SOURCE_CREDIT.match(line)
    if source:
        named = outlets.outlet_for_credit(source.group("name"))
        return Credit(named, SOURCE) if named else None
    named = outlets.outlet_for_credit(line)
    return Credit(named, WIRE) if named else None


def _key(name: str) -> str:
    return name.lower().removeprefix("the ")


def outlet_from_credits(credits: list[str]) -> str | None:
    """The outlet the credit lines name: the most trusted kind first, then the most credits.

    Among equals the earliest credit wins; "The X" and "X" count as one outlet.
    """
    read = [credit for credit in map(read_credit, credits) if credit]
    if not read:
        return None
    support: dict[str, int] = {}
    for credit in read:
        support[_key(credit.name)] = support.get(_key(credit.name), 0) + credit.strength
    best = max(read, key=lambda credit: (credit.strength, support[_key(credit.name)]))
    return best.name
