"""The sieve's order: :data:`PASSES`, every attribution pass by name (recorded as ``speaker.rule``;
config/speaker_passes.yaml is keyed by these names), most precise first; a pass answers only where all
before it gave nothing. :data:`WITHIN` is the part asked for marked words whose verb says nothing of who
speaks.
"""

from __future__ import annotations

from tasks.speakers.descriptions import (
    _anonymous_source,
    _description,
    _introduced_as_or_family,
    _introduced_subject,
    _lede_named_later,
    _missed_name,
    _named_after_lede,
    _named_description,
    _not_relayed,
    _own_words_to_someone,
    _owned_kin,
    _role,
    _role_corroborated,
    _same_description,
)
from tasks.speakers.documents import _document, _document_issuer, _document_owner, _own_document
from tasks.speakers.epithets import (
    _adjective_epithet,
    _attribution_clause,
    _epithet_pass,
    _introduced_body,
    _introduced_words,
    _named_next_pass,
    _nominal_adjective,
    _past_occupation_epithet,
    _qualified_holder,
    _unknown_noun,
)
from tasks.speakers.organisations import _institution, _organisation_noun, _untagged_organisation
from tasks.speakers.pronouns import _one_of, _plural_pronoun, _pronoun, _pronoun_corroborated
from tasks.speakers.sieve import Pass
from tasks.speakers.speechless import _speechless_head
from tasks.speakers.subjects import (
    _acronym,
    _alias,
    _apposition,
    _coordinated_speech,
    _named_subject,
    _not_a_noun,
    _title_alone,
)
from tasks.speakers.turns import (
    _answer,
    _continuation,
    _labelled_turn,
    _named_before_pass,
    _qa_turn,
    _quote_paragraph,
    _quoted_predicate,
    _signed,
    _subject_before,
)
from tasks.speakers.verbless import (
    _according_to,
    _as_clause,
    _clausal_verb,
    _colon,
    _colon_not_anothers,
    _lead_in_sentence,
    _object_not_anothers,
    _object_of_person,
    _participle,
    _pointed_back,
    _trailing_clause,
    _within_report,
)

# The sieve, most precise first: each pass answers only where all before it gave nothing. README "Speakers"
# gives each pass's measured precision (bench/eval_quotes.py prints them).
PASSES: tuple[Pass, ...] = (
    Pass("speechless-head", _speechless_head),
    Pass("coordinated-speech", _coordinated_speech),
    Pass("nominal-adjective", _nominal_adjective),
    Pass("title-alone", _title_alone),
    Pass("named-subject", _named_subject),
    Pass("apposition", _apposition),
    Pass("alias", _alias),
    Pass("acronym", _acronym),
    Pass("plural-pronoun", _plural_pronoun),
    Pass("pronoun", _pronoun, _pronoun_corroborated),
    Pass("one-of", _one_of),
    Pass("introduced-words", _introduced_words),
    Pass("qualified-holder", _qualified_holder),
    Pass("adjective-epithet", _adjective_epithet),
    Pass("not-a-noun", _not_a_noun),
    Pass("document-owner", _document_owner),
    Pass("own-document", _own_document),
    Pass("document-issuer", _document_issuer),
    Pass("epithet", _epithet_pass),
    Pass("past-occupation-epithet", _past_occupation_epithet),
    Pass("named-next", _named_next_pass),
    Pass("introduced-body", _introduced_body),
    Pass("attribution-clause", _attribution_clause),
    Pass("unknown-noun", _unknown_noun),
    Pass("role", _role, _role_corroborated),
    Pass("missed-name", _missed_name),
    Pass("untagged-organisation", _untagged_organisation),
    Pass("organisation-noun", _organisation_noun),
    Pass("lede-named-later", _lede_named_later, _not_relayed),
    Pass("same-description", _same_description, _not_relayed),
    Pass("introduced-as", _introduced_as_or_family, _not_relayed),
    Pass("introduced-subject", _introduced_subject, _not_relayed),
    Pass("owned-kin", _owned_kin, _not_relayed),
    Pass("named-after-lede", _named_after_lede, _not_relayed),
    Pass("document", _document),
    Pass("anonymous-source", _anonymous_source),
    Pass("named-description", _named_description),
    Pass("institution", _institution, _own_words_to_someone),
    Pass("description", _description, _own_words_to_someone),
    Pass("within-report", _within_report),
    # An interview's or a transcript's turn whose label names who speaks ("A:", "TOMAS BERG:"): the same
    # answer as the unlabelled qa-turn below (the interviewee's), read off the layout, before any pass that
    # would carry on the voice of the quote before (another speaker's, in a transcript).
    Pass("labelled-turn", _labelled_turn),
    Pass("signed", _signed),
    Pass("pointed-back", _pointed_back),
    Pass("according-to", _according_to),
    Pass("as-clause", _as_clause),
    Pass("clausal-verb", _clausal_verb),
    Pass("object-of-person", _object_of_person, _object_not_anothers),
    Pass("trailing-clause", _trailing_clause),
    Pass("participle", _participle),
    Pass("colon", _colon, _colon_not_anothers),
    Pass("lead-in-sentence", _lead_in_sentence),
    # spk24a: a quote paragraph right after an interview's question answers it, whoever spoke before the
    # question (the question may report someone else: "Amsel once said ... Do you agree?")
    Pass("qa-turn", _qa_turn),
    Pass("continuation", _continuation),
    Pass("quoted-predicate", _quoted_predicate),
    Pass("quote-paragraph", _quote_paragraph),
    Pass("named-before", _named_before_pass),
    Pass("subject-before", _subject_before),
    Pass("answer", _answer),
)
# For marked words whose verb says nothing of who speaks: only the report around them.
WITHIN: tuple[Pass, ...] = tuple(p for p in PASSES if p.name == "within-report")
