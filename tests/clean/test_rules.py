"""Line rules: each named predicate takes its kind of boilerplate and leaves prose alone."""

from __future__ import annotations

import pytest

from wirewatch.clean import rules

PROSE = [
    "Reuters reported that the minister has advocated renewed engagement with the neighbours.",
    "The talks stalled last week, according to Reuters.",
    "Not all European capitals agree.",
    "Sources say the deal is off.",
    "We will not back down, the mayor told the crowd on Sunday.",
    "The harbour reopened after 403 days of repairs.",
    "Subscribers to the plan pay a monthly fee, the company said in its report on Friday.",
    'The singer told the crowd: "Please keep supporting the families, they need you."',
    "Oxford, Mississippi; Wednesday, 9 p.m. EST",
    "Updated figures show a 5% rise.",
    "More about the deal later.",
    "Finland/Sweden/Norway",
    "Next, the ministers met in Brussels to discuss the deal.",
    "Published by the ministry in 2023, the report was clear.",
    "The deal was signed on 5 January 2025.",
    "The club is open to members only on Sundays, the owner said.",
    "Officials get the daily security briefing at nine, the ministry said.",
    "Reproduction of the old harbour map is on show at the museum.",
]


@pytest.mark.parametrize("line", PROSE)
def test_rules_keep_prose(line: str) -> None:
    assert rules.line_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("404", "error_banner"),
        ("Oops!", "error_banner"),
        ("Error! The story you requested does not exist.", "error_banner"),
        ("Page not found", "error_banner"),
        ("Subscribe to continue reading this story.", "paywall"),
        ('Post a Comment for "Harbour reopens after storm"', "comment_prompt"),
        ("Leave a reply", "comment_prompt"),
        ("Comments (12)", "comment_prompt"),
        ("Please consider a donation to keep our newsroom going.", "donation_appeal"),
        ("Sign up for our morning newsletter.", "newsletter_appeal"),
        ("Disclaimer: the views expressed here are those of the author.", "legal_disclaimer"),
        ("Share on Facebook", "share_line"),
        ("Facebook Twitter WhatsApp Email", "share_line"),
        ("Read more: Harbour reopens after storm", "related_links"),
        ("Related Articles", "related_links"),
        ("We use cookies to improve your experience on our site.", "cookie_notice"),
        ("© 2024 Example Media Group. All rights reserved.", "copyright"),
        ("![](https://example.org/harbour.jpg)", "image_markdown"),
        ("The mayor at the harbour on Monday. Photo: Jane Roe", "photo_caption"),
        ("Fishing boats in the old port. AFP/John Doe", "photo_caption"),
        ("A ferry leaves the harbour. NORDFOTO", "photo_caption"),
        ("Ships at anchor. Photo by Jane Roe/Getty Images |", "photo_caption"),
        ("0", "counter"),
        ("5 min read", "counter"),
        ("Source: www.example-news.com", "source_credit"),
        ("Advertisement", "advertisement"),
        ("Home » News » Europe", "navigation"),
        ("Tags: harbour, ferries", "navigation"),
        ("Previous article", "navigation"),
        ("Download our free news app", "navigation"),
        ("Published: January 15, 2025", "timestamp"),
        ("Last updated 3 hours ago", "timestamp"),
        ("Monday, January 5, 2025 10:02 GMT", "timestamp"),
        ("We're sorry, this content is not available in your region.", "error_banner"),
        ("Comments powered by Disqus.", "comment_prompt"),
        ("Share this:", "share_line"),
        ("Join our Telegram channel for the latest updates", "share_line"),
        ("This article was originally published on Example News.", "source_credit"),
        (
            "Members only. Sign in or register with the Valley Tribune to read the rest of our "
            "reporting on the flood defences and the council vote.",
            "paywall",
        ),
        ("Log in or subscribe to the Pine Gazette to keep reading.", "paywall"),
        ("Receive the Pine Gazette weekend digest", "newsletter_appeal"),
        (
            "Our top stories of the day, sent straight to your inbox every evening.",
            "newsletter_appeal",
        ),
        ("Republication without prior consent is forbidden.", "copyright"),
        ("Photo credits: Pine Gazette", "photo_caption"),
    ],
)
def test_rules_take_boilerplate(line: str, reason: str) -> None:
    assert rules.line_reason(line) == reason


def test_rules_disabled_rule_keeps_line() -> None:
    assert rules.line_reason("0", disabled=frozenset({"counter"})) is None


def test_rules_long_paragraph_is_never_taken() -> None:
    long_appeal = "Please donate today. " + "The harbour was busy all week long. " * 30
    assert rules.line_reason(long_appeal) is None


def test_rules_predicates_by_name() -> None:
    assert rules.is_donation_appeal("Support our journalism: make a donation today.")
    assert not rules.is_donation_appeal("The charity said it would donate the food to the shelter.")
    assert rules.is_photo_caption("The new bridge at dusk. REUTERS/Jane Roe")
    assert not rules.is_photo_caption("The bridge opened at dusk, Reuters reported.")


def test_rules_link_word_lines_in_several_languages() -> None:
    for line in ("Share on Facebook", "Teilen mit: WhatsApp", "Compartir en Twitter", "Mehr lesen"):
        assert rules.line_reason(line) in ("share_line", "link_words"), line
    assert rules.line_reason("Manage settings") == "link_words"
    assert rules.line_reason("Share prices fell sharply on Monday.") is None
    assert rules.line_reason("Sign language") is None


def test_rules_cross_references() -> None:
    assert rules.is_cross_reference("Lea también: Ferry strike ends after two weeks")
    assert rules.is_cross_reference(">> Auch lesen: Der Hafen öffnet wieder")
    assert rules.is_cross_reference("Schon gelesen?")
    assert not rules.is_cross_reference("Mayor: the harbour will reopen on Monday")
