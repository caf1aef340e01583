"""Fixtures of the web tests: a real `wirewatch serve` process, and Debian's chromium."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"serve exited early: {server.stderr.read()}")
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"serve did not answer at {url}")


def start_server(db: Path) -> tuple[subprocess.Popen, str]:
    """`wirewatch serve` over `db` on a free port of 127.0.0.1, answering; and its address."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "wirewatch.cli", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    address = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(address + "/", server)
    except AssertionError:
        server.kill()
        raise
    return server, address


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.kill()
        server.wait()


@pytest.fixture(scope="module")
def launch() -> Iterator[Callable[[Path], str]]:
    """Starts `wirewatch serve` over a store, gives its address; stops them all after."""
    servers: list[subprocess.Popen] = []

    def serve(db: Path) -> str:
        server, address = start_server(db)
        servers.append(server)
        return address

    yield serve
    for server in servers:
        stop_server(server)


@pytest.fixture
def served(demo_export) -> Iterator[tuple[subprocess.Popen, str]]:
    """A running `wirewatch serve` over the demo store, and its address."""
    server, address = start_server(demo_export.parent / "wirewatch.db")
    try:
        yield server, address
    finally:
        stop_server(server)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's chromium (`.ci/run` installs it with apt); loud under CI when missing."""
    found = os.environ.get("WIREWATCH_CHROMIUM") or shutil.which("chromium")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing: .ci/run installs it with apt-get")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def browser(chromium_path):
    """Chromium driven by Playwright, launched by its path (Playwright downloads nothing)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=["--no-sandbox"])
        yield launched
        launched.close()
