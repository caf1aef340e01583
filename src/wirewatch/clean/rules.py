"""Line rules: small named predicates, one per kind of boilerplate.

Each predicate answers for one paragraph alone; `RULES` maps a reason code
to its predicate, so a rule is found, tested and switched off by name.
Rules that need the lines around them live in `blocks.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from wirewatch.clean import page_words, patterns
from wirewatch.nlp.words import LETTER_WORD, TOKEN

# Lines up to this long run every rule; longer ones only the rules whose trigger words they hold.
UNTRIGGERED_WORDS = 8
# A caption's credit sits within this many characters of its end.
CAPTION_TAIL = 160
# The longest line (in words) each rule may take: boilerplate is short, prose is long.
MAX_WORDS: dict[str, int] = {
    "image_markdown": 40,
    "error_banner": 30,
    "paywall": 40,
    "counter": 6,
    "advertisement": 8,
    "comment_prompt": 40,
    "cookie_notice": 80,
    "legal_disclaimer": 120,
    "donation_appeal": 60,
    "newsletter_appeal": 50,
    "share_line": 25,
    "related_links": 30,
    "copyright": 40,
    "photo_caption": 60,
    "source_credit": 15,
    "navigation": 25,
    "timestamp": 14,
    "link_words": 8,
    "cross_reference": 30,
}
# Share of a line's words that must be page furniture for the line to be a control.
FURNITURE_SHARE = 0.6
# Words this short ("on", "us", "mit") count for neither side: every language has them.
NEUTRAL_WORD_LENGTH = 3


@lru_cache(maxsize=8192)
def word_count(line: str) -> int:
    return len(TOKEN.findall(line))


def _short_enough(line: str, reason: str) -> bool:
    return word_count(line) <= MAX_WORDS[reason]


def is_error_banner(line: str) -> bool:
    return _short_enough(line, "error_banner") and bool(patterns.ERROR_BANNER.match(line))


def is_paywall_banner(line: str) -> bool:
    return _short_enough(line, "paywall") and bool(patterns.PAYWALL.match(line))


def is_comment_prompt(line: str) -> bool:
    return _short_enough(line, "comment_prompt") and bool(patterns.COMMENT_PROMPT.match(line))


def is_donation_appeal(line: str) -> bool:
    if not _short_enough(line, "donation_appeal") or patterns.REPORTED_SPEECH.search(line):
        return False
    return bool(patterns.DONATION_APPEAL.match(line))


def is_newsletter_appeal(line: str) -> bool:
    return _short_enough(line, "newsletter_appeal") and bool(patterns.NEWSLETTER_APPEAL.match(line))


def is_legal_disclaimer(line: str) -> bool:
    return _short_enough(line, "legal_disclaimer") and bool(patterns.LEGAL_DISCLAIMER.match(line))


def is_share_line(line: str) -> bool:
    return _short_enough(line, "share_line") and bool(patterns.SHARE_LINE.match(line))


def is_related_link(line: str) -> bool:
    return _short_enough(line, "related_links") and bool(patterns.RELATED_LINKS.match(line))


def is_cookie_notice(line: str) -> bool:
    return _short_enough(line, "cookie_notice") and bool(patterns.COOKIE_NOTICE.match(line))


def is_copyright_line(line: str) -> bool:
    return _short_enough(line, "copyright") and bool(patterns.COPYRIGHT.match(line))


def is_advertisement(line: str) -> bool:
    return _short_enough(line, "advertisement") and bool(patterns.ADVERTISEMENT.match(line))


def is_navigation(line: str) -> bool:
    return _short_enough(line, "navigation") and bool(patterns.NAVIGATION.match(line))


def is_timestamp(line: str) -> bool:
    if not _short_enough(line, "timestamp"):
        return False
    return bool(patterns.TIMESTAMP.match(line) or patterns.DATE_LINE.match(line))


def is_image_markdown(line: str) -> bool:
    return _short_enough(line, "image_markdown") and bool(patterns.IMAGE_MARKDOWN.match(line))


def is_photo_caption(line: str) -> bool:
    """A short line that ends with a photo or agency credit (". LEHTIKUVA", "Photo by X/Getty")."""
    if not _short_enough(line, "photo_caption"):
        return False
    # The credit closes the line, so only its last characters are searched.
    tail = line[-CAPTION_TAIL:]
    return bool(patterns.CAPTION_CREDIT.search(tail) or patterns.UPPER_CREDIT.search(tail))


def is_counter(line: str) -> bool:
    return len(line) <= 20 and bool(patterns.COUNTER.match(line))


def is_source_credit(line: str) -> bool:
    return _short_enough(line, "source_credit") and bool(patterns.SOURCE_CREDIT.match(line))


def is_link_word_line(line: str) -> bool:
    """A short line made mostly of link words, network names and calls to action, in any of
    the languages `page_words` knows: "Share on Facebook", "Teilen mit: WhatsApp", "Mehr"."""
    if not _short_enough(line, "link_words") or patterns.SENTENCE_END.search(line):
        return False
    words = LETTER_WORD.findall(line)
    furniture = [word for word in words if page_words.is_furniture_word(word)]
    weighed = [word for word in words if len(word) > NEUTRAL_WORD_LENGTH or word in furniture]
    return bool(furniture) and len(furniture) >= FURNITURE_SHARE * len(weighed)


def is_cross_reference(line: str) -> bool:
    """A pointer to another article: a cue of read/see/also words, then a colon and a headline
    ("Lea también: ...", "Auch lesen: ...", "Schon gelesen?")."""
    match = page_words.CROSS_REFERENCE.match(line)
    if not match or not _short_enough(line, "cross_reference"):
        return False
    cue = [word.lower() for word in match.group("cue").split()]
    return any(word in page_words.CROSS_REFERENCE_CUES for word in cue) and all(
        word in page_words.CROSS_REFERENCE_CUES or len(word) <= NEUTRAL_WORD_LENGTH for word in cue
    )


# Order matters only where two rules could claim one line: the first reason wins.
RULES: dict[str, Callable[[str], bool]] = {
    "image_markdown": is_image_markdown,
    "error_banner": is_error_banner,
    "paywall": is_paywall_banner,
    "counter": is_counter,
    "advertisement": is_advertisement,
    "comment_prompt": is_comment_prompt,
    "cookie_notice": is_cookie_notice,
    "legal_disclaimer": is_legal_disclaimer,
    "donation_appeal": is_donation_appeal,
    "newsletter_appeal": is_newsletter_appeal,
    "share_line": is_share_line,
    "related_links": is_related_link,
    "copyright": is_copyright_line,
    "photo_caption": is_photo_caption,
    "source_credit": is_source_credit,
    "navigation": is_navigation,
    "timestamp": is_timestamp,
    "link_words": is_link_word_line,
    "cross_reference": is_cross_reference,
}


def line_reason(line: str, disabled: frozenset[str] = frozenset()) -> str | None:
    """The reason code of the first rule that takes `line`, or None to keep it."""
    words = word_count(line)
    lowered = line.lower() if words > UNTRIGGERED_WORDS else ""
    for reason, predicate in RULES.items():
        if words > MAX_WORDS[reason] or reason in disabled:
            continue
        triggers = patterns.TRIGGER_PATTERNS.get(reason) if lowered else None
        if triggers and not triggers.search(lowered):
            continue
        if predicate(line):
            return reason
    return None
