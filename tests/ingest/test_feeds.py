"""Tests of wirewatch.ingest.feeds: RSS and Atom files, one document per entry."""

from __future__ import annotations

import gzip

from wirewatch.ingest import read_inputs
from wirewatch.model import RawDocument, Skipped

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Harbour Gazette</title><link>https://gazette.example</link><language>en-gb</language>
<item><title>Ferry strike ends</title><link>https://gazette.example/news/ferry?id=1</link>
<guid>https://gazette.example/news/ferry?id=1</guid>
<pubDate>Thu, 13 Mar 2025 09:30:00 +0100</pubDate><dc:creator>Ann Lee</dc:creator>
<description>&lt;p&gt;The ferry strike ended on Thursday.&lt;/p&gt;</description></item>
<item><title>No body here</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title>
<entry><id>tag:valley.example,2025:42</id><title>Dam report out</title>
<link href="https://valley.example/dam"/><published>2025-03-12T08:00:00Z</published>
<updated>2025-03-14T08:00:00Z</updated><author><name>Bo Chen</name></author>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;The full report on the dam.&lt;/p&gt;</content></entry>
<entry><title>Untagged</title><updated>2025-03-14T08:00:00Z</updated>
<content type="text">Plain words only.</content></entry>
</feed>"""


def test_feeds_rss_entries_become_documents(tmp_path):
    path = tmp_path / "gazette.rss"
    path.write_text(RSS)
    doc, skipped = read_inputs([path])
    assert doc == RawDocument(
        id="gazette.example-news-ferry-id-1",
        source=f"{path}#gazette.example-news-ferry-id-1",
        content="<p>The ferry strike ended on Thursday.</p>",
        format="html",
        url="https://gazette.example/news/ferry?id=1",
        outlet="Harbour Gazette",
        published="2025-03-13T08:30:00+00:00",
        title="Ferry strike ends",
        authors=["Ann Lee"],
        language="en",
    )
    assert skipped == Skipped(f"{path}#gazette-1", "entry has no content or summary")


def test_feeds_atom_prefers_content_and_ignores_updated(tmp_path):
    path = tmp_path / "valley.atom.gz"
    path.write_bytes(gzip.compress(ATOM.encode()))
    first, second = read_inputs([path])
    assert (first.id, first.content, first.format) == (
        "tag-valley.example-2025-42",
        "<p>The full report on the dam.</p>",
        "html",
    )
    assert (first.published, first.authors, first.outlet) == (
        "2025-03-12T08:00:00+00:00",
        ["Bo Chen"],
        "Valley Post",
    )
    assert (second.id, second.format, second.published) == ("valley-1", "text", None)


def test_feeds_xml_that_is_no_feed_is_skipped(tmp_path):
    (tmp_path / "sitemap.xml").write_text("<urlset><url><loc>https://ex.com/</loc></url></urlset>")
    (tmp_path / "news.xml").write_text(RSS)
    results = list(read_inputs([tmp_path]))
    assert results[-1].source == str(tmp_path / "sitemap.xml")
    assert results[-1].reason.startswith("not an RSS/Atom feed")
    assert results[0].outlet == "Harbour Gazette"
