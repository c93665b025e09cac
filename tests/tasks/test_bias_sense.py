"""Issue 12: sense before lexicon, voice from the attribution structure, the headline.

Short sentences of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import tag_bias
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult, BiasTag
from tests.tasks.bias_cases import run


def tagged(result: BiasResult) -> dict[str, BiasTag]:
    return {t.text.lower(): t for t in result.tags}


# ---------------------------------------------------------------- the headline


def test_headline_tags_carry_their_field_and_offsets(nlp: Language, lexicon: BiasLexicon) -> None:
    headline = "Council passes brutal budget"
    body = "The council passed the budget on Monday by nine votes to four."
    result = run(nlp, lexicon, body, headline)
    [tag] = result.tags
    assert (tag.field, tag.text, headline[tag.start : tag.end]) == ("headline", "brutal", "brutal")
    assert tag.voice == "author"
    assert result.counts == {"loaded": 1} and result.author_score > 0
    assert all(not s.biased for s in result.sentences)  # sentences are the body's


def test_headline_tags_come_before_the_body_tags(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The brutal raid went on.", "A shameful week")
    assert [t.field for t in result.tags] == ["headline", "body"]
    assert [t.text for t in result.tags] == ["shameful", "brutal"]


# ---------------------------------------------------------------- sense before lexicon


@pytest.mark.parametrize(
    "text",
    [
        "The Crushers beat the Savages 4-2 on Saturday night.",  # a team
        "Ellen Hawk, the club's treasurer, presented the accounts.",  # a person's name
        "The Heroes Act passed the lower house on Tuesday.",  # a law
    ],
)
def test_a_word_inside_a_name_is_not_tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert run(nlp, lexicon, text).tags == []


def test_the_same_words_outside_a_name_are_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The rebels were savages, and the hawks in the cabinet wanted war.")
    assert {"savages", "hawks"} <= set(tagged(result))


def test_a_loaded_phrase_is_tagged_even_capitalised_mid_sentence(nlp: Language, lexicon: BiasLexicon) -> None:
    # multiword entries are the loaded expression itself; only their own context excludes a history name
    result = run(nlp, lexicon, "Critics of the mayor describe his Reign Of Terror over the council.")
    assert "reign of terror" in tagged(result)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tests showed the tissue was inflamed.", "inflamed"),  # medical
        ("Shares plunged 8% in early trading.", "plunged"),  # finance
        ("The troops were shooting down drones all night.", "shooting down"),  # military, not "double down"
        ("The tenants claimed in court that the landlord had broken the lease.", "claimed"),  # legal
        ("He was convicted of sabotage and arson.", "sabotage"),  # the name of a charge
        ("She faces a sabotage charge over the fire.", "sabotage"),
        ("Prosecutors charged the protesters with crimes including sedition.", "sedition"),  # an example
        ("Graduates carry $40 billion in outstanding student loan debt.", "outstanding"),  # finance
        ("Cheap imports helped suppress wages in the region last year.", "suppress"),
        ("Lockdowns fueled demand for home delivery in the second quarter.", "fueled"),
        ("Investors sold big tech shares in early trading on Monday.", "big tech"),
        ("Many would-be buyers face higher mortgage rates this spring.", "would-be"),
        ("Two men robbed a bank at gunpoint, police said.", "robbed"),  # a robbery
        ("The hero of the new film is a retired postman.", "hero"),  # a story's character
        ("The worm has been found in the wild on a few phones.", "wild"),
        ("The suspect signed a confession at the police station.", "confession"),
        ("A knee injury had troubled him all season.", "troubled"),  # the verb: worry
        ("Critics still rank It's A Wonderful Life among the best Christmas films.", "wonderful"),  # a title
        ("The film is based on a cult children's book from the 1980s.", "cult"),
        ("Tech-savvy shoppers compared prices online.", "savvy"),
        ("Conducting the orchestra is a plate-spinning job.", "spinning"),
        ("Security flaws that plague older computers were patched.", "plague"),
        ("The telescope listens for alien signals from distant stars.", "alien"),  # space, not people
        ("The game is a fantasy adventure set on a distant island.", "fantasy"),  # a genre
        ("Miners profited from sky-high prices for copper.", "sky-high"),  # the market's idiom
        ("The chipmaker became a darling of investors last year.", "darling"),
        ("The sprinter passed a lie detector test, her lawyer said.", "lie"),
        ("Her new single soared up the charts this week.", "soared"),
        ("The new rules say the roles of each agency must be clearly defined.", "clearly"),  # manner
        ("The striker is recovering from a career-threatening knee injury.", "threatening"),
        ("The law bans causing unnecessary suffering to an animal.", "unnecessary"),  # the law's test
        ("After weeks of phoney war, the prime minister called the election.", "phoney"),
        ("The bank raised rates but took care not to obstruct growth.", "obstruct"),
        ("The airline hopes cheaper fares will stoke demand on the route.", "stoke"),
        ("The swimmer was banned for cheating with a doping drug.", "cheating"),
    ],
)
def test_literal_and_legal_senses_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in tagged(run(nlp, lexicon, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The speech inflamed the crowd.", "inflamed"),
        ("Support for the plan plunged after the scandal broke.", "plunged"),
        ("The senator doubled down on his remarks.", "doubled down"),
        ("The government claims the economy is growing.", "claims"),
        ("The strike was an act of sabotage by the management.", "sabotage"),
    ],
)
def test_figurative_senses_are_still_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert tagged(run(nlp, lexicon, text))[word].voice == "author"


def test_the_answer_lies_in_is_not_a_lie(nlp: Language, lexicon: BiasLexicon) -> None:
    assert run(nlp, lexicon, "The answer lies in the data, the engineers said.").tags == []


# ---------------------------------------------------------------- voice from the attribution structure


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("The ministry called the inquiry a sham.", "sham", "ministry"),
        ("The minister branded the protesters as thugs.", "thugs", "minister"),
        ("Critics denounced the plan as a reckless gamble.", "reckless", "Critics"),
        ("The inquiry was branded a sham by the opposition.", "sham", "opposition"),
        (
            "The finance minister, Paul Berg, dismissed the report as scaremongering.",
            "scaremongering",
            "Paul Berg",
        ),
        # parsed as two objects of "branded": the second is the label
        ("Senator Ruth Cole branded the deal a betrayal of farmers.", "betrayal", "Ruth Cole"),
        ("Prosecutors accused the banker of a cover-up.", "cover-up", "Prosecutors"),
    ],
)
def test_the_label_belongs_to_who_gives_it(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str
) -> None:
    tag = tagged(run(nlp, lexicon, text))[word]
    assert (tag.voice, tag.reported, tag.speaker) == ("quoted", True, speaker)


def test_the_writers_words_beside_a_label_stay_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tagged(run(nlp, lexicon, "The embattled minister called the inquiry a sham."))
    assert result["embattled"].voice == "author"
    assert result["sham"].voice == "quoted"


def test_the_writers_label_for_a_person_in_reported_speech(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tagged(run(nlp, lexicon, "Relatives suggested the disgraced banker had fled abroad."))
    tag = result["disgraced"]
    assert (tag.voice, tag.reported) == ("author", False)
    assert "writer's description" in tag.reason


def test_the_writers_description_of_a_place_in_reported_speech(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The hospital said a strike on a flat in devastated Gaza City killed seven people."
    assert tagged(run(nlp, lexicon, body))["devastated"].voice == "author"
    # the same word said of people the clause is about stays the source's claim
    body = "The minister said the devastated region would get help."
    assert tagged(run(nlp, lexicon, body))["devastated"].voice == "quoted"


def test_an_embedded_post_is_its_authors(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The vote passed late on Friday.\n"
        "This shameful bill is a disgrace. — Jo Marsh (@jomarsh) May 3, 2026\n"
        "The bill now goes to the upper house."
    )
    tag = tagged(run(nlp, lexicon, body))["shameful"]
    assert (tag.voice, tag.speaker) == ("quoted", "Jo Marsh")


# ---------------------------------------------------------------- coverage of the missed families


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("Farmers are tired of the diktats from the capital.", "diktats", "loaded"),
        ("The minister's lofty plans for the railway came to nothing.", "lofty plans", "loaded"),
        ("The killer virus spread through the region in weeks.", "killer virus", "emotive"),
        ("He is a career politician with no feel for the town.", "career politician", "label"),
        ("The mayor called the levy a stealth tax.", "stealth tax", "label"),
        ("The estate has become a no-go zone after dark.", "no-go zone", "loaded"),
        ("Years of mismanagement left the port short of cranes.", "mismanagement", "loaded"),
        ("The new tax would rob pensioners of their savings.", "rob", "loaded"),
        ("The board kept yammering about efficiency.", "yammering", "sensational"),
        ("The council tried to railroad the zoning change through.", "railroad", "loaded"),
    ],
)
def test_missed_families_are_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, category: str
) -> None:
    assert tagged(run(nlp, lexicon, text))[word].category == category


def test_the_label_a_speaker_gives_with_quote_marks_is_the_speakers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # the marks sit inside the label: no scare quote in the writer's voice
    result = run(nlp, lexicon, 'The mayor called the plan a "sham" on Monday.')
    assert [(t.text, t.category, t.voice, t.speaker) for t in result.tags] == [
        ("sham", "loaded", "quoted", "mayor")
    ]


def test_a_lawsuits_claims_are_legal_not_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    # the legal word is the subject up the clause, not a neighbour of the tagged word
    result = run(nlp, lexicon, "The lawsuit claims the company fraudulently inflated the value of its farms.")
    assert result.tags == []


def test_two_words_in_quote_marks_name_a_term(nlp: Language, lexicon: BiasLexicon) -> None:
    # marks around a phrase usually mention a term ("special bonds"); one marked word is the scare quote
    result = run(nlp, lexicon, "The council will issue “special bonds” to pay for the “humane” plan.")
    assert [(t.text, t.category) for t in result.tags] == [("humane", "scare-quote")]


def headline_tags(nlp: Language, lexicon: BiasLexicon, headline: str, body: str) -> list[tuple[str, str]]:
    """Headline tags as the pipeline makes them: the headline parsed beside its body."""
    from tasks.analysis import parse_headline
    from tasks.models import Article

    doc = nlp(body)
    parsed = parse_headline(nlp, Article(id="h", headline=headline, body=body), doc)
    result = tag_bias(doc, [], lexicon=lexicon, headline=parsed)
    tags = [t for t in result.tags if t.field == "headline"]
    assert all(headline[t.start : t.end] == t.text for t in tags)
    return [(t.text, t.voice) for t in tags]


def test_a_title_case_headline_is_read_in_sentence_case(nlp: Language, lexicon: BiasLexicon) -> None:
    # in title case the tagger takes every word for a name; the tags quote the headline as written
    tags = headline_tags(nlp, lexicon, "Brutal Regime Leaves Dozens Dead", "Police fired on the crowd.")
    assert tags == [("Brutal", "author"), ("Regime", "author")]


def test_single_quote_marks_in_a_headline_are_a_quotation(nlp: Language, lexicon: BiasLexicon) -> None:
    # "slams" is headline shorthand for "criticises" (the `headline` sense pass); "sham" is the mayor's word
    assert headline_tags(nlp, lexicon, "Mayor slams 'sham' inquiry", "The mayor spoke.") == [
        ("sham", "quoted")
    ]


def test_a_name_the_body_capitalises_is_a_name_in_the_headline(nlp: Language, lexicon: BiasLexicon) -> None:
    tags = headline_tags(nlp, lexicon, "Savages win again", "The Savages beat the Hurricanes on Saturday.")
    assert tags == []


def test_a_call_to_act_is_not_a_label(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tagged(run(nlp, lexicon, "The union called on the council to end the brutal cuts."))
    assert result["brutal"].voice == "author"


def test_the_writers_aside_inside_reported_speech_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    aside = tagged(
        run(nlp, lexicon, "The chairman claimed that his plan, which slashes aid, was inspired by faith.")
    )
    assert aside["slashes"].voice == "author"
    restrictive = tagged(run(nlp, lexicon, "The mayor said the plan that slashes aid would pass."))
    assert (restrictive["slashes"].voice, restrictive["slashes"].speaker) == ("quoted", "mayor")


def test_the_labeller_is_named_as_the_quote_layer_names_them(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Senator Jo Marsh spoke on Monday. Marsh called the inquiry a sham and said "we will fight on."'
    assert tagged(run(nlp, lexicon, body))["sham"].speaker == "Jo Marsh"


def test_a_paragraph_inside_a_longer_quotation_is_quoted(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor spoke after the vote.\n“This is a shameful plan.\n“We will fight it,” she said."
    tag = tagged(run(nlp, lexicon, body))["shameful"]
    assert tag.voice == "quoted"
    excerpt = tagged(run(nlp, lexicon, "The town is as shameful as ever.” The vote is on Monday."))
    assert excerpt["shameful"].voice == "quoted"


def test_sport_and_court_reports_keep_only_real_judgements(nlp: Language, lexicon: BiasLexicon) -> None:
    game = run(
        nlp,
        lexicon,
        "The Minnesota Wild beat the Calgary Flames 4-3. Wild winger Jo Hart scored twice, and the Wild "
        "killed off a late penalty.",
    )
    assert game.tags == []  # "Wild" opening a sentence is the team named elsewhere in the report
    court = run(
        nlp,
        lexicon,
        "The landlord, who goes on trial in March, denied the claims. It was a travesty.",
    )
    assert [t.text for t in court.tags] == ["travesty"]  # the claims are a lawsuit's: legal anywhere in it


def test_labels_in_a_relative_clause_and_after_a_second_verb(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(
        nlp,
        lexicon,
        "Minister Pavel Orlov branded the boycott as treachery and accused the opposition of spreading lies.",
        "Opposition boycotts vote it calls a sham",
    )
    voices = {(t.field, t.text): (t.voice, t.speaker) for t in result.tags}
    assert voices[("headline", "sham")] == ("quoted", None)
    assert voices[("body", "lies")] == ("quoted", "Pavel Orlov")


def test_each_withheld_hit_is_recorded_with_its_pass(nlp: Language, lexicon: BiasLexicon) -> None:
    from tasks.bias import Vetoed

    vetoed: list[Vetoed] = []
    doc = nlp("The Crushers beat the Savages, and the tissue was inflamed.")
    tag_bias(doc, [], lexicon=lexicon, vetoed=vetoed)
    assert [(v.sense, v.rule, doc[v.start : v.end].text) for v in vetoed] == [
        ("name", "savage", "Savages"),  # two entries reach the word: each hit is withheld
        ("name", "savages", "Savages"),
        ("literal", "inflame", "inflamed"),
    ]


# ---------------------------------------- 2026.12.04 families: conflict, opportunism, character


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("The governor took aim at the new tax on Monday.", "took aim at", "sensational"),
        ("Rivals were quick to seize on the gaffe.", "seize on", "loaded"),
        ("The challenger toppled the veteran senator in the primary.", "toppled", "sensational"),
        ("The two parties are locked in a war of words over the budget.", "war of words", "sensational"),
        ("The minister was adamant that the plan would go ahead.", "adamant", "loaded"),
        ("She remained unrepentant about the vote.", "unrepentant", "loaded"),
        ("The governor is a lame duck with a year left in office.", "lame duck", "label"),
        ("The union was conspicuously silent about the deal.", "conspicuously", "loaded"),
    ],
)
def test_conflict_opportunism_and_character_families_are_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, category: str
) -> None:
    tag = tagged(run(nlp, lexicon, text))[word]
    assert (tag.category, tag.voice) == (category, "author")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Customs officers seized on Tuesday two tonnes of cocaine hidden in a ship.", "seized on"),
        ("The storm toppled trees across the county.", "toppled"),
        ("The sniper took aim at the convoy from a rooftop.", "took aim at"),
        ("Residents scrambled to safety as the water rose.", "scrambled to"),
        ("Two people died in a fiery crash on the motorway.", "fiery"),
    ],
)
def test_literal_senses_of_the_new_families_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in tagged(run(nlp, lexicon, text))


# ---------------------------------------------------------------- families of speech, demeanour and deals


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor quipped that the budget was in good hands.", "quipped"),
        ("The treasurer complained about the delay for an hour.", "complained"),
        ("The council signed a sweetheart deal with the developer.", "sweetheart deal"),
        ("The deputy was a flunky who never questioned the boss.", "flunky"),
        ("The senator grew evasive when asked about the donations.", "evasive"),
        ("The mayor was accused of a bait and switch on the housing plan.", "bait and switch"),
        ("The two candidates sparred over taxes for an hour.", "sparred"),
        ("Lawmakers watered down the bill before the vote.", "watered down"),
    ],
)
def test_new_families_are_tagged(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word in tagged(run(nlp, lexicon, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new strain is more immune evasive than the last one.", "evasive"),  # medical
        ("She hailed a taxi outside the station.", "hailed"),  # literal hailing
        ("The patient complained of chest pain on arrival.", "complained"),  # a symptom
        ("The rally was broadcast on Big Brother's sister channel.", "big brother"),  # a show's name
        ("The boxer sparred with his coach before the match.", "sparred"),  # sport
        ("They spent a cozy evening by the fire at home.", "cozy"),  # a home
    ],
)
def test_new_families_keep_their_literal_senses(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in tagged(run(nlp, lexicon, text))


# ---------------------------------------------------------------- contempt for wits, talk and motives


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor's buffoonish speech embarrassed his allies.", "buffoonish"),
        ("The cack-handed rollout left families without payments.", "cack-handed"),
        ("The senator lined the pockets of his donors with the tax break.", "lined the pockets"),
        ("The mayor trotted out the same excuses about the budget.", "trotted out"),
        ("Her plan is mumbo-jumbo dressed up as economics.", "mumbo-jumbo"),
        ("The paper ran a puff piece about the chairman.", "puff piece"),
        ("The firm cooked up a story to explain the losses.", "cooked up"),
        ("The senator resorted to scare tactics about the pension plan.", "scare tactics"),
    ],
)
def test_contempt_families_are_tagged(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    tag = tagged(run(nlp, lexicon, text))[word]
    assert tag.voice == "author"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chef cooked up a meal for the visiting team.", "cooked up"),  # a meal
        ("The clinic diagnosed him with a psychopathic disorder.", "psychopathic"),  # a diagnosis
        ("The book is a hagiography of a medieval saint.", "hagiography"),  # lives of saints
        ("Water began to trickle down the wall of the cellar.", "trickle down"),  # water
    ],
)
def test_contempt_families_keep_their_literal_senses(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in tagged(run(nlp, lexicon, text))


def test_a_label_joined_to_a_reported_clause_of_another_form_is_the_reporters(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    text = (
        "Senator Ruth Cole said on Monday that the rebels were shelling the city and called the truce a sham."
    )
    tag = tagged(run(nlp, lexicon, text))["sham"]
    assert (tag.voice, tag.speaker) == ("quoted", "Ruth Cole")
