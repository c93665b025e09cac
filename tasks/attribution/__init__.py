"""Whose words a label is: attribution structures the quote extractor does not report as quotes.

The quote layer (:mod:`tasks.quotes`) finds what people said. Two more structures hand words to a speaker
without quote marks or a "said (that)" clause, and the bias tagger needs them to give a loaded word its
voice:

* **Labelling and accusing verbs**: in "The ministry called the inquiry a sham", "X branded / labelled /
  dubbed Y Z", "X denounced / described Y as Z" and "X accused Y of Z", the label Z (or the charge) is X's
  word. Only that part is: the object Y, and anything else the writer put around it, stays the writer's.
* **A statement noun with its owner** ("Bellamy's claim that Souness had lied", "a claim by Hain that
  ..."): the clause is the owner's reported speech.
* **Single quote marks in a headline** ("Mayor slams 'sham' inquiry"): headline style for a quotation.
* **A paragraph inside a quotation** whose other mark is in another paragraph (a quote running over
  several paragraphs opens each with a mark and closes only the last).
* **Embedded social-media posts**: a paragraph that ends with an embed's credit line ("— Jo Li (@joli)
  May 3, 2026", "A post shared by Jo Li (@joli)") is the quoted material of the account's owner.
* **Questions and requests** (:func:`asked`): "Reporters asked whether the plan was a sham", "urged voters
  to reject the reckless plan": the asker's words.
* **Hearsay** (:func:`hearsay`): "It was claimed that ...", "X is said to be ...", "X is reportedly ...":
  reported, with the "by" agent or no one as the speaker.
* **Asides** (:func:`asides`): "As one critic put it, ...", "It would, he argued, ...": the clause around
  the attribution is the subject's; and a headline's closing credit ("Budget a sham - union").

Both come back as :class:`tasks.models.Quote` spans (``indirect`` for a label, ``direct`` for a post), for
the bias tagger's voice map only; they do not enter the record's quotes.

The package's modules, in import order (a module imports only from those above it):

- :mod:`tasks.attribution.clauses`: what the others read off a reported clause (words, subjects, marks).
- :mod:`tasks.attribution.holders`: who a noun phrase names as the holder of words.
- :mod:`tasks.attribution.interviewees`: whether an article is an interview, and whom it interviews.
- :mod:`tasks.attribution.frame_speakers`: the speaker of a reporting frame, and questions' askers.
- :mod:`tasks.attribution.writers`: the writer's own words around a report.
- :mod:`tasks.attribution.labels`: labelling, accusing and likening verbs.
- :mod:`tasks.attribution.statements`: statements and beliefs of someone the sentence names.
- :mod:`tasks.attribution.sources`: hearsay, sourced claims ("according to X"), findings, evidence heard.
- :mod:`tasks.attribution.parentheticals`: attributions set into the words they attribute.
- :mod:`tasks.attribution.dialogue`: a speaker and a colon; question-and-answer interviews.
- :mod:`tasks.attribution.view_holders`: a sentence that opens with whose view it is.
- :mod:`tasks.attribution.continued`: speech that runs on without a frame of its own.
- :mod:`tasks.attribution.public_voices`: posts, readers' comments, a crowd's cries and signs.
- :mod:`tasks.attribution.headlines`: a headline's attributions.
"""

from __future__ import annotations

from tasks.attribution.continued import block_quotes, free_indirect, paragraph_quotes, semicolon_continued
from tasks.attribution.dialogue import colon_speakers, interview_answers, interview_paragraphs
from tasks.attribution.frame_speakers import asked, interviewer_turns, questions_make_interview
from tasks.attribution.headlines import headline_credits, headline_labellers, headline_labels, headline_quotes
from tasks.attribution.interviewees import (
    HEADLINE_PEOPLE,
    QUESTION_LINE,
    break_tie,
    discussed_in_questions,
    introduced_interviewee,
    is_interviewer,
    met_by_paper,
    reads_as_interview,
    without_discussed,
)
from tasks.attribution.labels import labelled, predicate_read_as_modifier
from tasks.attribution.parentheticals import asides, colon_statements
from tasks.attribution.public_voices import (
    crowd_voices,
    held_signs,
    post_credits,
    signed_comments,
    social_posts,
    unsigned_comments,
)
from tasks.attribution.sources import claimed, findings, heard_evidence, hearsay, participle_reports
from tasks.attribution.statements import (
    believed,
    denied,
    named_labels,
    owned_statements,
    recounted,
    relative_holders,
    relative_reports,
)
from tasks.attribution.view_holders import viewpoints
from tasks.attribution.writers import nested_speakers, without_frames, without_writers_tails, writers_reports

__all__ = [
    "HEADLINE_PEOPLE",
    "QUESTION_LINE",
    "asides",
    "asked",
    "believed",
    "block_quotes",
    "break_tie",
    "claimed",
    "colon_speakers",
    "colon_statements",
    "crowd_voices",
    "denied",
    "discussed_in_questions",
    "findings",
    "free_indirect",
    "headline_credits",
    "headline_labellers",
    "headline_labels",
    "headline_quotes",
    "heard_evidence",
    "hearsay",
    "held_signs",
    "interview_answers",
    "interview_paragraphs",
    "interviewer_turns",
    "introduced_interviewee",
    "is_interviewer",
    "labelled",
    "met_by_paper",
    "named_labels",
    "nested_speakers",
    "owned_statements",
    "paragraph_quotes",
    "participle_reports",
    "post_credits",
    "predicate_read_as_modifier",
    "questions_make_interview",
    "reads_as_interview",
    "recounted",
    "relative_holders",
    "relative_reports",
    "semicolon_continued",
    "signed_comments",
    "social_posts",
    "unsigned_comments",
    "viewpoints",
    "without_discussed",
    "without_frames",
    "without_writers_tails",
    "writers_reports",
]
