"""Tests of the stage registry: declared contracts, their order, skipping, and honesty."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from wirewatch import api, pipeline
from wirewatch.model import Article, Corpus, RawDocument
from wirewatch.pipeline import STAGES, Stage, check_contracts, stages_for
from wirewatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ARTICLE_FIELDS = {f.name for f in dataclasses.fields(Article)}
# The articles themselves are every corpus stage's input; their fields are declared one by one.
CORPUS_FIELDS = {f.name for f in dataclasses.fields(Corpus)} - {"articles"}


def named(name: str) -> Stage:
    return next(stage for stage in STAGES if stage.name == name)


def test_pipeline_registered_order_meets_every_declaration():
    check_contracts(STAGES)
    names = [stage.name for stage in STAGES]
    assert len(names) == len(set(names))


def test_pipeline_an_order_that_breaks_a_declaration_is_refused():
    order = [stage for stage in STAGES if stage.name != "mentions"]
    order.insert(order.index(named("quotes")) + 1, named("mentions"))
    with pytest.raises(ValueError, match=r"'quotes' reads article\.mentions"):
        check_contracts(order)


def test_pipeline_every_stage_reads_a_settings_section_and_declares_known_fields():
    settings = Settings()
    for stage in STAGES:
        assert dataclasses.is_dataclass(getattr(settings, stage.section)), stage.name
        for name in stage.requires + stage.assigns:
            kind, field_name = name.split(".")[:2]
            known = ARTICLE_FIELDS if kind == "article" else CORPUS_FIELDS
            assert kind in ("article", "corpus") and field_name in known, (stage.name, name)


def test_pipeline_skipping_a_stage_others_read_names_them():
    with pytest.raises(ValueError, match="action_counts"):
        stages_for(Settings(skip=("actions",)))
    with pytest.raises(ValueError, match="No stage"):
        stages_for(Settings(skip=("coffee",)))
    kept = stages_for(Settings(skip=("actions", "action_counts")), "corpus")
    assert "action_counts" not in [stage.name for stage in kept]


@pytest.mark.slow
def test_pipeline_a_skipped_stage_leaves_its_fields_empty(tmp_path):
    settings = Settings(jobs=1, skip=("actions", "action_counts", "contradictions"))
    corpus = api.analyze([ROOT / "examples" / "demo"], settings=settings).corpus
    assert corpus.articles and corpus.events
    assert corpus.actions == [] and corpus.contradictions == []
    assert all(article.actions == [] for article in corpus.articles)


class ReadLog:
    """Which fields of articles and of the corpus a stage reads."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def watched(self, item: object, kind: str, fields: set[str]) -> None:
        log = self

        class Watched(type(item)):  # type: ignore[misc]
            def __getattribute__(self, name: str):
                if name in fields:
                    log.names.add(f"{kind}.{name}")
                return object.__getattribute__(self, name)

        item.__class__ = Watched


def undeclared(stage: Stage, read: set[str]) -> list[str]:
    declared = stage.requires + stage.assigns
    return sorted(
        name for name in read if not any(d == name or d.startswith(name + ".") for d in declared)
    )


@pytest.mark.slow
def test_pipeline_stages_read_only_what_they_declare(nlp):
    """Runs the demo through every stage, watching field reads: a stage that starts reading
    a field it does not declare fails here, so the declarations stay true."""
    settings = Settings(jobs=1)
    raws = [r for r in pipeline.read_documents([ROOT / "examples" / "demo"], settings)]
    assert not [r for r in raws if not isinstance(r, RawDocument)]
    articles = pipeline.strip_boilerplate(pipeline.clean_batch(raws, settings), settings)
    settings = pipeline.as_of(settings, articles)
    log, wrong = ReadLog(), {}
    for article in articles:
        log.watched(article, "article", ARTICLE_FIELDS)
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        for stage in stages_for(settings, "article"):
            log.names.clear()
            stage.run(article, doc, settings)
            if undeclared(stage, log.names):
                wrong[stage.name] = undeclared(stage, log.names)
    corpus = Corpus(articles=articles)
    log.watched(corpus, "corpus", CORPUS_FIELDS)
    for stage in stages_for(settings, "corpus"):
        log.names.clear()
        stage.run(corpus, settings)
        if undeclared(stage, log.names):
            wrong[stage.name] = undeclared(stage, log.names)
    assert corpus.events and corpus.entities
    assert wrong == {}


def test_pipeline_readme_stage_table_is_the_registry():
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_readme", ROOT / "docs/update_readme.py")
    update_readme = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_readme)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = update_readme.stage_table()
    assert f"<!-- STAGES -->\n{table}<!-- /STAGES -->" in readme, "run `make docs`"
