"""Voice assignment: whose words each character offset is in (the author's, a quotation's, reported
speech, the interviewer's), the speaker's name, and how much a tag counts in its voice (weights)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from tasks.models import Quote, Voice

QUOTED_FACTOR = 0.5  # a loaded word in a quotation is reported speech, not the writer's choice
INDIRECT_FACTOR = 0.75  # reported speech: the speaker's claim, but the writer chose the paraphrase's words
NEGATED_FACTOR = 0.5  # "not brutal" still puts the word on the page, but asserts less


class _Attribution(NamedTuple):
    voice: Voice
    speaker: str | None
    indirect: bool = False  # in reported speech ("X said (that) ..."), not between quote marks
    label: bool = False  # the label of a labelling verb ("X called Y *a sham*"): tasks.attribution


# r2b26b: who asks an interview's questions (tasks.attribution.interviewer_turns): "Q: Smart glasses have
# flopped before. Why will these be different?" puts a premise to the interviewee for an answer, a line of a
# conversation, not the writer's verdict on the page
INTERVIEWER = "the interviewer"


class _VoiceMap:
    """Who speaks at a character offset: an extractor quote, an attributed label, an unattributed quotation,
    or the author."""

    def __init__(
        self,
        marks: Sequence[tuple[int, int]],
        quotes: Sequence[Quote],
        *,
        sourcing: frozenset[str] = frozenset(),
        labels: Sequence[Quote] = (),
        spoken: frozenset[str] = frozenset(),
        clauses: Sequence[Quote] = (),
        posts: Sequence[Quote] = (),
        given: Sequence[Quote] = (),
        own: Sequence[tuple[int, int]] = (),
        asked: Sequence[tuple[int, int]] = (),
    ) -> None:
        kept = [
            q
            for q in quotes
            if q.end > q.start
            and not (q.kind == "indirect" and (q.verb or "").lower() in sourcing)
            # a paraphrase credited to no one is the writer's wording, not a source's; but what someone
            # "said" was spoken, whoever the quote layer could not name
            and not (
                q.kind == "indirect" and _speaker_name(q) is None and (q.verb or "").lower() not in spoken
            )
        ]
        # Quotes between marks first: where a direct or partial quote lies inside reported speech, the
        # marked words are the speaker's own. Among reported spans the innermost wins: in "Aides said the
        # ministry called it a sham", "a sham" is the ministry's.
        marked = [(q.start, q.end) for q in kept if q.kind != "indirect"]
        spans = [(q.start, q.end, _speaker_name(q), q.kind == "indirect", False) for q in kept]
        spans += [
            (q.start, _closed(q, marked), _speaker_name(q), True, True) for q in labels if q.end > q.start
        ]
        # A reported clause (a question, hearsay) is no label: the writer's description of a person inside
        # it stays the writer's, as inside "X said (that) ..."
        spans += [
            (q.start, _closed(q, marked), _speaker_name(q), True, False) for q in clauses if q.end > q.start
        ]
        self.quotes = sorted(spans, key=lambda x: (x[3], -x[0]))
        # bias25a: a few marked words the quote layer credited to whoever reports them, inside a label
        # someone else gave ("An aide said the governor had described them as 'agitators'")
        self.partials = {(q.start, q.end) for q in kept if q.kind == "partial"}
        self.given = [(q.start, q.end, _speaker_name(q)) for q in given if q.end > q.start]
        # fresh9: an embedded post's credit line names its author, which outranks the writer's lead-in to it
        # ("One activist posted:"), which the quote layer may have taken as the speaker
        self.posts = [(q.start, q.end, _speaker_name(q)) for q in posts if q.end > q.start]
        # bias26a: what the writer reports of their own words ("I wrote that it would 'destroy ...'")
        self.own = list(own)
        # r2b26b: an interview's questions, the interviewer's words where no one else's lie within
        self.asked = list(asked)
        # Quote-mark spans, each with the speaker of the extractor quote it overlaps (None: unattributed).
        self.marks: list[tuple[int, int, str | None, bool]] = []
        # gate29: marks that only paraphrased speech holds ("the agency says it ran a 'review'"): no direct
        # or partial quote and no label, so the marked word may be the source's or the writer's distance
        self.paraphrased: list[tuple[int, int]] = []
        for s, e in marks:
            found = [x for x in self.quotes if x[0] < e and s < x[1]]
            hits = [(qs, qe, sp) for qs, qe, sp, _, _ in found]
            named = [sp for _, _, sp in hits if sp is not None]  # an unnamed holder inside a named report
            self.marks.append((s, e, named[0] if named else None, bool(hits)))
            if found and all(reported and not label for _, _, _, reported, label in found):
                self.paraphrased.append((s, e))

    def at(self, char: int) -> _Attribution:
        indirect: _Attribution | None = None
        for s, e, speaker in self.posts:
            if s <= char < e and speaker is not None:
                return _Attribution("quoted", speaker)
        for s, e, speaker, reported, label in self.quotes:
            if s <= char < e:
                if not reported:
                    labeller = self._giver(s, e) if (s, e) in self.partials else None
                    if labeller is not None and not _same_person(labeller, speaker):
                        speaker = labeller  # the label's giver, not the one who reports it
                    speaker = speaker or self._credited(char) or self._labeller(char) or self._reporter(char)
                    return _Attribution("quoted", speaker)
                if indirect is not None and indirect.speaker is None and speaker is not None:
                    # "Aides said they fear it is reckless": the inner view's unnamed holder is the named
                    # speaker who reports it
                    indirect = indirect._replace(speaker=speaker)
                indirect = indirect or _Attribution("quoted", speaker, indirect=True, label=label)
        for s, e, speaker, _ in self.marks:
            if s <= char < e:
                if speaker is None and indirect is None and any(a <= char < b for a, b in self.own):
                    return _AUTHOR  # the writer quoting themself
                return _Attribution("quoted", speaker)
        if indirect is None and any(s <= char < e for s, e in self.asked):
            return _Attribution("quoted", INTERVIEWER)
        return indirect or _Attribution("author", None)

    def _credited(self, char: int) -> str | None:
        """voice11: the speaker another quotation around ``char`` names, where the extractor's own left it
        unattributed: a layout pass's credit ('Leader of the council Sam Iqbal: "..."')."""
        named = (sp for s, e, sp, reported, _ in self.quotes if not reported and sp and s <= char < e)
        return next(named, None)

    def _giver(self, start: int, end: int) -> str | None:
        """bias25a: the speaker of a label someone spoke ("called", "described ... as") that holds the marked
        words from ``start`` to ``end`` (a closing mark may fall just past the label); the innermost label
        first (bias26a: in "attacked the minister for calling them 'thugs'" the minister's, not the
        attackers')."""
        holding = [(e - s, sp) for s, e, sp in self.given if sp and s <= start and end <= e + 1]
        return min(holding, key=lambda held: held[0])[1] if holding else None

    def _reporter(self, char: int) -> str | None:
        """The named speaker of reported speech around ``char``: words in marks inside what someone "said
        (that) ..." ('said attacks would go on "until the aggression stops"') are that speaker's own; the
        innermost report first."""
        return next((sp for s, e, sp, reported, _ in self.quotes if reported and sp and s <= char < e), None)

    def _labeller(self, char: int) -> str | None:
        """The speaker of a labelling verb whose label covers ``char``: a quotation the quote layer left
        unattributed ('issued a statement ..., describing the rules as "draconian"') is the labeller's."""
        return next((sp for s, e, sp, _, label in self.quotes if label and sp and s <= char < e), None)

    def unattributed_marks(self) -> Iterator[tuple[int, int]]:
        for s, e, _, attributed in self.marks:
            if not attributed:
                yield s, e


def _closed(q: Quote, marked: Sequence[tuple[int, int]]) -> int:
    """voicefix30: where a reported span opened inside a quotation ends: at the quotation's closing mark. In
    '"He is fooling himself if he thinks anyone buys that," one *fumed*' the clause of "thinks" is the
    quoted speaker's words; the parse ran it on past the mark, over the writer's credit line, whose verb is
    the writer's own."""
    ends = [e for s, e in marked if s <= q.start < e < q.end]
    return min(ends) if ends else q.end


def _same_person(a: str, b: str | None) -> bool:
    """Whether two speaker names end alike ("Trump", "Donald Trump"): the quote layer's fuller name stays."""
    return b is not None and a.split()[-1].lower() == b.split()[-1].lower()


def _speaker_name(q: Quote) -> str | None:
    if q.speaker is None:
        return None
    return q.speaker.canonical or q.speaker.text or None


def _who(attribution: _Attribution) -> str:
    if attribution.voice == "author":
        return "the author's"
    return f"{attribution.speaker}'s" if attribution.speaker else "a quoted source's"


def _weight(severity: int, voice: Voice, negated: bool, *, indirect: bool = False) -> float:
    factor = 1.0 if voice == "author" else INDIRECT_FACTOR if indirect else QUOTED_FACTOR
    return round(float(severity) * factor * (NEGATED_FACTOR if negated else 1.0), 3)


_AUTHOR = _Attribution("author", None)
