"""Descriptions after a quote and two parties in one sentence (r2s24b): "the goalkeeper said" in a paragraph
that opens on one named player is that player, even with another person named in an aside about him; "the
former teacher" is the woman introduced as "a retired teacher"; "who gave his name only as X" names the
speaker even when the model did not tag X; an age description standing for someone never hands his words to
a club; "the union said" is the union the article named paragraphs before; "the firm said ... and the union
called" does not give the union's words to the firm; a quote told inside another quote is not the teller's;
"the convener of judges, the poet X," is X, never the person named before."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_bare_role_word_is_the_one_subject_of_its_own_paragraph(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Rovers lost 3-0 at home on Saturday.\n\n"
        '"We were nowhere near it," said manager Pete Dunmore.\n\n'
        "Halvorsen, who took the armband after Dean Castle was sent off, was blunt. "
        '"We gave them three gifts," the goalkeeper said.\n',
    )
    assert speaker_rule(found, "We gave them")[0] == "Halvorsen"


def test_a_retired_worker_is_the_former_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"The clinic is the heart of this town," said Ellen Marsh, a retired nurse, 71, who has lived here '
        "for forty years.\n\n"
        "The health board will decide in March. Its chair, Tom Reed, said no decision had been made.\n\n"
        'Outside the hall, Mrs Marsh was not hopeful. "They stopped listening long ago," the former nurse '
        "said.\n",
    )
    assert speaker_rule(found, "They stopped listening")[0] == "Ellen Marsh"


def test_the_name_a_speaker_gave_is_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Shoppers queued from dawn.\n\n"
        '"A fair price, for once," said a retired cook, 80, who gave her name only as Pauline.\n',
    )
    assert speaker_rule(found, "A fair price")[0] == "Pauline"


def test_an_age_description_does_not_speak_as_a_club(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Corbin Town 2-1 Marsh Rovers: Corbin Town go top\n\n"
        "Corbin Town came from behind to beat Marsh Rovers.\n\n"
        "'I am proud of them,' said Dean Walsh. 'The lads were superb.'\n\n"
        "Asked whether Corbin could stay top, the 48-year-old was careful. 'It is far too early,' he said.\n",
    )
    assert speaker_rule(found, "It is far too early")[0] != "Corbin Town"


def test_the_union_named_paragraphs_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The National Transport Workers said on Monday it would ballot its members.\n\n"
        '"Our drivers are exhausted," said Ann Cole, the union\'s general secretary.\n\n'
        "Cole said the talks had gone nowhere. The operator declined to comment.\n\n"
        "Passengers were told to expect delays.\n\n"
        'In a letter to members, the union said it would "fight every cut".\n',
    )
    assert speaker_rule(found, "fight every cut", anywhere=True)[0] == "National Transport Workers"


def test_the_other_party_in_one_sentence_keeps_its_words(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Kestrel Mills Ltd will close its Dunford plant, a step the company said was needed to stay afloat "
        "and the union called \u201ca betrayal.\u201d\n",
    )
    company = [q for q in found if q.speaker is not None and "Kestrel" in q.speaker.canonical]
    assert company and not any("betrayal" in q.text for q in company)


def test_words_told_inside_a_quote_are_not_the_teller_s(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Mia Torres scored twice.\n\n"
        "Torres said the mood at the break had been tense. 'The coach barely spoke,' the striker said. "
        "'She just looked at us and said, \"Forty-five minutes, that is all.\"'\n",
    )
    # the coach's words are never Torres's own quote; since r2s24c the single marks set this article's
    # convention, so the words come whole inside Torres's quote, which is hers
    inner = [q for q in found if q.text.startswith("Forty-five minutes")]
    assert all(q.speaker is None or q.speaker.canonical != "Mia Torres" for q in inner)
    outer = [q for q in found if "Forty-five minutes" in q.text and q not in inner]
    assert all(q.speaker is not None and q.speaker.canonical == "Mia Torres" for q in outer)
    assert inner or outer


def test_a_name_set_beside_a_plural_in_the_description_is_its_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nadia Perrin, 41, won the poetry prize on Friday. The former teacher's second collection beat five "
        "others.\n\n"
        "The convener of judges, the poet Owen Castell, called it \u201ca quiet, fierce book\u201d.\n",
    )
    assert speaker_rule(found, "a quiet, fierce book")[0] != "Nadia Perrin"
