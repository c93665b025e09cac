"""Quote-mark pairing: straight and curly marks, strays, quotations running over paragraphs."""

from __future__ import annotations

from tasks.quotemarks import quote_roles, quoted_spans, scan_quotes


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quoted_spans(text)]


def test_straight_marks_alternate() -> None:
    text = '"A," he said, "B."'
    assert _quoted(text) == ["A,", "B."]
    assert quote_roles(text) == {0: "open", 3: "close", 14: "open", 17: "close"}


def test_curly_marks_pair_by_shape() -> None:
    assert _quoted("He said “we won” and “they lost”.") == ["we won", "they lost"]


def test_a_stray_mark_does_not_swallow_the_article() -> None:
    text = 'A 12" pipe burst.\nThe mayor said "it is fixed."'
    assert _quoted(text) == ["it is fixed."]  # the stray mark is left unpaired at the paragraph end
    assert _quoted('He said "it is fixed."\nA 12" pipe burst.') == ["it is fixed."]


def test_quote_continues_into_next_paragraph_that_opens_with_a_mark() -> None:
    text = '"First part.\n"Second part," she said.'
    assert _quoted(text) == ['First part.\n"Second part,']


def test_unclosed_paragraph_without_continuation_is_dropped() -> None:
    assert _quoted('"First part.\nNo mark here.') == []


def test_quote_over_paragraphs_separated_by_blank_lines_is_one() -> None:
    text = 'She said: "The first paragraph goes on.\n\n"The second one too.\n\n"And it ends here," she said.'
    (span,) = quoted_spans(text)
    assert text[span[0] : span[1]].startswith("The first") and text[span[0] : span[1]].endswith("ends here,")


def test_two_apostrophes_close_a_double_quote_as_in_ap_copy() -> None:
    text = "The board said factors \"would not have been enough'' for his release. “We're ready’’ Li said."
    _, spans = scan_quotes(text)
    assert [text[s:e] for s, e in spans] == ["would not have been enough", "We're ready"]
    # Without an open double mark they are apostrophes (inches, a nickname), not quotation marks.
    assert scan_quotes("It was a 12'' pipe and ''Doc'' fixed it.")[1] == []


def test_british_single_marks_quote_across_paragraphs_when_no_double_marks() -> None:
    text = "‘We don’t have the money,’ she said.\n\n‘The players’ union agrees. We will not pay.\n\n‘No.’\n"
    assert _quoted(text) == [
        "We don’t have the money,",
        "The players’ union agrees. We will not pay.\n\n‘No.",
    ]
    # With double marks in the article, single marks are apostrophes and inner quotes.
    assert _quoted("“It’s the ‘best’ plan,” he said.") == ["It’s the ‘best’ plan,"]


def test_a_doubled_left_single_mark_opens_a_quotation() -> None:
    text = "He spoke on TV. ‘’It’s not a question of who wins,” he said. ``Nobody does,” she said."
    assert _quoted(text) == ["It’s not a question of who wins,", "Nobody does,"]
    # Inside a word or after one it opens nothing: "rock ‘’n roll" has no quotation.
    assert _quoted("They played rock‘’n roll all night.") == []


def test_two_apostrophes_before_words_open_a_quotation_as_in_nyt_archive_copy() -> None:
    text = "''It works as a way to sell books,'' the director said. He called for a ''new start'' soon."
    assert _quoted(text) == ["It works as a way to sell books,", "new start"]
    # One word between two pairs is a nickname, not a quotation.
    assert _quoted("Her brother ''Doc'' fixed it.") == []
    # A quotation running on into the next paragraph opens with its pair all the same.
    (quoted,) = _quoted("''It runs on into the next part.\n\n''And ends here,'' she said.")
    assert quoted.startswith("It runs on") and quoted.endswith("ends here,")


def test_plain_single_marks_quote_in_an_article_without_double_marks() -> None:
    text = "'It was scrappy,' said Price. 'That's been our problem, the players' fault.'"
    assert _quoted(text) == ["It was scrappy,", "That's been our problem, the players' fault."]


def test_apostrophes_alone_quote_nothing() -> None:
    assert _quoted("The players' union said it's the '90s and rock 'n' roll is back.") == []


def test_plain_single_marks_are_apostrophes_beside_double_marks() -> None:
    assert _quoted("'Tis the season,' he said, \"really.\"") == ["really."]
