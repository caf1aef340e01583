"""Every page in a real browser: Debian's chromium driven by Playwright over `wirewatch serve`.

Checks what only a browser shows: no console error or script error on any page, the
charts drawn by plotly.js, the search form's filters working, and markup taken from
scraped articles staying inert (no script runs, no image handler fires).
"""

from __future__ import annotations

import json

import pytest

from wirewatch import api
from wirewatch.settings import Settings

pytestmark = pytest.mark.slow

DEMO_PAGES = [
    "/",
    "/search?q=mackerel",
    "/storylines/storyline-event-01_nordwire_trawler",
    "/events/event-01_nordwire_trawler",
    "/people/person:ingrid-solvang",
    "/outlets/Nordwire",
    "/articles/01_nordwire_trawler",
    "/relations/NOR/ISL",
    "/brief",
]
# What a scraper may hand over: markup that must show as text and never run.
INJECTED = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'


@pytest.fixture(scope="module")
def demo_server(demo_export, launch) -> str:
    return launch(demo_export.parent / "wirewatch.db")


@pytest.fixture
def page(browser):
    """A fresh tab that records console errors and uncaught script errors."""
    context = browser.new_context()
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda m: m.type == "error" and tab.problems.append(m.text))
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    tab.on("dialog", lambda dialog: tab.problems.append(f"dialog: {dialog.message}"))
    yield tab
    context.close()


@pytest.mark.parametrize("address", DEMO_PAGES)
def test_browser_every_page_loads_without_console_errors(demo_server, page, address):
    response = page.goto(demo_server + address, wait_until="load")
    assert response.status == 200
    assert page.locator("h1").count() >= 1
    assert page.problems == []


@pytest.mark.parametrize(
    ("address", "chart"),
    [("/", "volume"), ("/storylines/storyline-event-01_nordwire_trawler", "timeline"),
     ("/relations/NOR/ISL", "dyad"), ("/outlets/Nordwire", "volume"), ("/brief", "timeline")],
)
def test_browser_charts_are_drawn(demo_server, page, address, chart):
    page.goto(demo_server + address)
    drawn = page.locator(f"#chart-{chart} svg.main-svg").first
    drawn.wait_for(state="attached", timeout=10_000)
    assert page.locator(f"#chart-{chart} g.trace").count() >= 1
    assert page.problems == []


def test_browser_a_missing_page_is_friendly(demo_server, page):
    response = page.goto(demo_server + "/events/no-such-event")
    assert response.status == 404
    assert "Not found" in page.inner_text("h1")
    page.click("text=Back to the overview")
    assert page.url == demo_server + "/"


def test_browser_search_filters_and_back(demo_server, page):
    page.goto(demo_server + "/")
    page.fill("header input[name=q]", "mackerel")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=mackerel")
    everywhere = page.locator("p > span.meta").all_inner_texts()
    assert len({text.split(",")[0] for text in everywhere}) > 1
    page.select_option("form.filters select[name=outlet]", "Nordwire")
    page.click("form.filters button")
    page.wait_for_url("**outlet=Nordwire**")
    filtered = page.locator("p > span.meta").all_inner_texts()
    assert filtered and all(text.startswith("Nordwire") for text in filtered)
    page.click("a.home")
    assert page.url == demo_server + "/"
    assert page.problems == []


@pytest.fixture(scope="module")
def injected_server(tmp_path_factory, launch) -> str:
    """A store analysed from two articles whose title, text and outlet carry markup."""
    folder = tmp_path_factory.mktemp("injected")
    for name, city in (("a", "Tallinn"), ("b", "Riga")):
        (folder / f"{name}.txt").write_text(
            f"Ferry talks in {city} {INJECTED}\n\n"
            f"Ferry operators met in {city} on Monday {INJECTED} to settle the strike. "
            f'"We will sail again on Friday," union leader Mari Tamm told reporters.\n',
            encoding="utf-8",
        )
        (folder / f"{name}.meta.json").write_text(
            json.dumps({"outlet": f"Baltic <b onmouseover=alert(1)>{city}</b> Wire",
                        "published": "2026-02-02"}), encoding="utf-8",
        )
    out = tmp_path_factory.mktemp("injected-out")
    api.analyze([folder], out, Settings(jobs=1))
    return launch(out / "wirewatch.db")


def test_browser_injected_markup_stays_inert(injected_server, page):
    page.goto(injected_server + "/")
    links = page.locator("a[href^='/events/'], a[href^='/articles/'], a[href^='/outlets/']")
    addresses = sorted(set(links.evaluate_all("links => links.map(a => a.getAttribute('href'))")))
    assert any(a.startswith("/events/") for a in addresses)
    shown = []
    for address in ["/", "/brief", "/search?q=ferry", *addresses]:
        response = page.goto(injected_server + address, wait_until="load")
        assert response.status == 200, address
        assert page.evaluate("window.__pwned") is None, address
        injected = page.evaluate(
            """() => [...document.scripts].filter(s => s.text.trim().startsWith('window.__pwned'))
                .length + document.querySelectorAll('img[onerror], b[onmouseover]').length"""
        )
        assert injected == 0, address
        shown.append(page.inner_text("body"))
    # What cleaning kept of the markup is shown as the text it was (the outlet, at least).
    assert any("<b onmouseover=alert(1)>" in text for text in shown)
    assert page.problems == []
