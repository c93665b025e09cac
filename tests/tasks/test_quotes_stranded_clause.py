"""Issue 13 (spk8): a "that" clause the parser strands on a noun of the addressee, time or place phrases
after a speech verb is still what was said; "One wrote", "Another added", "one of them" after a group just
named speak as an anonymous member of it."""

from __future__ import annotations

from spacy.language import Language

from tasks.models import Quote
from tests.tasks.speaker_cases import find_quotes


def _speaker(found: list[Quote], fragment: str) -> tuple[str | None, bool | None, str | None]:
    hits = [q for q in found if q.text.startswith(fragment)]
    assert len(hits) == 1, [(q.kind, q.text) for q in found]
    s = hits[0].speaker
    return (s.text, s.anonymous, s.rule) if s is not None else (None, None, None)


def test_that_clause_after_an_addressee_and_a_time_phrase(nlp: Language) -> None:
    found = find_quotes(
        nlp, "Lena Marsh told investors during a call on Friday that the mill had stopped two lines.\n"
    )
    assert _speaker(found, "the mill had stopped two lines")[0] == "Lena Marsh"
    found = find_quotes(
        nlp, "Lena Marsh told staff in an email seen by the newspaper that the mill would cut 200 jobs.\n"
    )
    assert _speaker(found, "the mill would cut")[0] == "Lena Marsh"
    # Not a report: a topic's clause, an order, a relative clause on the place phrase.
    for text in (
        "Lena Marsh told reporters about the rumour that the mill would close.\n",
        "Lena Marsh told workers at the gate to go home.\n",
        "Lena Marsh told reporters at the depot that the council had sold.\n",
    ):
        assert find_quotes(nlp, text) == [], text


def test_one_and_another_after_a_group_are_anonymous_members(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Listeners filled the phone lines after the broadcast. One wrote: "Best hour of radio all year." '
        'Another added: "I switched it off."\n',
    )
    assert _speaker(found, "Best hour") == ("One", True, "one-of")
    assert _speaker(found, "I switched") == ("Another", True, "one-of")
    found = find_quotes(nlp, 'Tenants were angry. One of them said: "The heating never works."\n')
    assert _speaker(found, "The heating") == ("One of them", True, "one-of")
    # No group before: no guess.
    found = find_quotes(nlp, 'Jo Pike ran the race in record time. "I felt strong," one said.\n')
    assert _speaker(found, "I felt strong") == (None, None, None)
