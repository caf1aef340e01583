"""Tiny hand-written news stories for the link tests, with their entity mentions."""

from __future__ import annotations

import re

from wirewatch.model import Article, DateRange, Mention

# (label, name) pairs found in the texts below; a stand-in for the annotate stage's NER.
NAMES = (
    ("GPE", "Wasilla"),
    ("GPE", "Alaska"),
    ("GPE", "Dayton"),
    ("GPE", "Ohio"),
    ("ORG", "Grace Chapel"),
    ("ORG", "Hope Church"),
    ("PERSON", "Mara Lind"),
    ("PERSON", "Lind"),
    ("PERSON", "Tom Okafor"),
    ("PERSON", "Okafor"),
    ("GPE", "Norway"),
    ("GPE", "Chile"),
    ("ORG", "Statkraft"),
    ("PERSON", "Ana Ruiz"),
)

FIRE_WASILLA = (
    "A fire destroyed the Grace Chapel in Wasilla, Alaska, on Friday night. "
    "Fire chief Mara Lind said arson was suspected and no one was injured. "
    "Damage at the Wasilla chapel was estimated at one million dollars."
)
FIRE_WASILLA_RETOLD = (
    "Arson is suspected in the Friday blaze that gutted Grace Chapel in Wasilla. "
    "Nobody was hurt, fire chief Mara Lind told reporters in Alaska. "
    "Lind put the damage to the chapel at about one million dollars."
)
FIRE_DAYTON = (
    "A fire destroyed the Hope Church in Dayton, Ohio, on Sunday morning. "
    "Fire chief Tom Okafor said faulty wiring was the likely cause and two firefighters were hurt. "
    "Okafor said the Dayton church had stood since 1902."
)
DAM_NORWAY = (
    "Norway opened its largest hydropower dam on Monday, built by Statkraft. "
    "The dam will supply power to half a million homes, Statkraft said."
)
WINE_CHILE = (
    "Chile exported a record amount of wine to Norway this year, trade minister Ana Ruiz said. "
    "Ruiz credited new shipping routes and strong demand in Europe for the growth."
)


def story(
    article_id: str, text: str, published: str | None = None, title: str | None = None
) -> Article:
    """An article with its named-entity mentions marked."""
    mentions = [
        Mention(match.start(), match.end(), label)
        for label, name in NAMES
        for match in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    return Article(
        id=article_id,
        source=f"{article_id}.txt",
        text=text,
        title=title,
        published=DateRange(published, published, "metadata") if published else None,
        mentions=mentions,
    )


ARREST_WASILLA = (
    "Police in Wasilla arrested a man over the arson that destroyed Grace Chapel. "
    "Fire chief Mara Lind said the suspect had set the chapel fire with petrol. "
    "The man faces arson charges in Alaska."
)
