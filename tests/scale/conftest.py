"""Spark tests run where Spark can: skipped without pyspark or Java, a failure under CI,
which installs pyspark (the `dev` extra holds the `spark` extra's pin) beside Java."""

from __future__ import annotations

import importlib.util
import os
import shutil

import pytest


def spark_missing() -> str | None:
    """Why Spark cannot run here (no pyspark, no Java), or None."""
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed (pip install 'wirewatch[spark]')"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (java on PATH or JAVA_HOME)"
    return None


@pytest.fixture(scope="session")
def spark_ready() -> None:
    missing = spark_missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Spark cannot run under CI: {missing}")
        pytest.skip(missing)
