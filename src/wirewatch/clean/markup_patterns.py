"""Patterns of page markup and its metadata (titles, author credits): data only, no logic.

Kept apart from `patterns.py`, which holds the patterns of article text.
"""

from __future__ import annotations

import re

from wirewatch.nlp.time import PAGE_MONTHS

_I = re.IGNORECASE

# ---------------------------------------------------------------- titles

# What joins a headline to a site or section name in `<title>` and `og:title`: a bar, a dash,
# a bullet, guillemets, slashes, or a colon at the very end ("Headline: Site").  Spaces around
# a dash are required so that "Rhein-Neckar" stays whole.
TITLE_SEPARATOR = re.compile(r"\s+[-–—|•·»«/:~]{1,2}\s+|\s*\|\s*|\s*[»«•]\s*|:\s+(?=[^:]{2,40}$)")
# A title segment that is only a date or a number ("08.11.2021 | Headline").
DATE_SEGMENT = re.compile(r"^[\d.\s/-]{6,12}$")

# ---------------------------------------------------------------- author credits

# Words that introduce a name in a credit, in the languages of the pages we read:
# "By", "Von", "Par", "Por", "Di", "Door", "Av", "Przez", "Autor:", "Text:", "View all posts by".
AUTHOR_PREFIX = re.compile(
    r"^(?:(?:view all posts|posted|written|published|reported|edited|articles?|text|story|"
    r"interview|artikel|beitrag|gepostet|geschrieben|verfasst|publié|escrito|publicado|scritto)"
    r"\s+(?:by|von|par|por|da|di|door|av|przez)\b"
    r"|by|von|par|por|di|door|av|przez|de|autor(?:in)?|author|auteur|autore|text|texto|interview"
    r"|posted|written|redakteur(?:in)?)\s*[:|]?\s+",
    _I,
)
# A role or date after the name: "Jane Doe, Oslo correspondent", "Jane Doe | 12.03.2021".
AUTHOR_TAIL = re.compile(
    r"\s*(?:[|•·]|\s[-–—]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\(\s*\d"
    r"|\s(?:am|on|le|el|il|den)\s+\d|\s(?:alle|all|more|mehr|weitere)\s+(?:artikel|posts|articles)\b"
    r"|\s(?:tiempo de lectura|reading time|lesezeit)\b|\s(?:in|im)\s+\S).*$",
    _I,
)
# Credits that are a company, a publisher or page furniture, not a person or a desk.
NOT_AN_AUTHOR = re.compile(
    r"\b(?:GmbH|AG|e\.? ?V|Inc|Ltd|LLC|S\.?A|Verlag|Media(?:\s+Group)?|Médias?|Nast|Publishing|"
    r"Zeitung GmbH)\b\.?$"
    r"|^(?:admin|administrator|wordpressadmin|webmaster|editor|name|follow|posted|share|"
    r"no author|unknown|anonymous|guest|jobs|hire|staff|home|facebook(?: com)?|twitter|"
    r"instagram|linkedin|whatsapp|e-?mail|print|comments?|more|read more|text|phd|md|dr)$"
    r"|\b(?:drupal|wordpress|joomla|powered by)\b"
    r"|https?://|@\w+\.\w|\[at\]|\w\.(?:com|net|org|de)/",
    _I,
)
# Several names in one credit: "A, B and C", "A und B", "A & B", "A y B", "A; B".
AUTHOR_SEPARATOR = re.compile(r"\s*(?:[;]|,|\s(?:and|und|et|y|e|i|og|en|und)\s|&)\s*", _I)
# A byline standing in the page's text: "Von Claudia Roe", "Text von X", "Par X", "By X".
TEXT_BYLINE = re.compile(
    r"^(?i:(?:text|texto|story|words|reporting|geschrieben|verfasst|written|posted|un article)"
    r"\s+)?(?i:by|von|par|por|di|door|av|przez|de)\s+(?P<names>[^\W\d_].{2,80})$"
)
# A person's name as a byline writes it: capitalised words, name particles between them.
PERSON_NAME = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:\s+(?:[^\W\d_][\w'’.-]*|van|von|de|der|den|da|di|du|del|la|le))"
    r"{1,3}$"
)
MAX_BYLINE_ELEMENTS = 400  # the byline sits near the headline, in the first elements
MAX_BYLINE_CHARS = 100
# Fewer letters than this is initials or a fragment ("V" of "e. V."), not a name.
MIN_AUTHOR_LETTERS = 3
# How long one author credit may be, in words, before it is a sentence and not a name.
MAX_AUTHOR_WORDS = 6

# ---------------------------------------------------------------- publication dates

# A page's own statement that it was published on a day, in the languages of the pages we
# read: "Veröffentlicht am 16.08.2019", "Erschienen am: 01.11.2023", "Published on 3 March 2020",
# "Publié le 12/03/2021", "Publicado el 2021-03-12".  "Updated" is not a cue: that day is not
# the publication's.  At most a few non-digit characters ("am", "on:", "le") before the date.
PUBLISHED_ON_CUE = re.compile(
    r"\b(?:ver[öo]ffentlicht|publiziert|erschienen|published|posted|publi[ée]e?|publicad[oa]|"
    r"pubblicat[oa]|opublikowano|gepubliceerd)\b[^\d\n]{0,20}?(?=\d|[^\W\d_]{3,9}\.? \d)",
    _I,
)
# A numeric day-month-year ("16.08.2019", "1.11.2023", "12/03/2021"): outside the US, which
# writes month first, pages in every language we read put the day first.
DAY_MONTH_YEAR = re.compile(
    r"(?P<day>[0-3]?\d)[./]\s?(?P<month>[01]?\d)[./]\s?(?P<year>(?:19|20)\d\d)"
)
# A day written with a month name of another language (`nlp.time.PAGE_MONTHS`), day first:
# "1. Februar 2022",
# "14 Gennaio 2020", "3 de marzo de 2021", "12 août 2019".
LOCAL_WRITTEN_DAY = re.compile(
    r"(?<!\d)(?P<day>[0-3]?\d)\.?\s+(?:de\s+)?(?P<month>"
    + "|".join(sorted(PAGE_MONTHS, key=len, reverse=True))
    + r")\.?,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)(?!\d)",
    _I,
)
