"""A day as a page writes it: ISO, numeric day first, English or another language's month."""

from __future__ import annotations

from wirewatch.clean.page_dates import written_day


def test_page_dates_written_day_forms() -> None:
    assert written_day("2019-08-16T03:00:00+02:00") == "2019-08-16"
    assert written_day("1.11.2023", at_start=True) == "2023-11-01"
    assert written_day("4. 2. 2022", at_start=True) == "2022-02-04"
    assert written_day("16 August 2019, 10:00", at_start=True) == "2019-08-16"
    assert written_day("31.13.2020", at_start=True) is None
    assert written_day("Smith 3 March 2020", at_start=True) is None


def test_page_dates_months_of_other_languages() -> None:
    assert written_day("1. Februar 2022, Daniel Roe") == "2022-02-01"
    assert written_day("Notizia del 14 Gennaio 2020") == "2020-01-14"
    assert written_day("3 de marzo de 2021", at_start=True) == "2021-03-03"
    assert written_day("12 août 2019") == "2019-08-12"
    assert written_day("Nachruf: 1. Februar", at_start=True) is None
