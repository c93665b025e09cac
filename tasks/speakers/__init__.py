"""Who speaks each quote: the subject of its speech verb, a name set beside a description, the issuer of a
document, the organisation named before "the agency", a pronoun's nearest compatible person, the speaker a
quote paragraph continues, and the medium ("told AFP").

A wrong speaker is worse than none: every rule here prefers to leave the speaker empty over guessing.

The passes live in modules by family, listed here in import order (a module imports only from those above it;
:func:`attribute` reads :data:`PASSES` at the call, since passes ask the sieve again):

- :mod:`tasks.speakers.sieve`: the sieve itself (Ask, Pass, Veto, attribute) and what several families share.
- :mod:`tasks.speakers.people`: who the article names as a person.
- :mod:`tasks.speakers.antecedents`: whom a description stands for, read off the sentences just before it.
- :mod:`tasks.speakers.references`: what a pronoun or a description refers to.
- :mod:`tasks.speakers.documents`: a document as speaker: its issuer, its owner, or no one.
- :mod:`tasks.speakers.subjects`: a speech verb's subject that is, or sits beside, a name.
- :mod:`tasks.speakers.descriptions`: a subject that describes its speaker instead of naming them.
- :mod:`tasks.speakers.organisations`: a subject that is a word for an organisation.
- :mod:`tasks.speakers.epithets`: a subject that is an epithet for someone introduced or quoted nearby.
- :mod:`tasks.speakers.pronouns`: "he", "she", "they" and "one of them" as a speech verb's subject.
- :mod:`tasks.speakers.verbless`: a speaker in a clause without a speech verb of its own.
- :mod:`tasks.speakers.turns`: the speaker read off the layout and the quotes around.
- :mod:`tasks.speakers.registry`: the sieve's order: PASSES.
"""

from __future__ import annotations

from tasks.speakers.documents import document_in
from tasks.speakers.people import is_person, person_subjects
from tasks.speakers.pronouns import learn_genders, pronoun_chains, says_of_self
from tasks.speakers.registry import PASSES, WITHIN
from tasks.speakers.sieve import VETO, Ask, Last, Pass, Veto, attribute, resolve_speaker
from tasks.speakers.subjects import medium_of
from tasks.speakers.turns import interviewee

__all__ = [
    "PASSES",
    "VETO",
    "WITHIN",
    "Ask",
    "Last",
    "Pass",
    "Veto",
    "attribute",
    "document_in",
    "interviewee",
    "is_person",
    "learn_genders",
    "medium_of",
    "person_subjects",
    "pronoun_chains",
    "resolve_speaker",
    "says_of_self",
]
