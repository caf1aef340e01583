"""Headline and authors read from a page's markup, before trafilatura prunes the tree.

A page states its headline several times: `<title>` and `og:title` (often with the site name
glued on) and the `<h1>` the reader sees.  Its authors sit in JSON-LD, in `<meta>` tags and in
elements marked `itemprop="author"` or `rel="author"`.  Each is read here as data; the choice
between them is a few small rules, each named.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from wirewatch.clean import markup_patterns as mp

# Headings past these are sidebars and footers, not the article's.
MAX_HEADINGS = 5
MAX_HEADLINE_WORDS = 40
# An `<h1>` is the page's headline when a meta title holds it and it is this share of it at least.
HEADLINE_SHARE = 0.3
AUTHOR_META_NAMES = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
)
ARTICLE_TYPES = re.compile(r"Article|Posting|Report|WebPage|Blog|Recipe|Review", re.I)
AUTHOR_ELEMENTS = (
    "//*[@itemprop='author']",
    "//*[@rel='author']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' author ')"
    " or contains(@class, 'author-name') or contains(@class, 'byline')]",
)


@dataclass
class MarkupMeta:
    """What a page's markup states about itself."""

    headings: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)


def read_markup_meta(tree: Any, host: str | None) -> MarkupMeta:
    """Headings, meta titles, site names and authors of a parsed page (`lxml` tree)."""
    site_names = _meta_values(tree, ("og:site_name", "application-name", "twitter:site"))
    if host:
        site_names.append(host)
    return MarkupMeta(
        headings=[text for text in map(_text_of, tree.iter("h1")) if text][:MAX_HEADINGS],
        titles=_meta_values(tree, ("og:title", "twitter:title"))
        + [_squeeze(title) for title in tree.xpath("//head/title/text()")[:1]],
        site_names=site_names,
        authors=page_authors(tree, site_names),
    )


# ---------------------------------------------------------------- headline


def page_headline(meta: MarkupMeta, fallback: str | None) -> str | None:
    """The headline as the page shows it: the `<h1>` a meta title holds, else a meta title
    without its site name, else `fallback` (trafilatura's title)."""
    titles = [title for title in [*meta.titles, fallback or ""] if title]
    for heading in meta.headings:
        if _is_site_name(heading, meta.site_names) or len(heading.split()) > MAX_HEADLINE_WORDS:
            continue
        if any(_holds(title, heading) for title in titles):
            return heading
    if titles:
        return strip_site_name(titles[0], meta.site_names)
    return meta.headings[0] if len(meta.headings) == 1 else None


def strip_site_name(title: str, site_names: list[str]) -> str:
    """`Headline | Site`, `Site - Headline`, `08.11.2021 | Headline` → `Headline`."""
    segments = [part for part in mp.TITLE_SEPARATOR.split(title) if part.strip()]
    kept = [
        part
        for part in segments
        if not _is_site_name(part, site_names) and not mp.DATE_SEGMENT.match(part)
    ]
    if not kept or len(segments) == 1:
        return title.strip()
    if len(kept) == len(segments):
        return title.strip()
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else title.strip()


def fold(text: str) -> str:
    """Letters and digits only, accents dropped, case folded: how two names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def _holds(title: str, heading: str) -> bool:
    title_key, heading_key = fold(title), fold(heading)
    return (
        bool(heading_key)
        and heading_key in title_key
        and (len(heading_key) >= HEADLINE_SHARE * len(title_key))
    )


def _is_site_name(text: str, site_names: list[str]) -> bool:
    """The text names the site: it equals a site name or the host's own name, or holds it."""
    key = fold(text)
    if not key:
        return True
    for name in site_names:
        name_key = fold(_host_label(name))
        if name_key and (key == name_key or (len(name_key) >= 4 and name_key in key)):
            return len(key) <= 2 * len(name_key) + 6
    return False


def _host_label(name: str) -> str:
    """`www.fitforfun.de` → `fitforfun`; any other name as it is."""
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,12}", name.strip(), re.I):
        parts = name.strip().lower().removeprefix("www.").split(".")
        return max(parts[:-1], key=len) if len(parts) > 1 else parts[0]
    return name


# ---------------------------------------------------------------- authors


def page_authors(tree: Any, site_names: list[str]) -> list[str]:
    """Author names from JSON-LD, else `<meta>` tags, else author-marked elements."""
    sources = (_json_ld_authors, _meta_authors, _element_authors, _text_byline_authors)
    for credits in (source(tree) for source in sources):
        names = clean_author_credits(credits, site_names)
        if names:
            return names
    return []


def clean_author_credits(credits: list[str], site_names: list[str]) -> list[str]:
    """Names from raw credits: prefixes ("By", "Von") and tails (roles, dates) cut, several
    names split, publishers, site names and page furniture left out, each name once."""
    names: list[str] = []
    for credit in credits:
        if mp.NOT_AN_AUTHOR.search(credit):
            continue
        for name in _names_in(credit):
            if name.casefold() not in (known.casefold() for known in names) and _is_author(
                name, site_names
            ):
                names.append(name)
    return names


def _names_in(credit: str) -> list[str]:
    """The names in one credit.  Beside a full name, a single word is a place or a role
    ("Markus Roe, London"), not a second author."""
    text = _squeeze(html.unescape(credit) if "&" in credit else credit)
    previous = None
    while previous != text:
        previous = text
        text = mp.AUTHOR_PREFIX.sub("", text).strip(" :,-–—|")
    text = mp.AUTHOR_TAIL.sub("", text)
    parts = [part.strip(" .,;:'\"") for part in mp.AUTHOR_SEPARATOR.split(text) if part.strip()]
    if any(" " in part for part in parts):
        parts = [part for part in parts if " " in part]
    return parts


def _is_author(name: str, site_names: list[str]) -> bool:
    """A name, not furniture or the site itself; a blog's author may share the blog's name,
    so only an exact site name counts against it."""
    key = fold(name)
    return (
        sum(char.isalpha() for char in name) >= mp.MIN_AUTHOR_LETTERS
        and len(name.split()) <= mp.MAX_AUTHOR_WORDS
        and not mp.NOT_AN_AUTHOR.search(name)
        and not any(key == fold(_host_label(site)) for site in site_names)
    )


def _json_ld_authors(tree: Any) -> list[str]:
    credits: list[str] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in json_objects(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and ARTICLE_TYPES.search(k) for k in kinds):
                credits.extend(_credit_names(item.get("author")))
    return credits


def json_objects(data: Any, deep: bool = False) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD block, `@graph` members included; `deep`: objects
    nested in any value too (a page's date may stand in its `mainEntity`)."""
    if isinstance(data, list):
        for item in data:
            yield from json_objects(item, deep)
    elif isinstance(data, dict):
        yield data
        for value in data.values() if deep else [data.get("@graph", [])]:
            if isinstance(value, (dict, list)):
                yield from json_objects(value, deep)


def _credit_names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value for name in _credit_names(item)]
    return []


def _meta_authors(tree: Any) -> list[str]:
    return _meta_values(tree, AUTHOR_META_NAMES)


def _element_authors(tree: Any) -> list[str]:
    for path in AUTHOR_ELEMENTS:
        for element in tree.xpath(path)[:3]:
            named = element.xpath(".//*[@itemprop='name']")
            text = _text_of(named[0] if named else element)
            if text and len(text.split()) <= 2 * mp.MAX_AUTHOR_WORDS:
                return [text]
    return []


def _text_byline_authors(tree: Any) -> list[str]:
    """The first short element of the page reading "Von X", "By X and Y", "Text von X"."""
    elements = tree.iter("p", "span", "small", "em", "address", "strong", "b")
    for element in islice(elements, mp.MAX_BYLINE_ELEMENTS):
        text = _text_of(element)
        match = mp.TEXT_BYLINE.match(text) if len(text) <= mp.MAX_BYLINE_CHARS else None
        names = _names_in(match.group("names")) if match else []
        if names and all(_looks_like_person(name) for name in names):
            return names
    return []


def _looks_like_person(name: str) -> bool:
    """Capitalised words, lower-case particles between them ("Ursula von der Leyen")."""
    return name[0].isupper() and bool(mp.PERSON_NAME.match(name))


def _meta_values(tree: Any, names: tuple[str, ...]) -> list[str]:
    values: list[str] = []
    for name in names:
        found = tree.xpath(f"//meta[@name='{name}' or @property='{name}']/@content")
        values.extend(_squeeze(value) for value in found if value.strip())
    return values


def _text_of(element: Any) -> str:
    return _squeeze(element.text_content())


def _squeeze(text: str) -> str:
    return " ".join(text.split())
