"""The publication day a page states: microdata first, then a "published on" cue."""

from __future__ import annotations

from trafilatura.utils import load_html

from wirewatch.clean.page_dates import declared_publication_day, written_day


def page(body: str) -> object:
    return load_html(f"<html><head><title>t</title></head><body>{body}</body></html>")


def test_page_dates_microdata_keeps_the_local_day() -> None:
    tree = page(
        '<p>Modified <time itemprop="dateModified" datetime="2023-12-02T10:00:00Z">x</time></p>'
        '<p><time itemprop="datePublished" datetime="2023-11-08T21:11:03-05:00">Nov 8</time></p>'
    )
    assert declared_publication_day(tree) == "2023-11-08"


def test_page_dates_microdata_text_day_first() -> None:
    tree = page('<p>Stand: <span itemprop="datePublished">27.04.2020 18:50</span></p>')
    assert declared_publication_day(tree) == "2020-04-27"


def test_page_dates_published_on_cue_in_text() -> None:
    tree = page(
        "<article><p>Veröffentlicht am 16.08.2019</p><p>Die Folge dauert eine Stunde.</p>"
        "</article><div class='comments'><time datetime='2019-08-24'>24. August</time></div>"
    )
    assert declared_publication_day(tree) == "2019-08-16"


def test_page_dates_teaser_list_is_no_statement() -> None:
    tree = page(
        "<ul><li>Power banks compared, published on January 20, 2022</li>"
        "<li>Heated jackets tested, published on January 24, 2022</li></ul>"
    )
    assert declared_publication_day(tree) is None


def test_page_dates_updated_and_scripts_are_no_cue() -> None:
    tree = page(
        "<p>Updated 12.03.2021</p><script>var published = '01.01.2020';</script>"
        "<p>The council met on 3.2.2021 to vote.</p>"
    )
    assert declared_publication_day(tree) is None


def test_page_dates_written_day_forms() -> None:
    assert written_day("2019-08-16T03:00:00+02:00") == "2019-08-16"
    assert written_day("1.11.2023", at_start=True) == "2023-11-01"
    assert written_day("16 August 2019, 10:00", at_start=True) == "2019-08-16"
    assert written_day("31.13.2020", at_start=True) is None
    assert written_day("Smith 3 March 2020", at_start=True) is None
