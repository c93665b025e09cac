"""Names the model missed: people given by a courtesy title, an age, a description or a given name, untagged
namesakes, companies, employers and campaigns."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Doc, Span

from config.settings import LEXICON_DIR
from tasks.components import company_suffixes
from tasks.cues import ReportingVerbs, load_reporting_verbs
from tasks.entities.names import (
    _bare_name_word,
    _capitalised_name_word,
    _given_an_age,
    _name_hyphen,
    _surname_shaped,
    _words_in,
    written_lower,
)
from tasks.entities.titles import _COURTESY_GENDERS, _courtesy_title, _of_gender


def _with_courtesy_given_names(ents: list[Span]) -> list[Span]:
    """spk27a: "Mrs Ivy China said", "Mrs Kenya Mbeki said": after a capitalised courtesy title, a given name
    and a surname the model left apart (the given name untagged or a mention of its own, the surname tagged
    a place or a person alone, the title untagged or tagged alone) are one person's name, title included as
    the model tags a titled name. Only capitalised proper nouns, the surname at most two words."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        given = out[-1] if out and out[-1].start == start - 1 and out[-1].end == start else None
        title_alone = any(e.start == start - 2 and e.end == start - 1 for e in out[-2:])
        if (
            start >= 2
            and len(ent) <= 2
            and all(t.is_title and t.pos_ == "PROPN" and t.is_alpha for t in ent)
            and (start - 2 not in taken or title_alone)
            and _courtesy_title(doc[start - 2])
            and (
                (given is None and ent.label_ != "PERSON" and _bare_name_word(doc[start - 1], taken))
                or (given is not None and _bare_name_word(doc[start - 1], set()))
            )
        ):
            out = [e for e in out if e.end <= start - 2]  # the title or the given name tagged alone
            out.append(Span(doc, start - 2, ent.end, label="PERSON"))
        elif (
            start >= 1
            and len(ent) == 1
            and ent[0].is_title
            and ent[0].pos_ == "PROPN"
            and ent[0].is_alpha
            and _courtesy_title(doc[start - 1])
            and ent.end < len(doc)
            and _bare_name_word(doc[ent.end], taken)
            and not (ent.end + 1 < len(doc) and _bare_name_word(doc[ent.end + 1], taken))
        ):
            # "Mrs Kenya Mbeki": the given name tagged alone (a place), the surname untagged after it
            out = [e for e in out if e.end <= start - 1]
            out.append(Span(doc, start - 1, ent.end + 1, label="PERSON"))
        else:
            out.append(ent)
    return out


def _with_aged_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """Adds the people the model missed that the text gives an age ("Callum Price, 24, left ..."): a run of
    two or three capitalised proper nouns in no entity, followed by an age between commas."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for end in range(2, len(doc) - 2):
        if doc[end].text != "," or end - 1 in taken:
            continue
        start = end
        while start > 0 and end - start < 3 and _bare_name_word(doc[start - 1], taken):
            start -= 1
        if end - start >= 2 and (start == 0 or not doc[start - 1].is_title) and _given_an_age(doc[start:end]):
            added.append(Span(doc, start, end, label="PERSON"))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _with_described_people(
    doc: Doc, ents: list[Span], job_nouns: frozenset[str], titles: frozenset[str]
) -> list[Span]:
    """spk22b: adds the people the model missed that the text describes as people: "The club's coach,
    Rhodri Penhallow, said" (in apposition to a trade), "local farmer Rhodri Penhallow" (a trade in lower
    case right before), "Governor Babatunde Sanwo-Olu" or "Paramedic Jory Pendarves" (a title or trade
    opening the run, left out of the canonical name) or "Adaeze Nwachukwu-Bello, who runs a salon," (only
    people are "who"). A run of two or three capitalised proper nouns (a hyphenated one counts once) in no
    entity; the surname alone later is then that person too."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    start = 0
    while start < len(doc):
        end = _name_run_end(doc, start, taken)
        if end is None:
            start += 1
            continue
        first = _after_leading_title(doc[start:end], job_nouns | titles)
        run = doc[first:end]
        if all(t.lower_ in job_nouns | titles for t in run if t.text != "-"):
            start = end  # "The Lord Chief Justice, Lord Woolf,": titles all through, no name
            continue
        if 2 <= _words_in(run) <= 3 and (first > start or _beside_a_trade(run, job_nouns)):
            # with its title, as the model tags a titled name: the canonical name leaves the title out
            added.append(Span(doc, start, end, label="PERSON"))
        start = end
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _with_given_named_people(
    doc: Doc, ents: list[Span], job_nouns: frozenset[str], given_name: Callable[[str], bool]
) -> list[Span]:
    """spk24a: adds "Polly Ng, chief executive of the trust," when the model tagged nothing there because it
    read the given name as an adjective or a noun, not a name: a given name the lexicon knows, a capitalised
    surname right after it, then a comma and a trade or a word for a person in apposition to the name. The
    misread given name makes the trade after the name safe (a trade after any capitalised pair was tried by
    spk22b and cost right answers; so did this rule when the model had read both words as names, on GGT's
    measured half); the surname alone later is then that person too."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for first in doc[:-3]:
        surname, comma = doc[first.i + 1], doc[first.i + 2]
        if (
            {first.i, surname.i} & taken
            or not (first.is_title and first.pos_ != "PROPN" and given_name(first.text))
            or not (_bare_name_word(surname, taken) and comma.text == ",")
            or (first.i > 0 and doc[first.i - 1].is_title and doc[first.i - 1].is_alpha)
        ):
            continue
        if any(
            t.dep_ == "appos" and t.pos_ == "NOUN" and t.lemma_.lower() in job_nouns for t in surname.children
        ):
            added.append(Span(doc, first.i, surname.i + 1, label="PERSON"))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _with_untagged_namesakes(doc: Doc, ents: list[Span], given_name: Callable[[str], bool]) -> list[Span]:
    """r2s25a: adds "Mira Kovacs" where the model tagged nothing and parsed the given name apart from the
    surname (as a sentence of its own), when the article names a person by that surname alone elsewhere
    ("Kovacs says") and the word before it is a given name the lexicon knows: the surname is that person."""
    surnames = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title}
    if not surnames:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for first in doc[:-1]:
        surname = doc[first.i + 1]
        if (
            {first.i, surname.i} & taken
            or surname.text not in surnames
            or not (first.is_title and given_name(first.text))
            or first.head.i == surname.i  # the parse read the two as one name: the model's choice stands
            or (first.i > 0 and doc[first.i - 1].is_title and doc[first.i - 1].is_alpha)
            or (surname.i + 1 < len(doc) and doc[surname.i + 1].is_title and doc[surname.i + 1].is_alpha)
        ):
            continue
        added.append(Span(doc, first.i, surname.i + 1, label="PERSON"))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _after_leading_title(run: Span, titles: frozenset[str]) -> int:
    """Where the name starts in a run a title or trade opens ("Governor Babatunde Sanwo-Olu",
    "Secretary-Treasurer Gary Casteel": every piece of the first word a title), when two name words
    follow; else the run's start."""
    word_end = next((t.i + 1 for t in run if t.whitespace_), run.end)
    pieces = [t for t in run.doc[run.start : word_end] if t.text != "-"]
    if all(t.lower_ in titles for t in pieces) and _words_in(run.doc[word_end : run.end]) >= 2:
        return word_end
    return run.start


def _name_run_end(doc: Doc, start: int, taken: set[int]) -> int | None:
    """The end of the run of bare name words from ``start`` (a hyphen with no space either side joins two
    of them: "Sanwo-Olu"), at most five tokens; None when ``start`` opens no run of two words or more, or
    when a name word comes straight before it (only whole runs)."""
    if not _bare_name_word(doc[start], taken) or (start > 0 and _bare_name_word(doc[start - 1], taken)):
        return None
    end = start + 1
    while end < len(doc) and end - start < 6:
        if _bare_name_word(doc[end], taken):
            end += 1
        elif _name_hyphen(doc, end) and end + 1 < len(doc) and _bare_name_word(doc[end + 1], taken):
            end += 2
        else:
            break
    if end < len(doc) and (_bare_name_word(doc[end], taken) or _name_hyphen(doc, end)):
        return None  # longer than a name
    return end if _words_in(doc[start:end]) >= 2 else None


def _beside_a_trade(run: Span, job_nouns: frozenset[str]) -> bool:
    """Whether a run of names stands beside a person's trade: in apposition after a comma ("the club's
    coach, Rhodri Penhallow,"), with the trade in lower case right before it ("farmer Rhodri Penhallow"),
    or with a relative "who" after it ("Jo Li, who runs a salon,")."""
    doc, last = run.doc, run[-1]
    if run.start == 0:
        return _described_after(run)
    if any(t.head.i not in range(run.start, run.end) for t in run[:-1]):
        return False  # the words are one name: each but the last hangs on the name
    before = doc[run.start - 1]
    if before.text == "," and last.dep_ == "appos" and last.head.i < run.start:
        return last.head.pos_ == "NOUN" and last.head.lemma_.lower() in job_nouns
    if (
        before.pos_ == "NOUN"
        and before.is_lower
        and before.lemma_.lower() in job_nouns
        and before.head.i in range(run.start, run.end)
    ):
        return True
    return _described_after(run)


def _described_after(run: Span) -> bool:
    """ "Jo Li, who runs a salon,": a comma after the name, then a relative clause opening with "who" (a
    trade in apposition after it was tried: it cost right answers on dev)."""
    doc = run.doc
    return run.end + 1 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].lower_ == "who"


MAX_COMPANY_WORDS = 5  # capitalised words before a legal form ("Norvane Foods Inc")


def _untagged_companies(doc: Doc, covered: set[int]) -> list[tuple[int, int, str, str]]:
    """Companies the model did not tag, known by their legal form: capitalised words ending in "Inc",
    "Corp", "plc" ... ("Norvane Foods Inc said"), so "the company" can stand for them; the canonical name
    leaves the legal form out, as for a tagged one."""
    # Only a legal form spelled as a word of three letters or more: "Co." also heads an Irish county ("Co.
    # Kerry"), and "AG" or "SA" stand for other things.
    suffixes = {s for s in company_suffixes() if len(s) >= 3 and s.isalpha()}
    trades = load_reporting_verbs(LEXICON_DIR).company_name_ends  # "Nordalis Semiconductor": kept in the name
    out: list[tuple[int, int, str, str]] = []
    for token in doc:
        trade = token.text in trades
        if token.i in covered or (token.text.rstrip(".") not in suffixes and not trade) or token.i == 0:
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title:
            continue  # a name goes on after it: not where a company's name ends
        start = token.i
        while start > 0 and token.i - start < MAX_COMPANY_WORDS and _company_word(doc, start - 1, covered):
            start -= 1
        if start < token.i and doc[start].text != "&":
            if trade and all(t.pos_ == "PROPN" for t in doc[start : token.i]):
                out.append((start, token.i + 1, "ORG", doc[start : token.i + 1].text))
            elif not trade:
                out.append((start, token.i + 1, "ORG", doc[start : token.i].text))
    return out


def _company_word(doc: Doc, i: int, covered: set[int]) -> bool:
    """A word of a company's name before its legal form: capitalised, a noun or name, no "The"; or "&"
    between two ("Procter & Gamble Co.")."""
    t = doc[i]
    if i in covered:
        return False
    if t.text == "&":
        return i > 0 and doc[i - 1].is_title
    return t.is_title and t.pos_ in {"PROPN", "NOUN"} and not t.is_stop


def _bare_surnames(
    doc: Doc, full: Sequence[tuple[int, str]], covered: set[int]
) -> list[tuple[int, int, str, str]]:
    """Later bare surnames the model missed ("Lonechild said ..."), as PERSON mentions of the full name.

    Only a lone proper noun (no proper noun beside it) that ends exactly one full name seen before it.
    """
    if not full:
        return []
    by_surname: dict[str, list[tuple[int, str]]] = {}
    for pos, name in full:
        by_surname.setdefault(name.split()[-1], []).append((pos, name))
    out: list[tuple[int, int, str, str]] = []
    lower_words = written_lower(doc)
    for token in doc:
        if token.i in covered or not _surname_shaped(token, lower_words) or token.text not in by_surname:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (before is not None and before.pos_ == "PROPN") or (after is not None and after.pos_ == "PROPN"):
            continue
        names = {name for pos, name in by_surname[token.text] if pos < token.i}
        if len(names) == 1:
            out.append((token.i, token.i + 1, "PERSON", names.pop()))
    return out


def _untagged_courtesy_names(
    doc: Doc, full: Sequence[tuple[int, str]], covered: set[int], cues: ReportingVerbs
) -> list[tuple[int, int, str, str]]:
    """Names the model missed after a capitalised courtesy title ("Mr Hollis has refused to apologise"): only
    people are so addressed. One or two proper nouns, each capitalised, none tagged; the one full name seen
    before that ends in the surname is who is meant, else the name as written."""
    out: list[tuple[int, int, str, str]] = []
    for title in doc:
        if not _courtesy_title(title):
            continue
        end = _name_after_title(doc, title.i + 1)
        if end == title.i + 1:
            continue
        if any(i in covered for i in range(title.i, end)):
            continue
        name = doc[title.i + 1 : end].text
        # spk25a: "Mr Hollis" after Margaret, Peter and Anna Hollis is Peter: the title's gender rules out
        # the full names whose given name is only the other gender's
        fits = _of_gender(list(full), _COURTESY_GENDERS.get(title.lower_), cues)
        earlier = {cand for pos, cand in fits if pos < title.i and cand.split()[-1] == name.split()[-1]}
        out.append((title.i + 1, end, "PERSON", earlier.pop() if len(earlier) == 1 else name))
    return out


def _untagged_titled_names(
    doc: Doc, covered: set[int], cues: ReportingVerbs, titles: Collection[str]
) -> list[tuple[int, int, str, str]]:
    """lead25b: a titled name the model missed ("Det Insp Craig Donnelly, who is leading the inquiry,
    said"): a capitalised title or title abbreviation, then a known given name and one or two capitalised
    proper nouns, none tagged, is a person."""
    short = {a for a, _ in cues.title_abbreviations}
    out: list[tuple[int, int, str, str]] = []
    for title in doc:
        word = title.lower_.rstrip(".")
        if not title.is_title or (word not in short and word not in titles) or title.i + 2 >= len(doc):
            continue
        given = doc[title.i + 1]
        if given.i in covered or not given.is_title or not cues.given_name(given.text):
            continue
        end = _name_after_title(doc, given.i + 1, covered)
        if end == given.i + 1:
            continue
        out.append((given.i, end, "PERSON", doc[given.i : end].text))
    return out


def _name_after_title(doc: Doc, start: int, covered: Collection[int] = ()) -> int:
    """The end of the one or two capitalised proper nouns from ``start`` (none in ``covered``) that finish a
    name after a title ("Mr Hollis", "Det Insp Craig Donnelly"), or ``start`` when there are none or a further
    proper noun follows (a longer name, no longer the title's)."""
    end = start
    while end < len(doc) and end - start < 2 and _capitalised_name_word(doc[end]) and end not in covered:
        end += 1
    return start if end < len(doc) and doc[end].pos_ == "PROPN" else end


def _untagged_employers(
    doc: Doc, covered: set[int], job_nouns: frozenset[str], cues: ReportingVerbs
) -> list[tuple[int, int, str, str]]:
    """lead24: the employer the model missed after a trade ("Executives at Severn Vale Water were warned",
    "engineers at Northfield Rail"): a run of one to four capitalised proper nouns, in no entity, that is the
    object of "at" after a noun for people of a trade. Not a person's name (a known given name opens it)."""
    out: list[tuple[int, int, str, str]] = []
    for prep in doc:
        if prep.lower_ != "at" or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in job_nouns:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        run = list(doc[obj.left_edge.i : obj.i + 1])
        if not 1 <= len(run) <= 4 or run[0].i != prep.i + 1:
            continue
        if any(t.i in covered or t.pos_ != "PROPN" or not t.is_title for t in run) or cues.given_name(
            run[0].text
        ):
            continue
        out.append((run[0].i, obj.i + 1, "ORG", doc[run[0].i : obj.i + 1].text))
    return out


# lead25: a capitalised word of these inside a run of capitalised words makes the run a campaign's name
CAMPAIGN_JOINS = frozenset({"Against", "For", "Without"})


def _untagged_campaigns(doc: Doc, covered: set[int]) -> list[tuple[int, int, str, str]]:
    """lead25: a campaign group the model missed ("Surfers Against Sewage called ...", "Mothers Against
    Drunk Driving"): capitalised words on both sides of a capitalised "Against", "For" or "Without" that
    does not open its sentence, in no entity: an organisation."""
    out: list[tuple[int, int, str, str]] = []
    for join in doc:
        if join.text not in CAMPAIGN_JOINS or join.is_sent_start or join.i in covered:
            continue
        begin = join.i
        while begin > 0 and doc[begin - 1].is_title and doc[begin - 1].pos_ in ("NOUN", "PROPN"):
            begin -= 1
        end = join.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"):
            end += 1
        if begin == join.i or end == join.i + 1 or any(i in covered for i in range(begin, end)):
            continue
        out.append((begin, end, "ORG", doc[begin:end].text))
    return out
