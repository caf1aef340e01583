"""Block rules: boilerplate that spans several paragraphs.

An appeal ("A Message from X:" ... "Remind me later.") or a disclaimer
("Legal Disclaimer:" and the paragraph after it) is taken out as a whole,
not only its first line.  Each function reads the paragraphs of one article
with the verdicts of the line rules on them (`rules.line_reason`, None for
a kept line) and returns `{index: reason}` for the paragraphs it takes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile

from wirewatch.clean import patterns, rules
from wirewatch.clean.metadata import looks_like_crosshead

# An appeal runs at most this many paragraphs past its opener.
MAX_APPEAL_PARAGRAPHS = 12
# Paragraphs after a comment prompt that are this short belong to the comment form.
MAX_FORM_WORDS = 12
# A sign-off sits within this many paragraphs of the end.
SIGNOFF_ZONE = 4
# A tagline sits within this many paragraphs of an edge, and is this short.
TAGLINE_ZONE = 2
MAX_TAGLINE_WORDS = 14
APPEALS = ("donation_appeal", "newsletter_appeal")
# Lines the outlet is read from: inside a comment form they keep their own reason.
CREDIT_REASONS = ("copyright", "source_credit", "legal_disclaimer")

# The most lines a trailing list of headlines takes, and the lines that may head one.
MAX_TRAILING_HEADLINES = 12
# Without a cue line above them, this many headline-like lines at least: two short closing
# lines (a crosshead and a sign-off) are too common in articles to be taken for a list.
MIN_UNCUED_HEADLINES = 3
# A headline in such a list has this many words at least; shorter lines are lists of names,
# credits or menu entries, which a page about them keeps.
MIN_HEADLINE_WORDS = 5
# A line opening with a number or a day ("Aug. 2 -- Pepsi Center, Denver") is an entry of the
# article's own list (tour dates, results, rankings), not another article's headline.
LIST_BULLET = re.compile(r"^[-–•*·]\s+")
# Under a cue inside the article, this many listed headlines at least.
MIN_CUED_HEADLINES = 2
DATED_ENTRY = re.compile(r"^(?:\d|(?:" + patterns.MONTH + r")[a-z]*\.?\s+\d)", re.I)
CUE_REASONS = ("related_links", "cross_reference", "link_words", "navigation")

Verdicts = list[str | None]


def rule_verdicts(paragraphs: list[str]) -> Verdicts:
    """What the line rules say of each paragraph alone."""
    return [rules.line_reason(paragraph) for paragraph in paragraphs]


def _appeal_word_count(paragraph: str) -> int:
    return len({word.lower() for word in patterns.APPEAL_WORDS.findall(paragraph)})


def _continues_appeal(paragraph: str, verdict: str | None, opened_explicitly: bool) -> bool:
    """Whether a paragraph after an appeal's start still speaks to the reader."""
    if verdict in APPEALS or patterns.APPEAL_CLOSER.match(paragraph):
        return True
    if patterns.REPORTED_SPEECH.search(paragraph) or rules.word_count(paragraph) > 90:
        return False
    return _appeal_word_count(paragraph) >= (1 if opened_explicitly else 2)


def _appeal_end(paragraphs: list[str], verdicts: Verdicts, start: int, opener: bool) -> int:
    """The index just past an appeal that starts at `start`."""
    end = start + 1
    while end < len(paragraphs) and end - start <= MAX_APPEAL_PARAGRAPHS:
        if not _continues_appeal(paragraphs[end], verdicts[end], opener):
            break
        end += 1
        if patterns.APPEAL_CLOSER.match(paragraphs[end - 1]):
            break
    return end


def appeal_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """Donation and newsletter appeals, from their opener to their closer."""
    taken: dict[int, str] = {}
    index = 0
    while index < len(paragraphs):
        opener = bool(patterns.APPEAL_OPENER.match(paragraphs[index]))
        if not (opener or verdicts[index] in APPEALS):
            index += 1
            continue
        end = _appeal_end(paragraphs, verdicts, index, opener)
        # A bare heading ("Newsletter") opens the block; its lines tell what it appeals for.
        reason = next(
            (verdict for verdict in verdicts[index:end] if verdict in APPEALS), "donation_appeal"
        )
        for taken_index in range(index, end):
            taken[taken_index] = reason
        index = end
    return taken


def disclaimer_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """A disclaimer heading and the paragraph of legalese under it."""
    taken: dict[int, str] = {}
    for index, paragraph in enumerate(paragraphs):
        if patterns.DISCLAIMER_HEADING.match(paragraph):
            taken[index] = "legal_disclaimer"
            if index + 1 < len(paragraphs):
                taken[index + 1] = "legal_disclaimer"
    return taken


def comment_form_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """A comment prompt in the second half, and the short form lines that follow it.

    A copyright or credit line among them keeps its own reason: the outlet is read from those.
    """
    taken: dict[int, str] = {}
    for index in range(len(paragraphs) // 2, len(paragraphs)):
        if verdicts[index] != "comment_prompt":
            continue
        taken[index] = "comment_prompt"
        following = index + 1
        while (
            following < len(paragraphs)
            and rules.word_count(paragraphs[following]) <= MAX_FORM_WORDS
        ):
            if verdicts[following] not in CREDIT_REASONS:
                taken[following] = "comment_prompt"
            following += 1
    return taken


def signoff_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """An outlet's initials alone on one of the last lines ("HT", "(AFP)")."""
    start = max(0, len(paragraphs) - SIGNOFF_ZONE)
    return {
        index: "source_credit"
        for index in range(start, len(paragraphs))
        if patterns.SIGNOFF.match(paragraphs[index])
    }


def is_tagline(paragraph: str, at_end: bool) -> bool:
    """An outlet's motto: a short line that opens with a word of the trade and reports nothing.

    A motto after a name ("Harbour Gazette – news since 1901") counts only at the end, since at
    the top that shape is a headline's ("Analysis: news deserts spread"); a bare motto must
    start in lower case ("independent news from the coast"), as no headline or sentence does.
    """
    match = patterns.OUTLET_TAGLINE.match(paragraph)
    if not match or rules.word_count(paragraph) > MAX_TAGLINE_WORDS:
        return False
    if patterns.REPORTED_SPEECH.search(paragraph):
        return False
    return at_end if match.group("name") else match.group("motto")[:1].islower()


def tagline_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """An outlet's tagline on one of the first or last lines that no other rule took."""
    count = len(paragraphs)
    edges = sorted(set(range(min(TAGLINE_ZONE, count))) | set(range(count - TAGLINE_ZONE, count)))
    return {
        index: "outlet_tagline"
        for index in edges
        if index >= 0
        and verdicts[index] is None
        and is_tagline(paragraphs[index], at_end=index >= count - TAGLINE_ZONE)
    }


def is_listed_headline(line: str) -> bool:
    """A line of a list of other articles: headline-shaped, five words at least, perhaps
    after a bullet; not an entry that opens with a number or a day."""
    line = LIST_BULLET.sub("", line)
    return (
        rules.word_count(line) >= MIN_HEADLINE_WORDS
        and not DATED_ENTRY.match(line)
        and looks_like_crosshead(line)
    )


def trailing_headline_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """A list of other headlines closing the page: three or more headline-like lines at the
    end, or one after a cue ("Related:", "Lea también:"), with nothing but removed lines
    between them; never the whole article."""
    run: list[int] = []
    index = len(paragraphs) - 1
    while index >= 0 and len(run) < MAX_TRAILING_HEADLINES:
        if verdicts[index] is None:
            if not is_listed_headline(paragraphs[index]):
                break
            run.append(index)
        index -= 1
    if not run or index < 0:
        return {}
    cued = any(verdicts[above] in CUE_REASONS for above in range(index + 1, run[-1]))
    if len(run) < MIN_UNCUED_HEADLINES and not cued:
        return {}
    return dict.fromkeys(run, "trailing_headlines")


def cued_headline_blocks(paragraphs: list[str], verdicts: Verdicts) -> dict[int, str]:
    """Inside the article, a cue line ("Related:", "Read more:") and the headlines listed
    under it, when they are two at least (one could be the article's next crosshead)."""
    taken: dict[int, str] = {}
    for cue in (index for index, verdict in enumerate(verdicts) if verdict in CUE_REASONS):
        run = list(
            takewhile(
                lambda index: verdicts[index] is None and is_listed_headline(paragraphs[index]),
                range(cue + 1, min(cue + 1 + MAX_TRAILING_HEADLINES, len(paragraphs))),
            )
        )
        if len(run) >= MIN_CUED_HEADLINES and run[-1] + 1 < len(paragraphs):
            taken.update(dict.fromkeys(run, "related_headlines"))
    return taken


BLOCK_RULES: dict[str, Callable[[list[str], Verdicts], dict[int, str]]] = {
    "appeal": appeal_blocks,
    "disclaimer": disclaimer_blocks,
    "comment_form": comment_form_blocks,
    "signoff": signoff_blocks,
    "tagline": tagline_blocks,
    "trailing_headlines": trailing_headline_blocks,
    "related_headlines": cued_headline_blocks,
}


def block_reasons(
    paragraphs: list[str], verdicts: Verdicts, disabled: frozenset[str] = frozenset()
) -> dict[int, str]:
    """Every paragraph some block rule takes, with its reason (earlier rules win)."""
    taken: dict[int, str] = {}
    for name, block_rule in BLOCK_RULES.items():
        if name in disabled:
            continue
        for index, reason in block_rule(paragraphs, verdicts).items():
            taken.setdefault(index, reason)
    return taken
