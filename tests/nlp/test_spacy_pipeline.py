"""wirewatch.nlp.spacy_pipeline: long texts parsed in pieces that join back exactly."""

from __future__ import annotations

import spacy

from wirewatch.nlp.spacy_pipeline import parse, pieces


def test_spacy_pipeline_pieces_cut_at_line_breaks_and_join_back():
    text = "First line here.\nSecond line, longer.\nThird.\n"
    cut = pieces(text, size=20)
    assert "".join(cut) == text
    assert all(len(piece) <= 20 for piece in cut)
    assert cut[0] == "First line here.\n"


def test_spacy_pipeline_pieces_fall_back_to_spaces_then_anywhere():
    assert pieces("aaa bbb ccc", size=5) == ["aaa ", "bbb ", "ccc"]
    assert pieces("abcdefgh", size=3) == ["abc", "def", "gh"]
    assert pieces("short", size=100) == ["short"]


def test_spacy_pipeline_parse_keeps_a_text_longer_than_max_length_whole():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2000  # a long article is to the real pipeline what this is here
    long_text = "".join(f"Paragraph {n} says the talks went on.\n" for n in range(200))
    short_text = "One short article."
    docs = list(parse(nlp, [short_text, long_text, short_text], piece_chars=500))
    assert [doc.text for doc in docs] == [short_text, long_text, short_text]
    sentences = [sentence for sentence in docs[1].sents if sentence.text.strip()]
    assert len(sentences) == 200
    last = sentences[-1]
    assert long_text[last.start_char : last.end_char] == last.text  # offsets into the whole
    assert last.text.strip().startswith("Paragraph 199")
