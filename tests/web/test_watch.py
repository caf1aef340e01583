"""wirewatch.web.watch: a search stops when its client leaves, long before its time limit."""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from tests.web.conftest import free_port

from wirewatch.model import Article
from wirewatch.store import Store, StoreSettings
from wirewatch.web.app import create_app

# Four prefix terms over articles whose every word starts with one of them: a search that
# takes seconds on this machine once its time limit is lifted.
HEAVY_SEARCH = "/search?q=a*+b*+c*+d*"
TIME_LIMIT = 60.0


def _word(rng: random.Random) -> str:
    return rng.choice("abcd") + "".join(rng.choice("aeioulmnrst") for _ in range(6))


@pytest.fixture(scope="module")
def heavy_store(tmp_path_factory) -> Path:
    rng = random.Random(0)
    vocabulary = [_word(rng) for _ in range(5000)]
    path = tmp_path_factory.mktemp("heavy") / "heavy.db"
    with Store(path) as store:
        store.add_articles(
            Article(id=f"a{n}", source=f"a{n}.txt", title=f"Report {n}",
                    text=" ".join(rng.choice(vocabulary) for _ in range(500)))
            for n in range(1000)
        )
    return path


@pytest.fixture
def heavy_server(heavy_store) -> Iterator[int]:
    """The app in this process (so its log is seen), with the search time limit lifted."""
    app = create_app(heavy_store, StoreSettings(statement_timeout_seconds=TIME_LIMIT))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, port=port, log_config=None, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.mark.slow
def test_watch_a_client_leaving_mid_search_frees_the_worker(heavy_server, caplog) -> None:
    caplog.set_level(logging.INFO, logger="wirewatch.web.app")
    client = socket.create_connection(("127.0.0.1", heavy_server))
    client.sendall(f"GET {HEAVY_SEARCH} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    time.sleep(0.3)  # the search is under way
    client.close()
    left = time.monotonic()
    while time.monotonic() - left < 5 and not _stopped(caplog):
        time.sleep(0.02)
    # Stopped by the client's leaving (the statement was interrupted half-way), within
    # moments, with the 60-second limit far away.
    assert _stopped(caplog), "the search ran on after its client left"
    assert time.monotonic() - left < 2


def _stopped(caplog) -> bool:
    return any("the client left" in record.getMessage() for record in caplog.records)
