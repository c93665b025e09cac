"""Quotes in the headline (tasks/headline_quotes.py): found with the body's quote layer on the headline's
parse, first in the record with ``field: "headline"``, their speaker from the body quote they repeat, the
headline's own attribution, or the words around a colon."""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.changes import compare
from tasks.models import Article, Quote, ResultRecord
from workers.report import render


def _run(nlp: Language, headline: str, body: str) -> ResultRecord:
    return analyse_article(nlp, Article(id="h", headline=headline, body=body), Settings())


def _headline_quotes(record: ResultRecord) -> list[Quote]:
    return [q for q in record.quotes if q.field == "headline"]


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_it_repeats(nlp: Language) -> None:
    headline = "'We will rebuild': town vows to recover after floods"
    record = _run(
        nlp,
        headline,
        'The town was flooded on Monday.\n\n"We will rebuild, whatever it takes," said Mayor Ana Ruiz.\n\n'
        "Residents said the water rose fast.",
    )
    (q,) = _headline_quotes(record)
    assert q.text == "We will rebuild" and headline[q.start : q.end] == q.text
    assert q.speaker is not None and q.speaker.canonical == "Ana Ruiz" and q.speaker.rule == "headline-echo"
    assert q.speaker.start is None  # a body offset would point into the other field
    assert record.quotes[0] is q  # the headline's quotes come first
    # speaker statistics count the body's quotes: the headline's repeats one of them
    assert sum(s.quotes for s in record.speakers) == len(record.quotes) - 1


def test_a_colon_lead_in_speaks_when_the_body_does_not_repeat_the_quote(nlp: Language) -> None:
    record = _run(
        nlp,
        "Minister: 'We will not back down'",
        "The health minister said on Friday the government would keep its plan for hospitals.",
    )
    (q,) = _headline_quotes(record)
    assert q.text == "We will not back down"
    assert q.speaker is not None and q.speaker.rule == "headline-colon" and q.speaker.text == "Minister"


def test_a_headline_name_takes_the_body_canonical_name(nlp: Language) -> None:
    record = _run(
        nlp,
        "Trump says inquiry is 'a sham'",
        "Former president Donald Trump attacked the inquiry on Tuesday at a rally in Ohio.",
    )
    (q,) = _headline_quotes(record)
    assert q.speaker is not None and q.speaker.canonical == "Donald Trump"


def test_body_quotes_that_disagree_give_the_headline_quote_no_echo(nlp: Language) -> None:
    record = _run(
        nlp,
        "'No deal is better than a bad deal'",
        '"No deal is better than a bad deal," said Tom Hale.\n\n'
        'Later Ann Wu said: "No deal is better than a bad deal."',
    )
    (q,) = _headline_quotes(record)
    assert q.speaker is None


def test_a_scare_quoted_word_in_a_headline_is_no_quote(nlp: Language) -> None:
    record = _run(nlp, "Bridge to reopen after 'unprecedented' repairs", "The bridge reopens next week.")
    assert _headline_quotes(record) == []


def test_the_report_shows_headline_quotes_first_and_changes_compare_body_quotes(nlp: Language) -> None:
    body = '"We will rebuild, whatever it takes," said Mayor Ana Ruiz.'
    old = _run(nlp, "Floods hit town", body)
    new = _run(nlp, "'We will rebuild': town vows to recover", body)
    text = render(new)
    assert text.index("[headline] Ana Ruiz") < text.index("Ana Ruiz (said)")
    changes = compare(old, new)
    assert changes.headline.changed and not changes.quotes.added and not changes.quotes.removed


def test_a_topic_before_the_colon_is_no_speaker(nlp: Language) -> None:
    # lead27: a desk's kicker names the story, not who speaks; the lead-in speaks only when it names someone
    record = _run(
        nlp,
        "Border chaos: migrants arrive in Texas town as locals say they've been abandoned",
        "Hundreds of migrants arrived in Eagle Pass on Monday, officials said.",
    )
    spoken = [q.speaker.text for q in _headline_quotes(record) if q.speaker is not None]
    assert "Border chaos" not in spoken
    minister = _run(nlp, "Health minister: 'We will not back down'", "The minister spoke on Friday.")
    (q,) = _headline_quotes(minister)
    assert q.speaker is not None and q.speaker.text == "Health minister"
