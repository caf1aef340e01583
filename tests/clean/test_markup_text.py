"""Markup left in scraped text: decoded, with each removal's reason and offsets."""

from __future__ import annotations

from wirewatch.clean import clean_document
from wirewatch.clean.markup_text import decode_markup
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import RawDocument


def test_markup_text_entities_tags_and_comments() -> None:
    text = (
        '<h1 class="hl">Ferry to F&ouml;gl&ouml;</h1><p data-id="7">The agency said.<br/>'
        "It&#8217;s&nbsp;late.</p><!-- teaser --><p>Second part.</p>"
    )
    decoded = decode_markup(text)
    assert decoded.text == "Ferry to Föglö\n\nThe agency said.\nIt’s late.\n\nSecond part."
    reasons = {removal.reason for removal in decoded.removed}
    assert reasons == {"markup_tag", "markup_comment"}
    for removal in decoded.removed:
        assert text[removal.start : removal.end] == removal.text


def test_markup_text_drops_scripts_whole() -> None:
    decoded = decode_markup("Before.<script>if (a<b) { run(); }</script> After.")
    assert decoded.text == "Before. After."
    assert [removal.reason for removal in decoded.removed] == ["markup_code"]


def test_markup_text_leaves_plain_text_and_unknown_angle_brackets() -> None:
    assert decode_markup("Plain text, no markup.").removed == []
    assert decode_markup("I <3 ferries when x < y and <Name> waves").text == (
        "I <3 ferries when x < y and <Name> waves"
    )


def test_markup_text_clean_document_reads_decoded_text() -> None:
    content = (
        "<h1>Ferry returns to Föglö</h1>\n<p>The Swedish Maritime Administration said.<br/></p>"
        "<p>The ferry to F&ouml;gl&ouml; runs again from Monday, after three weeks of repairs "
        "to its hull at the yard in Turku.</p><p>Passengers had used a smaller boat.</p>"
    )
    article = clean_document(RawDocument(id="f", source="f.txt", content=content), CleanSettings())
    assert article.title == "Ferry returns to Föglö"
    assert "<" not in article.text and "&ouml;" not in article.text
    assert "Administration said." in article.text
    assert any(removal.reason == "markup_tag" for removal in article.removed)
