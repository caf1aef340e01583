"""Outlet boilerplate is learned from everything stored, so cleaning does not depend on how the
corpus is fed (`wirewatch.api.ingest`: one run, small rounds, several runs, a resume)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from wirewatch import api, pipeline
from wirewatch.settings import Settings
from wirewatch.store import Store

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "demo"
SIGN_OFF = "Follow the Fjord Post on Telegram for the latest news from the coast and the islands."
CLEANING = {"clean", "boilerplate"}


def _fjord_post_story(number: int) -> str:
    return "\n\n".join(
        [
            f"Ferry route {number} reopens after repairs",
            f"The ferry on route {number} sailed again on Monday after a week of repairs to its "
            f"engines, the operator said, and {number * 40} passengers were on the first crossing.",
            f"Crews worked through the weekend on route {number}, replacing {number + 2} pumps "
            "and a damaged propeller shaft, according to the operator's statement.",
            f"The harbour master said route {number} would keep its winter timetable until March.",
            SIGN_OFF,
        ]
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The demo corpus and five stories of one outlet that all close with its sign-off."""
    folder = tmp_path / "corpus"
    shutil.copytree(DEMO, folder)
    for number in range(1, 6):
        (folder / f"fjord_{number}.txt").write_text(_fjord_post_story(number))
        meta = {"outlet": "Fjord Post", "url": f"https://fjordpost.example/news/{number}"}
        (folder / f"fjord_{number}.meta.json").write_text(json.dumps(meta))
    return folder


def _settings(**changes: object) -> Settings:
    skip = tuple(stage.name for stage in pipeline.STAGES if stage.name not in CLEANING)
    return Settings(jobs=1, skip=skip, **changes)


def _cleaned(db: Path) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    with Store(db) as store:
        return {
            article.id: (
                article.text,
                [(removal.text, removal.reason) for removal in article.removed],
            )
            for article in store.articles()
        }


def test_feeding_order_one_run_and_rounds_of_two_clean_alike(corpus: Path, tmp_path: Path) -> None:
    api.ingest([corpus], tmp_path / "one.db", _settings())
    api.ingest([corpus], tmp_path / "twos.db", _settings(round_size=2))
    one, twos = _cleaned(tmp_path / "one.db"), _cleaned(tmp_path / "twos.db")
    assert one == twos
    fjord = [text for text, _removed in one.values() if "Ferry route" in text or "ferry" in text]
    assert len(fjord) == 5 and not any(SIGN_OFF in text for text in fjord)


def test_feeding_order_separate_runs_and_a_resume_clean_alike(corpus: Path, tmp_path: Path) -> None:
    api.ingest([corpus], tmp_path / "one.db", _settings())
    files = sorted(path for path in corpus.iterdir() if path.suffix != ".json")
    batches = tmp_path / "batches.db"
    for start in range(0, len(files), 2):
        api.ingest(files[start : start + 2], batches, _settings())
    api.ingest([corpus], batches, _settings())  # a resume: everything is stored already
    assert _cleaned(batches) == _cleaned(tmp_path / "one.db")


def test_feeding_order_earlier_articles_are_stripped_and_annotated_again(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for number in range(1, 4):
        (folder / f"fjord_{number}.txt").write_text(_fjord_post_story(number))
        meta = {"outlet": "Fjord Post", "language": "en"}
        (folder / f"fjord_{number}.meta.json").write_text(json.dumps(meta))
    db = tmp_path / "w.db"
    api.ingest([folder / "fjord_1.txt"], db, Settings(jobs=1))
    with Store(db) as store:
        (first,) = store.articles()
    assert SIGN_OFF in first.text
    api.ingest([folder], db, Settings(jobs=1, round_size=1))
    with Store(db) as store:
        articles = store.articles()
    assert len(articles) == 3
    for article in articles:
        assert SIGN_OFF not in article.text
        assert article.removed[-1].reason == "outlet_boilerplate"
        assert article.sentences and article.sentences[-1].end <= len(article.text)
        assert all(mention.end <= len(article.text) for mention in article.mentions)


def test_feeding_order_two_concurrent_ingests_clean_like_one_run(
    corpus: Path, tmp_path: Path
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    api.ingest([corpus], tmp_path / "one.db", _settings())
    files = sorted(path for path in corpus.iterdir() if path.suffix != ".json")
    halves = [files[0::2], files[1::2]]  # each half holds some of the outlet's stories
    shared = tmp_path / "shared.db"
    Store(shared).close()  # schema made once, before the two writers race
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = [pool.submit(api.ingest, half, shared, _settings(round_size=2)) for half in halves]
        for run in runs:
            run.result()
    assert _cleaned(shared) == _cleaned(tmp_path / "one.db")
