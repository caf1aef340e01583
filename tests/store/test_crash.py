"""A writer killed mid-batch leaves a sound database holding only whole batches."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from wirewatch.model import Article
from wirewatch.store import Store

BATCH = 200

# The child writes batches of BATCH articles (each with two quotes) forever,
# printing the number of each committed batch.
WRITER = textwrap.dedent(f"""
    import sys
    from wirewatch.model import Article, Quote
    from wirewatch.store import Store

    def article(batch, number):
        article_id = f"b{{batch}}-{{number}}"
        text = f"Batch {{batch}} article {{number}}: the ferry line reopened. " * 20
        quotes = [Quote(f"{{article_id}}-q{{k}}", article_id, 0, 5, "direct") for k in (1, 2)]
        return Article(article_id, "child", text, content_hash=article_id, quotes=quotes)

    with Store(sys.argv[1]) as store:
        batch = 0
        while True:
            store.add_articles(article(batch, number) for number in range({BATCH}))
            print(batch, flush=True)
            batch += 1
""")


def test_crash_killed_writer_leaves_whole_batches(tmp_path):
    path = tmp_path / "crash.db"
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        committed = []  # when each batch committed; kill half-way through the fourth one
        for _ in range(3):
            assert child.stdout.readline().strip() != ""
            committed.append(time.perf_counter())
        time.sleep((committed[2] - committed[1]) / 2)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
    with Store(path) as reopened:
        assert reopened.integrity_problems() == []
        counts = reopened.counts()
        assert counts["articles"] >= 3 * BATCH
        assert counts["articles"] % BATCH == 0
        assert counts["quotes"] == 2 * counts["articles"]
        assert len(reopened.search("ferry", limit=5)) == 5
        assert reopened.add_articles([Article("after", "s", "Still writable.")]).added == 1
