"""Tag assembly: :func:`tag_bias` matches the lexicon, gives each hit its voice, runs the rules, gates
what the writer did not say, and sums the sentence and article scores."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Token

from config.settings import LEXICON_DIR
from tasks.article_view import ArticleView, article_view
from tasks.attribution import (
    HEADLINE_PEOPLE,
    asides,
    asked,
    believed,
    block_quotes,
    claimed,
    colon_speakers,
    colon_statements,
    crowd_voices,
    denied,
    findings,
    free_indirect,
    headline_credits,
    headline_labellers,
    headline_labels,
    headline_quotes,
    heard_evidence,
    hearsay,
    held_signs,
    interview_answers,
    interview_paragraphs,
    interviewer_turns,
    labelled,
    named_labels,
    nested_speakers,
    owned_statements,
    paragraph_quotes,
    participle_reports,
    recounted,
    relative_holders,
    relative_reports,
    semicolon_continued,
    signed_comments,
    social_posts,
    unsigned_comments,
    viewpoints,
    without_frames,
    without_writers_tails,
    writers_reports,
)
from tasks.bias.matches import LexiconMatch, _find
from tasks.bias.rules import _epithets, _intensified, _one_sided, _stance_tags, _verdict_slots
from tasks.bias.scare_quotes import (
    INDIRECT_MARKS_HELD,
    _desk_mark_attributed,
    _echoed_speaker,
    _scare_quote_echoed,
    _scare_quotes,
    so_called_name,
)
from tasks.bias.sense_context import Vetoed, article_topics, report_genre, token_keys
from tasks.bias.voices import _AUTHOR, INDIRECT_FACTOR, _Attribution, _VoiceMap, _weight, _who
from tasks.bias.writer_labels import (
    _epithet_nouns,
    _holder_introduced,
    _label_on_a_person,
    _named_in_sentence,
    _own_claim_reported,
    _referring_epithet,
    _speakers_own_thing,
    _writers_aside,
    _writers_referent,
    label_refused,
    negation,
    negator_index,
    titles_of_named_people,
)
from tasks.cues import load_reporting_verbs
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult, BiasTag, Quote, SentenceScore, TextField
from tasks.stance import StanceLexicon

# A sentence is biased when its author-voiced tags weigh AUTHOR_THRESHOLD or more, or all its tags together
# weigh BIASED_THRESHOLD or more. One author-voiced word of severity 1 is enough; quoted words need company
# (a single quoted word weighs at most 1.5). Calibrated on an internal development split (bench/eval_bias.py).
AUTHOR_THRESHOLD = 1.0
BIASED_THRESHOLD = 2.0
WITHHELD_RULE = "withheld: the rule misfires on straight news (its lexicon entry is marked withheld)"
NAME_DISTANCE_HELD = (
    "withheld: before the given name of a law, bill or programme it marks the name as its sponsors', which "
    "news copy does routinely, more than it doubts"
)


def tag_bias(
    doc: Doc,
    quotes: list[Quote],
    *,
    lexicon: BiasLexicon,
    threshold: float = BIASED_THRESHOLD,
    author_threshold: float = AUTHOR_THRESHOLD,
    headline: Doc | None = None,
    persons: frozenset[str] = frozenset(),
    vetoed: list[Vetoed] | None = None,
    view: ArticleView | None = None,
    stance: StanceLexicon | None = None,
    people: frozenset[str] = frozenset(),
) -> BiasResult:
    """Tag biased language in an article and score it, per sentence and overall.

    Args:
        doc: A parsed article (the parse from ``tasks.analysis.parse``).
        quotes: Quotes from the extractor, with character spans and speakers. Words inside one are in the
            quoted voice of its speaker.
        lexicon: From :func:`tasks.lexicon.load_bias_lexicon`.
        threshold: Sentence score (all voices) from which a sentence counts as ``biased``.
        author_threshold: Summed weight of author-voiced tags from which a sentence counts as ``biased``.
        persons: Lower-case nouns naming a person by role ("mayor", "banker"): an evaluative modifier of
            one inside reported speech is the writer's description (see Notes).
        vetoed: A list that receives every lexicon hit a sense pass withheld (for the evaluation).
        people: Lower-case nouns naming people as a group or a source ("critics", "unions"), besides
            ``persons``: "For the unions, ..." opens a view they hold (:func:`tasks.attribution.viewpoints`).
        headline: The parsed headline, when the article has one: its tags come first, with
            ``field: "headline"`` and offsets into the headline; they count in the article's scores and
            counts, not in the body's ``sentences``.
        view: The body's shared view (:func:`tasks.article_view.article_view`: sentences, quote-mark spans);
            by default the one cached on ``doc``.
        stance: The stance forms' cue words (:mod:`tasks.stance`); None: no stance tags. Stance tags lie in
            the body only (a headline's question or exclamation is the desk's register) and are meant to be
            corroborated by the sentence model (:func:`tasks.subjectivity.apply_subjectivity`).

    Returns:
        Tags in document order, per-sentence scores, article scores and counts by category.

    Raises:
        ValueError: The doc has no sentence boundaries (it was not parsed).

    Notes:
        Voice: a word is ``quoted`` when it lies in an extractor quote (speaker: the quote's canonical
        speaker) or in a quote-mark span (:func:`tasks.quotemarks.quoted_spans`; speaker: that of an
        extractor quote overlapping it, else None). Anything else is the author's, including a clause
        sourced with a cue such as "according to" (an indirect quote whose ``verb`` is in the lexicon's
        ``sourcing_cues``): that attributes a fact or a figure, not the wording. One or two words in
        unattributed quote marks, in a sentence without a speech verb, are also tagged as scare quotes in
        the author's voice; the words inside stay ``quoted`` with no speaker.

        The attribution structure adds spans the extractor does not report (:mod:`tasks.attribution`): the
        label of "X called Y Z" / "X branded Y as Z" and the charge of "X accused Y of Z" are X's reported
        words, an embedded social-media post is its author's direct quote, single quote marks in a headline
        are a quotation. Inside reported speech, an evaluative modifier of a person ("the disgraced banker")
        is the writer's description and stays ``author``. A lexicon hit becomes a tag only when its sense
        is the loaded one (:class:`_Senses`: not inside a name, not the name of a charge, not a verb of
        saying with a noun object, not a people-label said of no one, not in a literal domain of the entry,
        not mild evaluation in a match report). Hits of an entry marked ``withheld`` (a rule measured to
        misfire on straight news) go to the result's ``withheld``, with the reason.

        Indirect (reported) speech ("X said (that) ...", an extractor quote of kind ``indirect``) is
        ``quoted`` with X as speaker, but weighs more than a direct quotation: the claim is X's, the words
        are the author's paraphrase. Words between quote marks inside reported speech count as direct. A
        reported clause whose speaker the quote layer could not name ("... to suggest that", "arguing
        that" with no subject found) is the writer's: a paraphrase credited to no one is the writer's wording.

        Weight of a tag: its severity (1-3), times 0.5 in a direct or partial quotation (reporting a loaded
        word is not using it), 0.75 in reported speech, 1.0 in the author's voice; times 0.5 when negated
        (a ``neg`` dependent, or a lexicon negator up to two words before: "not brutal", "never a
        massacre"). A sentence's score is the sum of its tags' weights; it is ``biased`` when its
        author-voiced weights reach ``author_threshold`` (1.0: one author-voiced word of any severity, or a
        negated severity-2 word) or its score reaches ``threshold`` (2.0: quoted words need company, a
        single one never suffices). Most loaded words of news copy stand alone in their sentence, so the
        author's voice decides; quoting is reporting. ``author_score`` and
        ``quoted_score`` are summed weights per 1,000 words (non-punctuation tokens) of the article;
        ``score`` is their sum. So 2.0 means about one clear (severity-2) author-voiced word every 1,000
        words. (:func:`tasks.subjectivity.apply_subjectivity` rescores with the same units after its gate.)

        Heuristics follow the epistemological and framing bias categories of Recasens et al. (2013),
        "Linguistic Models for Analyzing and Detecting Biased Language"; the lexicon is our own.
    """
    held: list[BiasTag] = []
    view = view or article_view(doc)
    # An interview whose introduction names no one is about the person its headline names (voice10)
    doc.user_data[HEADLINE_PEOPLE] = (
        tuple(e.text for e in headline.ents if e.label_ == "PERSON") if headline is not None else ()
    )
    # voice29b: what the article calls the people it names ("property *heir* Tom Hart") is a person noun in
    # it, so "the reckless heir" later on is the writer's description of that person
    persons = persons | titles_of_named_people(doc, *((headline,) if headline is not None else ()))
    people = people | persons
    body = _tags_of(
        doc, quotes, lexicon, "body", persons, held, vetoed, view=view, stance=stance, people=people
    )
    top: list[BiasTag] = []
    if headline is not None:
        mark = len(vetoed) if vetoed is not None else 0
        headline.user_data["wl_genre"] = report_genre(doc, lexicon)  # a headline is too short to tell
        headline.user_data["wl_topics"] = article_topics(doc, lexicon)
        headline.user_data["wl_headline"] = True
        top = _tags_of(
            headline,
            [],
            lexicon,
            "headline",
            persons,
            held,
            vetoed,
            view=article_view(headline),
            people=people,
        )
        if vetoed is not None:
            vetoed[mark:] = [v._replace(field="headline") for v in vetoed[mark:]]
        desk = list(headline_quotes(headline.text))
        top = [
            _echoed_speaker(t, body)
            for t in top
            if not _scare_quote_echoed(t, quotes) and not _desk_mark_attributed(t, doc, desk)
        ]
    tags = [*top, *body]
    # The tags are final here: a filter over them (such as a sentence-subjectivity gate on author-voice
    # tags) goes between this line and the scores, so sentences, counts and scores all see the same tags.
    sentences = list(view.sentences)
    return BiasResult(
        tags=tags,
        withheld=held,
        sentences=_sentence_scores(
            doc, sentences, body, threshold=threshold, author_threshold=author_threshold
        ),
        counts=dict(sorted(Counter(t.category for t in tags).items())),
        **_article_scores(doc, tags, headline),
    )


def _tags_of(
    doc: Doc,
    quotes: Sequence[Quote],
    lexicon: BiasLexicon,
    field: TextField,
    persons: frozenset[str],
    held: list[BiasTag],
    vetoed: list[Vetoed] | None = None,
    *,
    view: ArticleView,
    stance: StanceLexicon | None = None,
    people: frozenset[str] = frozenset(),
) -> list[BiasTag]:
    """Every pass over one text (the body or the headline), tags in order of their offsets into it.

    Hits of a lexicon entry marked ``withheld`` go to ``held`` instead, with the reason, and feed no other
    rule (no intensifier or one-sided tag rides on them)."""
    doc_text = doc.text
    # A verb of saying whose clause the quote layer left out (a document's "alleges that", "chanted that")
    # reports it as a belief verb's does; in a headline, which the quote layer does not read, every one.
    believing = lexicon.belief_verbs | lexicon.speech_verbs
    adverbs = lexicon.hearsay_adverbs
    cues = load_reporting_verbs(LEXICON_DIR)
    # Labels, and the views and statements of the older passes, as they were: inside them every word is
    # the holder's (a person noun's modifier included: the suffix test of _describes_a_person would take
    # "a petty *manner*" for a person).
    given = list(
        labelled(
            doc,
            quotes,
            labelling=lexicon.labelling_verbs | lexicon.as_labelling_verbs,
            likening=lexicon.likening_verbs,
            accusing=lexicon.accusing_verbs,
            naming=lexicon.naming_verbs,
            judging=lexicon.judging_verbs,
            topic=lexicon.topic_verbs,
            media=lexicon.medium_nouns,
        )
    )
    # bias25a: a label spoken ("called", "branded"), not a view ("saw it as"), outranks the speaker the quote
    # layer gave marked words inside it
    judging = {t.text for t in doc if t.lemma_.lower() in lexicon.judging_verbs}
    spoken_labels = [q for q in given if (q.verb or "") not in judging and _named_in_sentence(doc, q)]
    labels = [
        *given,
        *hearsay(
            doc,
            quotes,
            verbs=lexicon.passive_report_verbs,
            adverbs=adverbs,
            contested=lexicon.contested_report_verbs,
            modifiers=True,
        ),
        *owned_statements(doc, quotes, nouns=lexicon.statement_nouns, owners=lexicon.owner_verbs),
        *named_labels(doc, quotes, nouns=lexicon.labelling_nouns),
        *viewpoints(
            doc, quotes, nouns=lexicon.viewpoint_nouns, people=people, perceived=lexicon.perceived_view_nouns
        ),
        *semicolon_continued(doc, quotes, verbs=lexicon.speech_verbs),
        *believed(
            doc,
            quotes,
            verbs=believing,
            adjectives=lexicon.belief_adjectives,
            complements=lexicon.belief_verbs,
            fronted=field == "headline",
            people=people,
            hearers=cues.addressee_verbs,
        ),
    ]
    # A question, hearsay or a clause around an aside is reported speech like "X said (that) ...": the
    # writer's description of a person inside it stays the writer's.
    clauses = [
        *asked(
            doc,
            quotes,
            verbs=lexicon.question_verbs,
            requests=lexicon.request_verbs,
            promises=lexicon.promise_verbs,
            saying=lexicon.speech_verbs | lexicon.labelling_verbs | lexicon.as_labelling_verbs,
        ),
        *heard_evidence(doc, bodies=lexicon.hearing_bodies),
        *findings(doc, quotes, verbs=lexicon.finding_verbs, bodies=lexicon.finding_bodies),
        *hearsay(
            doc,
            quotes,
            verbs=lexicon.passive_report_verbs,
            adverbs=adverbs,
            contested=lexicon.contested_report_verbs,
        ),
        *asides(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
        *relative_reports(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
        *participle_reports(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
        *claimed(
            doc,
            quotes,
            cues=lexicon.sourcing_cues,
            people=people,
            documents=lexicon.claim_documents,
            media=lexicon.medium_nouns,
        ),
        *free_indirect(doc, quotes),
        *colon_statements(doc, quotes, nouns=lexicon.statement_nouns),
        *recounted(doc, quotes, verbs=lexicon.recounting_verbs),
        *denied(doc, quotes),
        *relative_holders(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
    ]
    headline = field == "headline"
    labellers = lexicon.labelling_verbs | lexicon.accusing_verbs
    # bias24c: the words on a sign are its holders', as a post is its poster's
    posts = [*social_posts(doc_text), *held_signs(doc, quotes, nouns=lexicon.sign_nouns)]
    posted = [
        *posts,
        *crowd_voices(doc, verbs=lexicon.speech_verbs),
        *(headline_quotes(doc_text) if headline else ()),
        *(headline_labellers(doc, verbs=labellers, feelings=lexicon.feeling_nouns) if headline else ()),
        *(
            headline_labels(
                doc, verbs=lexicon.labelling_verbs | lexicon.speech_verbs, hearers=cues.addressee_verbs
            )
            if headline
            else ()
        ),
    ]
    quotes = [
        *without_frames(doc, list(nested_speakers(doc, quotes, verbs=lexicon.speech_verbs))),
        *paragraph_quotes(doc_text),
        *block_quotes(doc, quotes, verbs=lexicon.speech_verbs),
        *colon_speakers(doc, nouns=lexicon.statement_nouns, people=people),
        *(
            headline_credits(doc, nouns=lexicon.statement_nouns, people=people, verbs=lexicon.speech_verbs)
            if headline
            else ()
        ),
        *interview_answers(doc, quotes),
        *interview_paragraphs(doc),
        *signed_comments(doc_text),
        *unsigned_comments(doc_text),
    ]
    # issue 12 (voice21): a consequence the writer tacks on after a reported clause is the writer's,
    # whichever reader found the clause
    # voice28: and so is what the writer says the speaker passed over ("..., conveniently ignoring the cost")
    # voice30: and what the writer says the speaker did beside it ("..., belatedly apologising to residents")
    consequences = cues.consequence_participles | cues.omission_participles | cues.conduct_participles

    def without_tails(spans: Sequence[Quote]) -> list[Quote]:
        return list(without_writers_tails(doc, spans, participles=consequences, media=lexicon.medium_nouns))

    labelling_or_saying = lexicon.labelling_verbs | lexicon.as_labelling_verbs | lexicon.speech_verbs
    voices = _VoiceMap(
        view.quote_spans,
        without_tails(quotes),
        sourcing=lexicon.sourcing_cues,
        labels=[*without_tails(labels), *posted],
        given=without_tails(spoken_labels),
        spoken=lexicon.unnamed_speech_cues,
        clauses=without_tails(clauses),
        posts=posts,
        own=list(writers_reports(doc, verbs=labelling_or_saying)),
        asked=interviewer_turns(doc),
    )
    bounds = view.token_sentences()
    sentences = list(view.sentences)
    tags: list[BiasTag] = []
    own_held: list[BiasTag] = []
    found: list[tuple[LexiconMatch, _Attribution]] = []
    keys = token_keys(doc)
    # Every withheld hit is kept here, the caller's list or not: a compound the story owns ("stars as a
    # gun-toting grandmother") is no epithet either.
    held_back: list[Vetoed] = vetoed if vetoed is not None else []
    mark = len(held_back)
    # r2b25: a headline's single marks quote someone directly, as double marks do in the body
    marked = list(headline_quotes(doc_text)) if headline else []
    matches = list(_find(doc, doc_text, bounds, lexicon, keys, held_back, _direct_quote(doc, voices, marked)))
    borne = _doubt_borne_elsewhere(doc, matches, lexicon.truth_verdicts, lexicon.truth_grounds)
    held_back.extend(Vetoed("doubled", m.entry.id, m.start, m.end, field) for m in borne)
    # r2b24: "Neighbours told how the brazen *crook* had knocked": an epithet the writer refers to a person by
    epithets = _epithet_nouns(lexicon)
    # adj30: each hit's negator, found once; the one-word negators ("hardly") that negate another hit
    negations = {m.start: negation(doc, m.start, bounds[m.start][0], lexicon) for m in matches}
    negating = {k for start, n in negations.items() if (k := negator_index(n, start)) is not None}

    def denies(start: int, end: int) -> bool:
        """adj30: whether a negator denies the hit's quality or kind: a negated adjective or adverb or a
        predicate noun ("not *unprecedented*", "not *truly*", "hardly a *disaster*", "not a *bigot*"); a
        negated act keeps its figure ("didn't *kill* the bill", "there was no *gloating*"), and so does a
        word under a negated verb ("did not repeat the *smears*")."""
        n = negations[start]
        if n is None or not n[2]:
            return False
        first, last = doc[start], doc[end - 1]
        # "there was no *trumpeting*": an existential's noun is said of nothing, the act keeps its figure
        existential = any(c.dep_ == "expl" for c in last.head.children)
        return first.pos_ in ("ADJ", "ADV") or (last.dep_ in ("attr", "acomp") and not existential)

    for m in (m for m in matches if m not in borne):
        entry = m.entry
        last = doc[m.end - 1]
        start, end = doc[m.start].idx, last.idx + len(last)
        text = doc_text[start:end]
        attribution = voices.at(start)
        writers = (
            attribution.indirect
            and not attribution.label
            and (
                _writers_aside(doc[m.start], persons, reporting=labelling_or_saying)
                or _referring_epithet(doc[m.start], epithets)
                or _referring_epithet(doc[m.start].head, epithets, modifier=doc[m.start])
            )
        )
        writers = writers or (
            attribution.indirect
            and entry.category == "epistemic-doubt"
            and (
                _own_claim_reported(doc[m.start], lexicon.speech_verbs)
                or (attribution.speaker is None and _holder_introduced(doc[m.start], lexicon.speech_verbs))
            )
        )
        writers = writers or (
            attribution.indirect and not attribution.label and _writers_referent(doc[m.start], voices)
        )
        writers = writers or (
            attribution.indirect
            and not attribution.label
            and entry.category in _SNEERS
            and any(_speakers_own_thing(doc[k], lexicon.speech_verbs) for k in range(m.start, m.end))
        )
        writers = writers or (
            attribution.indirect
            and not attribution.label
            and entry.category == "label"
            and _label_on_a_person(last, people)
        )
        if writers:
            attribution = _AUTHOR
        if m.end - m.start == 1 and m.start in negating and entry.term in lexicon.negators:
            # adj30: "*hardly* a disaster": the negator and the word it negates are one judgement, the word's
            held_back.append(Vetoed("negator", entry.id, m.start, m.end, field))
            continue
        negated_by = negations[m.start]
        negator = None if negated_by is None else doc[negated_by[0] : negated_by[1]].text
        if negator and attribution.voice == "author" and entry.category == "label" and last.dep_ == "attr":
            # r2b25: "they are not extremists but ...": the writer denies the label, applies it to no one
            held_back.append(Vetoed("denied", entry.id, m.start, m.end, field))
            continue
        if label_refused(doc[m.start], lexicon) or label_refused(last, lexicon):
            # adj30: "did not call the killings genocide", "refused to brand them thugs": the word is only
            # mentioned, no one gives the label
            held_back.append(Vetoed("refused", entry.id, m.start, m.end, field))
            continue
        if negator and entry.category in lexicon.negation_denies and denies(m.start, m.end):
            # adj30: "the move was not unprecedented", "hardly a disaster": a negated booster or dramatisation
            # understates; no amplification or appeal is left (`negation_denies` in bias.yaml)
            held_back.append(Vetoed("denied", entry.id, m.start, m.end, field))
            continue
        template = entry.reason or lexicon.categories[entry.category].reason
        reason = template.format(who=_who(attribution), text=text)
        if writers:
            reason += "; the writer's description or aside inside reported speech, not the speaker's words"
        rule = entry.id
        if m.via is not None:
            base, suffix = m.via
            reason += f"; the -{suffix} form of '{base}'"
            rule = f"{entry.id}+{suffix}"
        if attribution.indirect:
            reason += f"; in reported speech (paraphrased by the author), so it weighs {INDIRECT_FACTOR:g}"
        if negator:
            reason += f"; negated by '{negator}', so it weighs half"
        if entry.notes:
            reason += f" ({entry.notes})"
        # bp29: "so-called" on the given name of a law, bill or programme is explained and withheld, the same
        # way in every sentence: the sentence model split such sentences, and BABE's annotators on the
        # unstudied half did not read it as bias
        held_name = (
            entry.context is not None
            and entry.context.names_term
            and so_called_name(doc, start, end, lexicon)
        )
        if entry.withheld:
            reason += f"; {WITHHELD_RULE}"
        elif held_name:
            reason += f"; {NAME_DISTANCE_HELD}"
        else:
            found.append((m, attribution))
        (own_held if entry.withheld or held_name else tags).append(
            BiasTag(
                text=text,
                start=start,
                end=end,
                category=entry.category,
                voice=attribution.voice,
                speaker=attribution.speaker,
                reason=reason,
                rule=rule,
                weight=_weight(
                    entry.severity, attribution.voice, negator is not None, indirect=attribution.indirect
                ),
                neutral=entry.neutral,
                severity=entry.severity,
                negated=negator is not None,
                reported=attribution.indirect,
                lemma=m.via[0] if m.via is not None else entry.term,
            )
        )
    # ``tags`` holds exactly the lexicon tags of ``found`` so far, in the same order.
    for k, because in _one_sided(doc, keys, found, voices, lexicon=lexicon):
        tags[k] = tags[k].model_copy(update={"reason": tags[k].reason + because, "one_sided": True})
    tags.extend(_intensified(doc, keys, found, lexicon=lexicon))
    story = [(v.start, v.end) for v in held_back[mark:] if v.sense == "fiction"]
    tags.extend(_epithets(doc, keys, found, voices, lexicon=lexicon, story=story))
    vetoed_here = [(v.start, v.end) for v in held_back[mark:]]
    tags.extend(_verdict_slots(doc, found, voices, lexicon=lexicon, vetoed=vetoed_here))
    # gate29: marks in an institution's paraphrase are held, for the gate to release in an editorial register
    institutions = cues.organisation_nouns | (people - persons - lexicon.people_subjects)
    for tag in _scare_quotes(doc, voices, sentences, lexicon=lexicon, institutions=institutions):
        (own_held if INDIRECT_MARKS_HELD in tag.reason else tags).append(tag)
    if headline:
        # marks27: a headline's single marks quote someone only where the headline or the story says who;
        # :func:`tag_bias` then drops the marks the body shows to be a source's words
        plain = _VoiceMap(
            (),
            without_tails(quotes),
            sourcing=lexicon.sourcing_cues,
            labels=[*without_tails(labels), *(q for q in posted if q not in marked)],
            clauses=without_tails(clauses),
            posts=posts,
        )
        desk = [(q.start, q.end) for q in marked if plain.at(q.start).voice == "author"]
        tags.extend(_scare_quotes(doc, voices, sentences, lexicon=lexicon, marks=desk))
    if stance is not None and field == "body":
        tags.extend(_stance_tags(doc, voices, stance, lexicon.people_subjects))
    tags.sort(key=lambda t: (t.start, t.end))
    if field != "body":
        written = doc.user_data.get("wl_text", doc_text)  # a headline parsed in sentence case
        tags = [t.model_copy(update={"field": field, "text": written[t.start : t.end]}) for t in tags]
        own_held = [t.model_copy(update={"field": field, "text": written[t.start : t.end]}) for t in own_held]
    held.extend(own_held)
    return tags


# voicefix30: the categories of a verdict no speaker passes on their own thing ("its *much-hyped* app"); a
# speaker's own degree or feeling ("his *worst* moment") stays the speaker's
_SNEERS = frozenset({"loaded", "label"})


def _direct_quote(doc: Doc, voices: _VoiceMap, marked: Sequence[Quote] = ()) -> Callable[[int], bool]:
    """Whether token ``i`` lies in a direct quotation (quote marks: a speaker's words, or ``marked``: a
    headline's words in single marks) or in the label a named speaker gave ("Falco called the decision *a
    joke*"), not other reported speech."""

    def quoted(i: int) -> bool:
        if any(q.start <= doc[i].idx < q.end for q in marked):
            return True
        attribution = voices.at(doc[i].idx)
        given = attribution.label and attribution.speaker is not None  # r2b26: a label is the giver's verdict
        return attribution.voice == "quoted" and (not attribution.indirect or given)

    return quoted


def _doubt_borne_elsewhere(
    doc: Doc,
    matches: Sequence[LexiconMatch],
    verdicts: frozenset[str] = frozenset(),
    grounds: frozenset[str] = frozenset(),
) -> list[LexiconMatch]:
    """Doubt nouns whose doubt a verb hit already carries: in "the *claims* had been debunked" and "experts
    dismissed the *claims*" the verb rules the statements false, and "claims" is only the name of what it
    judges; one doubt, one tag (fresh12). A doubting modifier does not take the noun's doubt: annotators
    mark both words of "dubious claims"."""
    doubt = [m for m in matches if m.entry.category == "epistemic-doubt"]
    words = {k for m in doubt for k in range(m.start, m.end)}
    borne = []
    for m in doubt:
        noun = doc[m.end - 1]
        if m.end - m.start != 1 or noun.pos_ != "NOUN":
            continue
        judged = noun.dep_ in _JUDGED_DEPS and noun.head.pos_ == "VERB" and noun.head.i in words
        if judged or _ruled_true_or_false(noun, verdicts) or _ruled_groundless(noun, grounds):
            borne.append(m)
    return borne


def _ruled_true_or_false(noun: Token, verdicts: frozenset[str]) -> bool:
    """scope22: whether a doubt noun is the subject of "be" with a verdict on its truth ("the claim was
    false", "the allegations are untrue"): the verdict is the doubt; the noun only names what it judges."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() != "be":
        return False
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in verdicts for c in head.children)


def _ruled_groundless(noun: Token, grounds: frozenset[str]) -> bool:
    """r2b24: whether a doubt noun is the subject of a ruling that it has no ground ("the claim had no
    basis", "the claims lack merit"): the ruling is the doubt; the noun only names what it judges."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() not in ("have", "lack"):
        return False
    negated = head.lemma_.lower() == "lack" or any(c.dep_ == "neg" for c in head.children)
    for obj in (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in grounds):
        if negated or any(c.lower_ == "no" for c in obj.children):
            return True
    return False


# A noun a verb judges: "the claims were *debunked*", "experts *dismissed* the claims".
_JUDGED_DEPS = frozenset({"nsubjpass", "dobj"})


def _sentence_scores(
    doc: Doc,
    sentences: Sequence[tuple[int, int]],
    tags: Sequence[BiasTag],
    *,
    threshold: float,
    author_threshold: float,
) -> list[SentenceScore]:
    char_starts = [doc[s].idx for s, _ in sentences]
    totals = [0.0] * len(sentences)
    authors = [0.0] * len(sentences)
    for tag in tags:
        k = max(0, bisect.bisect_right(char_starts, tag.start) - 1)
        totals[k] += tag.weight
        if tag.voice == "author":
            authors[k] += tag.weight
    out = []
    for (s, e), total, author in zip(sentences, totals, authors, strict=True):
        last = doc[e - 1]
        while last.is_space and last.i > s:
            last = doc[last.i - 1]
        out.append(
            SentenceScore(
                start=doc[s].idx,
                end=last.idx + len(last),
                score=round(total, 3),
                biased=total >= threshold or author >= author_threshold,
                author_score=round(author, 3),
            )
        )
    return out


def _words(doc: Doc | None) -> int:
    if doc is None or not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int((flags.sum(axis=1) == 0).sum())


def _article_scores(doc: Doc, tags: Sequence[BiasTag], headline: Doc | None) -> dict[str, float]:
    words = max(1, _words(doc) + _words(headline))
    author = sum(t.weight for t in tags if t.voice == "author")
    quoted = sum(t.weight for t in tags if t.voice == "quoted")
    per = 1000.0 / words
    return {
        "score": round((author + quoted) * per, 3),
        "author_score": round(author * per, 3),
        "quoted_score": round(quoted * per, 3),
    }
