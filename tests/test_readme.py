"""README.md renders as intended under CommonMark: every section heading is a heading.

A code fence closed with text after it (```` ``` text ````) is not closed under CommonMark,
and the block swallows every section after it; this test fails on that.
"""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it import MarkdownIt

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_every_section_heading_renders_as_a_heading():
    text = README.read_text(encoding="utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    rendered = [
        tokens[n + 1].content
        for n, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == "h2"
    ]
    assert rendered == re.findall(r"^## (.+)$", text, re.M)
    assert len(rendered) >= 10


def test_readme_no_code_block_holds_a_section():
    tokens = MarkdownIt("commonmark").parse(README.read_text(encoding="utf-8"))
    fences = [token for token in tokens if token.type in ("fence", "code_block")]
    assert fences
    assert not [fence.map for fence in fences if re.search(r"^## ", fence.content, re.M)]
