"""Tests of wirewatch.ingest.files: walking folders, dispatch by extension, ids, bad files."""

from __future__ import annotations

import gzip

import pytest

from wirewatch.ingest import read_inputs
from wirewatch.ingest.files import split_name
from wirewatch.ingest.inputs import InputFile
from wirewatch.model import RawDocument, Skipped


def documents(results):
    return [result for result in results if isinstance(result, RawDocument)]


def skipped(results):
    return {result.source: result.reason for result in results if isinstance(result, Skipped)}


def test_files_split_name_cuts_only_known_extensions():
    assert split_name("a1b2.html.gz") == ("a1b2", ".html", True)
    assert split_name("000_7850143dfe7e6a98.txt") == ("000_7850143dfe7e6a98", ".txt", False)
    assert split_name("report.v2.TXT") == ("report.v2", ".txt", False)
    assert split_name("photo.png") is None
    assert split_name(".txt") is None


def test_files_walks_folders_sorted_and_skips_hidden_and_sidecars(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta story.")
    (tmp_path / "a.txt").write_text("Alpha story.")
    (tmp_path / "c.html").write_text("<p>Gamma story.</p>")
    (tmp_path / "a.meta.json").write_text('{"outlet": "Daily"}')
    (tmp_path / ".hidden.txt").write_text("Not an article.")
    (tmp_path / ".cache" / "d.txt").write_text("Not an article either.")
    results = list(read_inputs([tmp_path]))
    assert [(doc.id, doc.format) for doc in results] == [
        ("a", "text"),
        ("z", "text"),
        ("c", "html"),
    ]
    assert results[0].source == str(tmp_path / "a.txt")
    assert results[0].outlet == "Daily"


def test_files_reads_gzipped_documents(tmp_path):
    (tmp_path / "a1b2.html.gz").write_bytes(gzip.compress(b"<p>Packed story.</p>"))
    (doc,) = read_inputs([tmp_path / "a1b2.html.gz"])
    assert (doc.id, doc.format, doc.content) == ("a1b2", "html", "<p>Packed story.</p>")


def test_files_clashing_ids_get_deterministic_suffixes(tmp_path):
    (tmp_path / "story.txt").write_text("Plain story.")
    (tmp_path / "story.html").write_text("<p>Marked-up story.</p>")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "story.txt").write_text("Another story.")
    results = list(read_inputs([tmp_path]))
    assert [doc.id for doc in results] == ["story", "story-2", "story-3"]
    assert [doc.source for doc in results] == [
        str(tmp_path / "more" / "story.txt"),
        str(tmp_path / "story.html"),
        str(tmp_path / "story.txt"),
    ]


def test_files_reads_a_file_given_twice_once(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha story.")
    assert len(list(read_inputs([tmp_path, tmp_path / "a.txt"]))) == 1


def test_files_missing_path_is_skipped_and_reading_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("Alpha story.")
    results = list(read_inputs([tmp_path / "gone.txt", tmp_path / "a.txt"]))
    assert results[0] == Skipped(str(tmp_path / "gone.txt"), "no such file or directory")
    assert documents(results)[0].id == "a"


@pytest.mark.parametrize(
    ("name", "payload", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
        ("noise.txt", bytes(range(0x80, 0x100)) * 3, "undecodable text"),
        ("broken.html.gz", b"not gzip at all", "broken gzip"),
        ("cut.txt.gz", gzip.compress(b"A story cut short." * 50)[:40], "broken gzip"),
        ("photo.png", b"\x89PNG", "unsupported file type: photo.png"),
    ],
)
def test_files_bad_file_is_skipped_with_reason(tmp_path, name, payload, reason):
    (tmp_path / name).write_bytes(payload)
    (tmp_path / "zz.txt").write_text("A good story.")
    results = list(read_inputs([tmp_path]))
    assert skipped(results)[str(tmp_path / name)].startswith(reason)
    assert [doc.id for doc in documents(results)] == ["zz"]


def test_files_oversized_file_is_skipped_before_reading(tmp_path):
    (tmp_path / "big.txt").write_text("word " * 30)
    (result,) = read_inputs([tmp_path / "big.txt"], max_bytes=100)
    assert result == Skipped(str(tmp_path / "big.txt"), "larger than 100 bytes")


def test_files_gzip_that_unpacks_too_big_is_skipped(tmp_path):
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"word " * 1000))
    (result,) = read_inputs([tmp_path / "bomb.txt.gz"], max_bytes=500)
    assert result.reason == "larger than 500 bytes once decompressed"


def test_files_unreadable_file_is_skipped(tmp_path, monkeypatch):
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret story.")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(InputFile, "open_stream", refuse)
    (result,) = read_inputs([locked])
    assert result == Skipped(str(locked), "cannot read: Permission denied")


def test_files_explicit_sidecar_is_not_an_article(tmp_path):
    (tmp_path / "a.meta.json").write_text("{}")
    (result,) = read_inputs([tmp_path / "a.meta.json"])
    assert result.reason == "metadata sidecar, not an article"


def test_files_reads_the_seed_articles(shared_dir):
    seeds = sorted(path.stem for path in (shared_dir / "seeds").glob("*.txt"))
    results = list(read_inputs([shared_dir / "seeds"]))
    assert len(results) == 5
    assert [doc.id for doc in results] == seeds
    assert all(doc.format == "text" and len(doc.content) > 1000 for doc in results)
    assert all("\r" not in doc.content for doc in results)
