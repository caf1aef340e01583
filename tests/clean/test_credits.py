"""The outlet read from an article's credit lines, the most trusted credit first."""

from __future__ import annotations

from wirewatch.clean import credits
from wirewatch.clean.credits import SELF, SOURCE, WIRE


def test_credits_known_sources_and_agencies() -> None:
    assert credits.outlet_from_credits(["Source: www.helsinkitimes.fi"]) == "Helsinki Times"
    assert credits.outlet_from_credits(["(MENAFN)"]) == "MENAFN"
    assert credits.outlet_from_credits(["Photo by someone"]) is None


def test_credits_copyright_line_names_an_unknown_outlet() -> None:
    # The sentence after the name, a "Copyright ©" prefix and a legal form do not hide it.
    line = "© 2025 The Fjord Ledger. Reproduction without written permission is prohibited."
    assert credits.read_credit(line) == credits.Credit("The Fjord Ledger", SELF)
    assert credits.read_credit(
        "Copyright © 2019-2025 Harbour Weekly Ltd. All rights reserved."
    ) == (credits.Credit("Harbour Weekly", SELF))
    assert credits.read_credit("© Valley Tribune 2024") == credits.Credit("Valley Tribune", SELF)
    assert credits.read_credit("© 2025 All rights reserved.") is None
    # Without a year or a reservation of rights, "© Name" credits a photo or a blogger.
    assert credits.read_credit("© Jane Roe") is None
    assert credits.read_credit("© Reuters") == credits.Credit("Reuters", WIRE)
    assert credits.read_credit("Copyright 2025 The Associated Press.") == credits.Credit("AP", SELF)


def test_credits_disclaimer_appeal_and_tagline_name_the_outlet() -> None:
    disclaimer = 'Coast Wire Service provides this content "as is" without warranty of any kind.'
    assert credits.read_credit(disclaimer) == credits.Credit("Coast Wire Service", SELF)
    funded = "The Lakeside Sentinel is funded by its readers. Please give what you can."
    assert credits.read_credit(funded) == credits.Credit("The Lakeside Sentinel", SELF)
    briefing = "Sign up for the Lakeside Sentinel evening newsletter"
    assert credits.read_credit(briefing) == credits.Credit("The Lakeside Sentinel", SELF)
    tagline = "Valley Tribune | local news since 1911"
    assert credits.read_credit(tagline) == credits.Credit("Valley Tribune", SELF)
    assert credits.read_credit("This site is funded by its readers.") is None


def test_credits_photo_credits_never_name_the_outlet() -> None:
    assert credits.read_credit("Credit: Reuters") is None
    assert credits.read_credit("Photo credits: Getty Images") is None
    assert credits.read_credit("© Getty Images") is None
    assert credits.outlet_from_credits(["(AP)", "Credit: Reuters"]) == "AP"


def test_credits_strongest_kind_wins_when_credits_disagree() -> None:
    # A wire in the dateline, the republishing outlet's own copyright at the end.
    assert credits.read_credit("(AFP)") == credits.Credit("AFP", WIRE)
    assert credits.read_credit("Source: Reuters") == credits.Credit("Reuters", SOURCE)
    assert (
        credits.outlet_from_credits(["(AFP)", "Source: Reuters", "© 2025 The Fjord Ledger."])
        == "The Fjord Ledger"
    )
    # Among equals, the name more credits agree on ("The X" and "X" are one).
    own = [
        "© 2025 Pine Gazette",
        "Harbour Daily provides this content as is",
        "The Pine Gazette is funded by its readers",
    ]
    assert credits.outlet_from_credits(own) == "Pine Gazette"
