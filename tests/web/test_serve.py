"""`wirewatch serve` as a user runs it: a real server process on 127.0.0.1, stopped by SIGTERM."""

from __future__ import annotations

import signal
import socket
import time

import pytest


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
