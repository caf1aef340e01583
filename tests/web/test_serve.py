"""`wirewatch serve` as a user runs it: a real server process on 127.0.0.1, stopped by SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request

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


@pytest.fixture
def served(demo_export):
    """A running `wirewatch serve` over the demo store, and its address."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "wirewatch.cli", "serve", "--db",
         str(demo_export.parent / "wirewatch.db"), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", server)
        yield server, f"http://127.0.0.1:{port}"
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


@pytest.mark.slow
def test_serve_stops_within_5_seconds_of_sigterm(served):
    server, address = served
    # A client holding a kept-alive connection open must not keep the server alive.
    idle = socket.create_connection(("127.0.0.1", int(address.rsplit(":", 1)[1])))
    idle.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    started = time.monotonic()
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=10)
    idle.close()
    assert time.monotonic() - started < 5
