"""Reading articles: .txt headline rule, .json, .jsonl, directories, stdin, and errors that name the place."""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

from workers.inputs import LiveLines, read_articles, read_stream, text_article


def test_txt_first_line_then_blank_is_headline() -> None:
    art = text_article("Storm hits coast\n\nWinds of 120 km/h hit the coast.\nMore follows.\n")
    assert art == {"headline": "Storm hits coast", "body": "Winds of 120 km/h hit the coast.\nMore follows."}


def test_txt_without_blank_line_is_all_body() -> None:
    art = text_article("Winds hit the coast.\nMore follows.\n")
    assert art == {"body": "Winds hit the coast.\nMore follows."}


def test_txt_short_unpunctuated_line_above_the_lede_is_headline() -> None:
    # Pasted from a web page: headline, then the lede with no blank line between.
    art = text_article("Storm hits coast\nWinds of 120 km/h hit the coast on Monday.\nMore follows.\n")
    assert art == {
        "headline": "Storm hits coast",
        "body": "Winds of 120 km/h hit the coast on Monday.\nMore follows.",
    }
    art = text_article(
        "Is the city ready for the storm?\nOfficials say the sea wall will hold through the winter.\n"
    )
    assert art["headline"] == "Is the city ready for the storm?"


def test_txt_byline_dateline_or_sentence_first_line_stays_body() -> None:
    for first in ("By Jane Doe, Associated Press", "LONDON (AP) —", "Winds hit the coast.", "Winds"):
        art = text_article(f"{first}\nWinds of 120 km/h hit the coast on Monday, officials said.\n")
        assert "headline" not in art, first
    # A first line longer than what follows is the start of the body, not a headline.
    art = text_article("Winds of 120 km/h hit the coast on Monday and\nclosed roads.\n")
    assert "headline" not in art


def test_seed_article_has_no_headline(seed_text: str) -> None:
    assert text_article(seed_text).get("headline") is None


def test_directory_is_read_recursively_and_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Body A.")
    (tmp_path / "b" / "c.jsonl").write_text(
        '{"id": "c1", "body": "C one."}\n\n{"id": "c2", "body": "C two."}\n'
    )
    (tmp_path / "b" / "d.json").write_text(json.dumps({"id": "d", "body": "D."}))
    (tmp_path / "notes.md").write_text("ignored")
    items = list(read_articles([tmp_path]))
    assert [i.data["body"] for i in items if i.data] == ["Body A.", "C one.", "C two.", "D."]
    assert items[1].origin.endswith("c.jsonl:1")


def test_bad_lines_are_reported_and_do_not_stop_the_rest(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text('{"id": "ok1", "body": "Fine."}\n{not json\n[1, 2]\n{"id": "ok2", "body": "Also fine."}\n')
    items = list(read_articles([f]))
    assert [i.data["id"] for i in items if i.data] == ["ok1", "ok2"]
    errors = {i.origin.rsplit(":", 1)[1]: i.error for i in items if i.error}
    assert errors["2"] is not None and "invalid JSON" in errors["2"]
    assert errors["3"] == "jsonl: expected a JSON object, got array"


def test_invalid_utf8_and_missing_path(tmp_path: Path) -> None:
    f = tmp_path / "bin.txt"
    f.write_bytes(b"\xff\xfe\x00bad")
    items = list(read_articles([f, tmp_path / "nope.txt"]))
    assert items[0].error is not None and "UTF-8" in items[0].error
    assert items[1].error == "path: no such file or directory"


def test_stdin_jsonl_and_text() -> None:
    items = list(read_articles(["-"], stdin=io.StringIO('{"body": "x y z."}\n{"body": "a b."}\n')))
    assert [i.data["body"] for i in items if i.data] == ["x y z.", "a b."]
    items = list(read_articles(["-"], stdin=io.StringIO("Headline\n\nSome body text.")))
    assert items[0].data == {"headline": "Headline", "body": "Some body text."}


class _Feed:
    """A stream whose lines are handed out one at a time, counting how many were taken (a live pipe)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines, self.taken = lines, 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.taken += 1
            yield line


def test_stdin_json_lines_are_read_one_line_at_a_time() -> None:
    feed = _Feed(['{"id": "a", "body": "x y z."}\n', "not json\n", "\n", '{"id": "b", "body": "a b."}\n'])
    items = read_stream(feed)  # type: ignore[arg-type]
    first = next(items)
    assert first.origin == "<stdin>:1" and first.data == {"id": "a", "body": "x y z."}
    assert feed.taken == 1  # the next line is not waited for
    rest = list(items)
    assert rest[0].origin == "<stdin>:2" and rest[0].error and rest[0].error.startswith("jsonl: invalid JSON")
    assert rest[1].origin == "<stdin>:4" and rest[1].data == {"id": "b", "body": "a b."}


def test_stdin_that_is_not_json_lines_is_one_document() -> None:
    pretty = json.dumps([{"id": "a", "body": "x."}, {"id": "b", "body": "y."}], indent=2)
    items = list(read_stream(io.StringIO(pretty)))
    assert [(i.origin, i.data and i.data["id"]) for i in items] == [("<stdin>[1]", "a"), ("<stdin>[2]", "b")]
    ninjs = '{"uri": "urn:x:1", "type": "text", "body_text": "Rain fell."}\n'
    assert [i.data and i.data["body"] for i in read_stream(io.StringIO(ninjs * 2))] == ["Rain fell."] * 2


def test_live_lines_say_whether_a_line_is_waiting() -> None:
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd) as reader, os.fdopen(write_fd, "w") as writer:
        live = LiveLines(reader)
        assert not live.ready()
        writer.write('{"body": "one."}\n')
        writer.flush()
        deadline = time.monotonic() + 5
        while not live.ready() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert live.ready()
        lines = iter(live)
        assert next(lines) == '{"body": "one."}\n' and not live.ready()
        writer.close()
        assert list(lines) == []  # end of input ends the iteration
