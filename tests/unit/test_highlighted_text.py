"""HighlightedText: pairs, entity dicts, scores, combining, validation."""

from __future__ import annotations

import pytest

import podium as gr


def spans(*pairs):
    return [{"token": token, "class_or_confidence": kind} for token, kind in pairs]


def test_pairs_and_scores_become_spans():
    assert gr.HighlightedText().postprocess([("The ", None), ("cat", "animal")]) == spans(("The ", None), ("cat", "animal"))
    assert gr.HighlightedText().postprocess([("a", 0.5), ("b", -0.2)]) == spans(("a", 0.5), ("b", -0.2))
    assert gr.HighlightedText().postprocess(None) is None


def test_entity_dicts_fill_the_gaps_between_entities():
    value = {"text": "The cat sat", "entities": [{"entity": "animal", "start": 4, "end": 7}]}
    assert gr.HighlightedText().postprocess(value) == spans(("The ", None), ("cat", "animal"), (" sat", None))
    grouped = {"text": "Ada Lovelace", "entities": [{"entity_group": "PER", "start": 0, "end": 12}]}
    assert gr.HighlightedText().postprocess(grouped) == spans(("Ada Lovelace", "PER"))
    with pytest.raises(ValueError, match="overlap"):
        gr.HighlightedText().postprocess({"text": "abc", "entities": [
            {"entity": "x", "start": 0, "end": 2}, {"entity": "y", "start": 1, "end": 3}]})


def test_combine_adjacent_joins_equal_neighbours():
    text = gr.HighlightedText(combine_adjacent=True, adjacent_separator=" ")
    assert text.postprocess([("sat", "verb"), ("on", "verb"), ("mat", None)]) == spans(("sat on", "verb"), ("mat", None))


def test_preprocess_and_payload_checks():
    text = gr.HighlightedText()
    wire = spans(("The ", None), ("cat", "animal"))
    assert text.preprocess(wire) == wire and text.preprocess(None) is None
    text.check_payload(wire)
    for bad in ("text", [{"class_or_confidence": "x"}], [{"token": "a", "class_or_confidence": True}]):
        with pytest.raises(ValueError):
            text.check_payload(bad)
    with pytest.raises(ValueError, match="pairs"):
        text.postprocess(["just a string"])
    assert text.api_info()["items"] == {"$ref": "#/$defs/HighlightedToken"}
