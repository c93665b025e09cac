"""tasks/bias/: bias-language tags, their voice and speaker, and the scores."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import LEXICON_DIR
from tasks.bias import AUTHOR_THRESHOLD, BIASED_THRESHOLD, INDIRECT_FACTOR, lexicon_matches, tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tasks.models import BiasResult, BiasTag, Quote, QuoteKind, Speaker
from tasks.quotes import quotes

NETANYAHU = Speaker(text="Benjamin Netanyahu", canonical="Benjamin Netanyahu")
QISHTA = Speaker(text="Muhanad Ahmad Qishta", canonical="Muhanad Ahmad Qishta")
TERROR_QUOTE = "a passage that was essential for establishing its reign of terror"
GENOCIDAL_CLAUSE = "Israel has killed more than 34,500 Palestinians in its genocidal war"
HEALTH_OFFICIALS = Speaker(text="Gaza's local health officials", canonical="Gaza's local health officials")
CLAIMS_QUOTE = (
    "Rafah is a witnessing a very large displacement, as places the Israeli army claims to be safe are also "
    "being bombed,"
)


@pytest.fixture()
def small_lexicon(tmp_path: Path) -> BiasLexicon:
    """A lexicon of three entries, so scores are easy to work out by hand."""
    (tmp_path / "bias.yaml").write_text(
        """\
version: "small-1"
categories:
  loaded: {reason: "loaded word: {who} '{text}'"}
  intensifier: {reason: "intensifier: {who} '{text}'"}
  scare-quote: {reason: "scare quotes: {who} marks around '{text}'", severity: 2}
speech_verbs: [say, tell, describe]
sourcing_cues: [according to]
negators: [not, never]
entries:
  - {term: brutal, category: loaded, severity: 2, neutral: harsh, forms: [brutally, brutality]}
  - {term: vicious, category: loaded, severity: 3, neutral: null}
  - {term: extreme, category: intensifier, severity: 1, neutral: severe}
""",
        encoding="utf-8",
    )
    return load_bias_lexicon(tmp_path)


def quote(text: str, fragment: str, speaker: Speaker | None, kind: QuoteKind = "direct") -> Quote:
    """A hand-made extractor quote covering ``fragment`` in ``text``."""
    start = text.index(fragment)
    return Quote(text=fragment, start=start, end=start + len(fragment), kind=kind, speaker=speaker)


def tags_for(result: BiasResult, text: str) -> list[BiasTag]:
    return [t for t in result.tags if t.text.lower() == text.lower()]


def one_tag(result: BiasResult, text: str) -> BiasTag:
    found = tags_for(result, text)
    assert len(found) == 1, (text, [t.text for t in result.tags])
    return found[0]


# ---------------------------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_quotes(seed_text: str) -> list[Quote]:
    return [
        quote(seed_text, TERROR_QUOTE, NETANYAHU, "partial"),
        quote(seed_text, CLAIMS_QUOTE, QISHTA),
        # What the extractor makes of "..., according to Gaza's local health officials": it sources the
        # figure, not the wording, so "genocidal" stays the author's.
        quote(seed_text, GENOCIDAL_CLAUSE, HEALTH_OFFICIALS, "indirect").model_copy(
            update={"verb": "according to"}
        ),
    ]


@pytest.fixture(scope="module")
def seed_result(seed_doc: Doc, seed_quotes: list[Quote], lexicon: BiasLexicon) -> BiasResult:
    return tag_bias(seed_doc, seed_quotes, lexicon=lexicon)


def test_seed_genocidal_is_the_authors(seed_result: BiasResult) -> None:
    tag = one_tag(seed_result, "genocidal")
    assert tag.voice == "author"
    assert tag.speaker is None
    assert tag.category == "accusatory"
    assert "the author's 'genocidal'" in tag.reason


def test_seed_reign_of_terror_is_netanyahus(seed_result: BiasResult, seed_text: str) -> None:
    [tag] = [t for t in seed_result.tags if "terror" in t.text.lower()]
    assert tag.text == "reign of terror"
    assert seed_text[tag.start : tag.end] == tag.text
    assert tag.voice == "quoted"
    assert tag.speaker == "Benjamin Netanyahu"
    assert "Benjamin Netanyahu's" in tag.reason


def test_seed_brutal_in_first_sentence_is_the_authors(seed_result: BiasResult, seed_text: str) -> None:
    tag = one_tag(seed_result, "brutal")
    assert tag.start < seed_text.index("\n")
    assert tag.voice == "author"
    assert tag.category == "loaded"
    assert tag.neutral
    first = seed_result.sentences[0]
    assert first.start == 0
    assert first.biased


def test_seed_claims_is_qishtas(seed_result: BiasResult) -> None:
    tag = one_tag(seed_result, "claims")
    assert tag.category == "epistemic-doubt"
    assert tag.voice == "quoted"
    assert tag.speaker == "Muhanad Ahmad Qishta"
    assert tag.rule == "claim/VERB"


def test_seed_unattributed_quotation_is_quoted_without_speaker(seed_result: BiasResult) -> None:
    # Qishta's first quote was not passed in as a Quote: the quote marks alone make it quoted speech.
    tag = one_tag(seed_result, "indiscriminately")
    assert (tag.voice, tag.speaker) == ("quoted", None)
    assert "a quoted source's" in tag.reason


def test_seed_offsets_and_order(seed_result: BiasResult, seed_text: str) -> None:
    assert seed_result.tags == sorted(seed_result.tags, key=lambda t: (t.start, t.end))
    for tag in seed_result.tags:
        assert seed_text[tag.start : tag.end] == tag.text
        assert tag.rule and tag.reason and tag.weight > 0


def test_seed_has_no_scare_quotes(seed_result: BiasResult) -> None:
    # Every short quotation in the seed ("catastrophic", "decisive", "last chance", "far") has a speech verb.
    assert "scare-quote" not in seed_result.counts


def test_seed_scores_are_consistent(seed_result: BiasResult, seed_doc: Doc) -> None:
    author = sum(t.weight for t in seed_result.tags if t.voice == "author")
    quoted = sum(t.weight for t in seed_result.tags if t.voice == "quoted")
    words = sum(1 for t in seed_doc if not (t.is_punct or t.is_space))
    assert seed_result.author_score == pytest.approx(1000 * author / words, abs=1e-3)
    assert seed_result.quoted_score == pytest.approx(1000 * quoted / words, abs=1e-3)
    assert seed_result.score == pytest.approx(seed_result.author_score + seed_result.quoted_score, abs=2e-3)
    assert sum(seed_result.counts.values()) == len(seed_result.tags)
    assert len(seed_result.sentences) == len(list(seed_doc.sents))
    assert sum(s.score for s in seed_result.sentences) == pytest.approx(author + quoted, abs=1e-2)
    for s in seed_result.sentences:
        author = sum(t.weight for t in seed_result.tags if t.voice == "author" and s.start <= t.start < s.end)
        assert s.biased == (s.score >= BIASED_THRESHOLD or author >= AUTHOR_THRESHOLD)


# ------------------------------------------------------------------------------- hand-written sentences


def test_claims_inside_a_quote_is_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    text = f'"{CLAIMS_QUOTE}" Qishta told AFP.'
    result = tag_bias(nlp(text), [quote(text, CLAIMS_QUOTE, QISHTA)], lexicon=lexicon)
    tag = one_tag(result, "claims")
    assert (tag.category, tag.voice, tag.speaker) == ("epistemic-doubt", "quoted", "Muhanad Ahmad Qishta")
    assert tag.weight == 0.5  # severity 1, halved in a quotation


def test_claims_in_the_narrative_is_the_authors(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "Displaced families fled again as places the Israeli army claims to be safe were also bombed."
    result = tag_bias(nlp(text), [], lexicon=lexicon)
    tag = one_tag(result, "claims")
    assert (tag.category, tag.voice, tag.speaker) == ("epistemic-doubt", "author", None)
    assert tag.weight == 1.0  # severity 1: the subjectivity gate decides
    assert tag.reason.startswith("doubt-casting attribution verb: the author's 'claims' suggests")
    assert tag.neutral == "say"
    assert result.sentences[0].biased


@pytest.mark.parametrize(
    "text",
    [
        "The company paid out insurance claims worth millions after the floods.",
        "Hamas claimed responsibility for the attack.",
        "The storm claimed 20 lives in the north.",
    ],
)
def test_claim_senses_that_cast_no_doubt(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    result = tag_bias(nlp(text), [], lexicon=lexicon)
    assert not [t for t in result.tags if t.rule == "claim/VERB"]


def test_indirect_quote_is_quoted_unless_it_only_sources_a_fact(
    nlp: Language, small_lexicon: BiasLexicon
) -> None:
    text = "Police said the brutal raid left ten dead. The brutal raid left ten dead, according to police."
    police = Speaker(text="Police", canonical="police")
    said = quote(text, "the brutal raid left ten dead", police, "indirect").model_copy(
        update={"verb": "said"}
    )
    according = quote(text, "The brutal raid left ten dead", police, "indirect").model_copy(
        update={"verb": "according to"}
    )
    result = tag_bias(nlp(text), [said, according], lexicon=small_lexicon)
    assert [(t.voice, t.speaker) for t in result.tags] == [("quoted", "police"), ("author", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The council approved a new regime of parking fees.",
        "The sanctions regime was tightened in March.",
        "He was admitted to hospital with a knee injury.",
        "The striker conceded a penalty in the 80th minute.",
        "She slammed the door and left.",
        "A blast hit the market on Monday.",
        "Supplies are supposed to arrive on Friday.",
    ],
)
def test_neutral_senses_are_not_tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert tag_bias(nlp(text), [], lexicon=lexicon).tags == []


def test_historical_reign_of_terror_is_not_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    doc = nlp("Robespierre was executed in 1794, ending the Reign of Terror.")
    assert tag_bias(doc, [], lexicon=lexicon).tags == []


def test_lowercase_reign_of_terror_is_one_tag(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("The militia's reign of terror lasted a decade."), [], lexicon=lexicon)
    [tag] = [t for t in result.tags if "terror" in t.text]
    assert (tag.text, tag.rule, tag.voice) == ("reign of terror", "reign of terror", "author")


def test_terror_alone_is_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    tag = one_tag(tag_bias(nlp("Terror spread through the camp."), [], lexicon=lexicon), "terror")
    assert tag.rule == "terror"


def test_morphology_and_forms(nlp: Language, small_lexicon: BiasLexicon) -> None:
    doc = nlp("Police brutally dispersed the march. Witnesses described the brutality. It was brutal.")
    result = tag_bias(doc, [], lexicon=small_lexicon)
    assert [t.text for t in result.tags] == ["brutally", "brutality", "brutal"]
    assert {t.rule for t in result.tags} == {"brutal"}


def test_multiword_expression(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("The so-called peace plan was unveiled."), [], lexicon=lexicon)
    assert one_tag(result, "so-called").category == "epistemic-doubt"


def test_pos_limit(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("A blast hit the market. The minister blasted the plan."), [], lexicon=lexicon)
    assert [t.text for t in result.tags] == ["blasted"]


def test_negation_halves_the_weight(nlp: Language, small_lexicon: BiasLexicon) -> None:
    plain = one_tag(tag_bias(nlp("The crackdown was brutal."), [], lexicon=small_lexicon), "brutal")
    negated = one_tag(tag_bias(nlp("The crackdown was not brutal."), [], lexicon=small_lexicon), "brutal")
    assert plain.weight == 2.0
    assert negated.weight == 1.0
    assert "negated by 'not'" in negated.reason


def test_author_words_weigh_more_than_quoted(nlp: Language, small_lexicon: BiasLexicon) -> None:
    text = 'The vicious raid ended. "It was vicious," said Ana Diaz.'
    diaz = Speaker(text="Ana Diaz", canonical="Ana Diaz")
    result = tag_bias(nlp(text), [quote(text, "It was vicious,", diaz)], lexicon=small_lexicon)
    author, quoted = result.tags
    assert (author.voice, author.weight) == ("author", 3.0)
    assert (quoted.voice, quoted.speaker, quoted.weight) == ("quoted", "Ana Diaz", 1.5)
    assert [s.biased for s in result.sentences] == [True, False]
    assert result.author_score > result.quoted_score > 0


def test_scare_quotes(nlp: Language, small_lexicon: BiasLexicon) -> None:
    text = 'The army described its "humane" evacuation. The "humane" evacuation began at dawn.'
    result = tag_bias(nlp(text), [], lexicon=small_lexicon)
    [tag] = result.tags  # the first pair has a speech verb: a partial quotation, not scare quotes
    assert (tag.text, tag.category, tag.voice, tag.speaker) == ("humane", "scare-quote", "author", None)
    assert tag.start == text.rindex("humane")
    assert tag.weight == 2.0
    assert result.counts == {"scare-quote": 1}


def test_words_in_scare_quotes_are_quoted(nlp: Language, small_lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp('The "extreme" measures were lifted.'), [], lexicon=small_lexicon)
    by_category = {t.category: t for t in result.tags}
    assert by_category["scare-quote"].voice == "author"
    assert (by_category["intensifier"].voice, by_category["intensifier"].speaker) == ("quoted", None)


def test_names_in_quote_marks_are_not_scare_quotes(nlp: Language, small_lexicon: BiasLexicon) -> None:
    assert tag_bias(nlp('The army launched "Iron Dome" drills.'), [], lexicon=small_lexicon).tags == []


def test_quote_marks_attributed_to_an_overlapping_quote(nlp: Language, small_lexicon: BiasLexicon) -> None:
    # The extractor's span may leave out part of the marked text; the marks still carry its speaker.
    text = 'Ana Diaz said the raid was "brutal and extreme."'
    q = quote(text, "brutal", Speaker(text="Ms Diaz", canonical="Ana Diaz"), "partial")
    result = tag_bias(nlp(text), [q], lexicon=small_lexicon)
    assert [(t.text, t.voice, t.speaker) for t in result.tags] == [
        ("brutal", "quoted", "Ana Diaz"),
        ("extreme", "quoted", "Ana Diaz"),
    ]


def test_empty_result(nlp: Language, small_lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("The talks resumed in Cairo on Wednesday."), [], lexicon=small_lexicon)
    assert result.tags == [] and result.counts == {}
    assert result.score == result.author_score == result.quoted_score == 0.0
    assert [s.biased for s in result.sentences] == [False]


def test_lexicon_matches_prefers_the_longest(nlp: Language, lexicon: BiasLexicon) -> None:
    doc = nlp("The camp saw a very large influx.")
    [m] = lexicon_matches(doc, lexicon=lexicon)
    assert (doc[m.start : m.end].text, m.entry.id) == ("very large", "very large")


# ------------------------------------------------------------------ the seed, through the real extractor


@pytest.fixture(scope="module")
def seed_extracted(seed_doc: Doc, lexicon: BiasLexicon) -> BiasResult:
    ents = entities(seed_doc)
    found = quotes(seed_doc, ents, cues=load_reporting_verbs(LEXICON_DIR))
    return tag_bias(seed_doc, found, lexicon=lexicon)


def test_seed_extracted_voices(seed_extracted: BiasResult) -> None:
    genocidal = one_tag(seed_extracted, "genocidal")
    assert (genocidal.voice, genocidal.speaker, genocidal.weight) == ("author", None, 3.0)
    terror = one_tag(seed_extracted, "reign of terror")
    assert (terror.voice, terror.speaker) == ("quoted", "Benjamin Netanyahu")
    chance = one_tag(seed_extracted, "last chance")
    assert (chance.voice, chance.speaker) == ("quoted", "senior Hamas official")
    claims = one_tag(seed_extracted, "claims")
    assert (claims.category, claims.voice, claims.speaker) == (
        "epistemic-doubt",
        "quoted",
        "Muhanad Ahmad Qishta",
    )


def test_seed_every_tag_is_explained(seed_extracted: BiasResult, seed_text: str) -> None:
    for tag in seed_extracted.tags:
        assert seed_text[tag.start : tag.end] == tag.text
        assert tag.rule and tag.weight > 0
        assert f"'{tag.text}'" in tag.reason


def test_seed_no_tags_on_reporting_verbs_or_names(seed_doc: Doc, seed_extracted: BiasResult) -> None:
    texts = {t.text.lower() for t in seed_extracted.tags}
    assert not texts & {"said", "told", "says", "say", "tell", "reported", "according"}
    names = [e for e in entities(seed_doc) if e.label in {"GPE", "ORG", "LOC", "FAC", "NORP", "PERSON"}]
    for tag in seed_extracted.tags:
        assert not any(e.start < tag.end and tag.start < e.end for e in names), (tag.text, tag.rule)


def test_seed_article_scores_keep_voices_apart(seed_extracted: BiasResult) -> None:
    assert seed_extracted.author_score > 0 and seed_extracted.quoted_score > 0
    assert sum(seed_extracted.counts.values()) == len(seed_extracted.tags)
    assert seed_extracted.sentences[0].biased  # "its brutal offense"


# ------------------------------------------------------------------------------ reported (indirect) speech


def test_indirect_speech_is_quoted_at_an_intermediate_weight(
    nlp: Language, small_lexicon: BiasLexicon
) -> None:
    text = "Police said the brutal raid left ten dead."
    police = Speaker(text="Police", canonical="police")
    said = quote(text, "the brutal raid left ten dead", police, "indirect").model_copy(
        update={"verb": "said"}
    )
    [tag] = tag_bias(nlp(text), [said], lexicon=small_lexicon).tags
    assert (tag.voice, tag.speaker) == ("quoted", "police")
    assert tag.weight == 2 * INDIRECT_FACTOR
    assert "reported speech" in tag.reason
    direct = 2 * 0.5
    assert direct < tag.weight < 2.0  # between a direct quotation and the author's own words


def test_quote_marks_inside_reported_speech_are_direct(nlp: Language, small_lexicon: BiasLexicon) -> None:
    text = 'Diaz said the raid was "brutal" and the response extreme.'
    diaz = Speaker(text="Diaz", canonical="Ana Diaz")
    indirect = quote(text, 'the raid was "brutal" and the response extreme', diaz, "indirect")
    partial = quote(text, "brutal", diaz, "partial")
    result = tag_bias(nlp(text), [indirect, partial], lexicon=small_lexicon)
    by_text = {t.text: t for t in result.tags}
    assert by_text["brutal"].weight == 1.0 and "reported speech" not in by_text["brutal"].reason
    assert by_text["extreme"].weight == INDIRECT_FACTOR and by_text["extreme"].speaker == "Ana Diaz"


# ---------------------------------------------------------------------------------- the sentence decision


def test_one_author_word_flags_a_sentence_one_quoted_word_does_not(
    nlp: Language, small_lexicon: BiasLexicon
) -> None:
    text = 'The extreme plan passed. "It is vicious," Ana Diaz said. "Brutal and vicious," Diaz added.'
    diaz = Speaker(text="Ana Diaz", canonical="Ana Diaz")
    found = [quote(text, "It is vicious,", diaz), quote(text, "Brutal and vicious,", diaz)]
    result = tag_bias(nlp(text), found, lexicon=small_lexicon)
    assert [s.biased for s in result.sentences] == [True, False, True]
    assert [s.score for s in result.sentences] == [1.0, 1.5, 2.5]


# --------------------------------------------------------------------- one tag per category, own sentences


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("The plan is absurd, and the senator walked out.", "absurd", "loaded"),
        ("The mayor's idiotic remarks drew a rebuke.", "idiotic", "loaded"),
        ("Residents endured a harrowing night.", "harrowing", "emotive"),  # voice9: "described" reports
        ("The army carried out a massacre in the village.", "massacre", "accusatory"),
        ("The far-left group marched downtown.", "far-left", "label"),
        ("The regime arrested three reporters.", "regime", "label"),
        ("The governor slammed the ruling on Friday.", "slammed", "sensational"),
        ("The minister lashed out at the unions.", "lashed out", "sensational"),
        # bbcprec: on a verb ("prices rose drastically") a degree adverb says how much (the degree pass)
        ("The cuts were drastically deeper than planned.", "drastically", "intensifier"),
        ("The report falsely links the vaccine to autism.", "falsely", "epistemic-doubt"),
        ("The so-called reform passed.", "so-called", "epistemic-doubt"),
        ("The company confessed that the data was lost.", "confessed", "factive"),
        ("The plan is clearly a failure.", "clearly", "assertive"),
        ("The minister reportedly resigned on Monday.", "reportedly", "hedge"),
        ("Critics say the law goes too far.", "Critics say", "weasel"),
        ("The strike caused collateral damage in the town.", "collateral damage", "euphemism"),
    ],
)
def test_each_category(nlp: Language, lexicon: BiasLexicon, text: str, word: str, category: str) -> None:
    result = tag_bias(nlp(text), [], lexicon=lexicon)
    tag = one_tag(result, word)
    assert tag.category == category
    assert tag.voice == "author" and tag.speaker is None
    assert f"'{tag.text}'" in tag.reason and tag.rule


def test_tags_name_a_neutral_alternative(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("The militants slammed the truce."), [], lexicon=lexicon)
    assert {t.text: t.neutral for t in result.tags} == {"militants": "fighter", "slammed": "criticise"}


# ------------------------------------------------------------------------------------------------ senses


@pytest.mark.parametrize(
    "text",
    [
        "The army launched an offensive in the north.",
        "Russia's invasion of Ukraine began in February 2022.",
        "The volcano erupted on Sunday, sending ash over the island.",
        "Doctors told him to lie down for an hour.",
        "The parasite infects the gut of its host.",
        "A bomb exploded near the market.",
        "The hijackers took control of the plane.",
        "Aid agencies prepared for the natural disaster season.",
        "The horror film opened on Friday.",
        "Rain is expected to flood the river valley.",
    ],
)
def test_literal_senses_are_not_tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert tag_bias(nlp(text), [], lexicon=lexicon).tags == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The candidate lied about his record.", "lied"),
        ("Critics fear an invasion of migrants, the campaign ad said.", "invasion"),
        ("Pundits say the bill was rammed through.", "rammed through"),
    ],
)
def test_figurative_senses_are_tagged(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert tags_for(tag_bias(nlp(text), [], lexicon=lexicon), word)


def test_negated_word_is_tagged_at_half_weight(nlp: Language, lexicon: BiasLexicon) -> None:
    tag = one_tag(tag_bias(nlp("The ruling was not absurd."), [], lexicon=lexicon), "absurd")
    assert tag.weight == 1.0 and "negated by 'not'" in tag.reason


# ---------------------------------------------------------------------------------- one-sided framing


def test_one_sided_framing(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The militants fired rockets at dawn. Government fighters returned fire."
    result = tag_bias(nlp(text), [], lexicon=lexicon)
    # The framing is evidence about the loaded word: it goes on that word's one tag, not a second tag.
    [tag] = [t for t in result.tags if t.text == "militants"]
    assert (tag.rule, tag.voice, tag.neutral, tag.one_sided) == ("militant", "author", "fighter", True)
    assert "one-sided framing" in tag.reason and "'fighters'" in tag.reason
    assert "one-sided" not in result.counts
    alone = tag_bias(nlp("The militants fired rockets at dawn."), [], lexicon=lexicon)
    [plain] = [t for t in alone.tags if t.text == "militants"]
    assert not plain.one_sided and plain.weight == tag.weight


def test_one_sided_needs_the_neutral_word_in_the_authors_voice(nlp: Language, lexicon: BiasLexicon) -> None:
    text = 'The militants fired rockets at dawn. "Our fighters returned fire," a commander said.'
    commander = Speaker(text="a commander", canonical="commander", anonymous=True)
    found = [quote(text, "Our fighters returned fire,", commander)]
    result = tag_bias(nlp(text), found, lexicon=lexicon)
    assert not any(t.one_sided for t in result.tags)


# ------------------------------------------------------------------------- fields, derivations and rules


def test_seed_tags_carry_severity_lemma_and_flags(seed_extracted: BiasResult) -> None:
    genocidal = one_tag(seed_extracted, "genocidal")
    assert (genocidal.severity, genocidal.lemma, genocidal.negated, genocidal.reported) == (
        3,
        "genocidal",
        False,
        False,
    )
    terror = one_tag(seed_extracted, "reign of terror")
    assert (terror.severity, terror.lemma, terror.reported) == (3, "reign of terror", False)
    assert all(t.severity is not None and 1 <= t.severity <= 3 for t in seed_extracted.tags)


def test_seed_sentence_author_scores(seed_extracted: BiasResult, seed_text: str) -> None:
    genocidal = one_tag(seed_extracted, "genocidal")
    sentence = next(s for s in seed_extracted.sentences if s.start <= genocidal.start < s.end)
    assert sentence.author_score >= 3.0 and sentence.biased
    for s in seed_extracted.sentences:
        assert 0.0 <= s.author_score <= s.score


def test_negated_and_reported_flags(nlp: Language, small_lexicon: BiasLexicon) -> None:
    text = "The raid was not brutal. Ahmed said the police were vicious."
    found = [quote(text, "the police were vicious", Speaker(text="Ahmed", canonical="Ahmed"), "indirect")]
    result = tag_bias(nlp(text), found, lexicon=small_lexicon)
    brutal, vicious = one_tag(result, "brutal"), one_tag(result, "vicious")
    assert (brutal.negated, brutal.reported, brutal.voice) == (True, False, "author")
    assert (vicious.negated, vicious.reported, vicious.voice, vicious.speaker) == (
        False,
        True,
        "quoted",
        "Ahmed",
    )
    assert vicious.weight == 3 * INDIRECT_FACTOR
    first, second = result.sentences
    assert first.author_score == brutal.weight and second.author_score == 0.0


def test_derivations_reach_adverbs_and_nouns(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The minister angrily defended the plan, and critics mocked the callousness of its authors."
    result = tag_bias(nlp(text), [], lexicon=lexicon)
    callousness = one_tag(result, "callousness")
    assert (callousness.lemma, callousness.rule) == ("callous", "callous+ness")
    assert "-ness form of 'callous'" in callousness.reason


def test_derivation_skips_entries_limited_to_other_pos(nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "bias.yaml").write_text(
        """\
version: "d-1"
categories:
  loaded: {reason: "loaded: {who} '{text}'"}
derivations:
  - {suffix: ly, bases: [""], pos: [ADV]}
  - {suffix: ness, bases: [""], pos: [NOUN]}
entries:
  - {term: harsh, category: loaded, severity: 2}
  - {term: cold, category: loaded, severity: 1, pos: [NOUN]}
""",
        encoding="utf-8",
    )
    lexicon = load_bias_lexicon(tmp_path)
    result = tag_bias(
        nlp("She spoke harshly, and with coldness, about the harshness of winter."), [], lexicon=lexicon
    )
    assert {t.text for t in result.tags} == {"harshly", "harshness"}


def test_short_bases_are_never_derived(lexicon: BiasLexicon) -> None:
    assert lexicon.derived("early", "ADV") is None
    assert lexicon.derived("only", "ADV") is None
    found = lexicon.derived("brutally", "ADV")
    assert found is not None and found[1:] == ("brutal", "ly")


def test_intensifier_before_a_loaded_word(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("It was a deeply callous decision."), [], lexicon=lexicon)
    deeply = one_tag(result, "deeply")
    assert (deeply.category, deeply.rule, deeply.voice) == ("intensifier", "intensified:callous", "author")
    assert "'callous'" in deeply.reason
    assert (deeply.severity, deeply.weight, deeply.lemma) == (1, 1.0, "deeply")


def test_intensifier_alone_is_not_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("It was a very long meeting."), [], lexicon=lexicon)
    assert not tags_for(result, "very")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The gun-loving crowd cheered.", "gun-loving"),
        ("A group of Trump-hating activists marched.", "Trump-hating"),
        ("The Trump-worshipping base stayed loyal.", "Trump-worshipping"),
    ],
)
def test_compound_epithets(nlp: Language, lexicon: BiasLexicon, text: str, phrase: str) -> None:
    tag = one_tag(tag_bias(nlp(text), [], lexicon=lexicon), phrase)
    assert (tag.category, tag.voice, tag.severity) == ("epithet", "author", 2)


def test_hyphen_with_spaces_is_not_an_epithet(nlp: Language, lexicon: BiasLexicon) -> None:
    result = tag_bias(nlp("The team - loving every minute - won."), [], lexicon=lexicon)
    assert not [t for t in result.tags if t.category == "epithet"]


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("The senator doubled down on his remarks.", "doubled down", "sensational"),
        ("The governor lashed out at reporters.", "lashed out", "sensational"),
        ("The sanctimonious memo went unanswered.", "sanctimonious", "loaded"),
        ("The spineless committee folded.", "spineless", "loaded"),
        ("Sadly, the bill failed.", "Sadly", "loaded"),
        ("The plan rests on the obvious fact that prices rose.", "obvious", "assertive"),
        ("The radical, far-left proposal drew fire.", "far-left", "label"),
    ],
)
def test_more_families(nlp: Language, lexicon: BiasLexicon, text: str, word: str, category: str) -> None:
    tag = one_tag(tag_bias(nlp(text), [], lexicon=lexicon), word)
    assert tag.category == category and tag.voice == "author"


def test_claim_noun_casts_doubt_but_not_insurance_claims(nlp: Language, lexicon: BiasLexicon) -> None:
    doubt = tag_bias(nlp("The claim that the vote was rigged spread online."), [], lexicon=lexicon)
    assert one_tag(doubt, "claim").category == "epistemic-doubt"
    # Owned by someone, it reports their statement (the `owned` sense pass, test_bias_straight.py).
    owned = tag_bias(nlp("His claim that the vote was rigged spread online."), [], lexicon=lexicon)
    assert not tags_for(owned, "claim")
    neutral = tag_bias(nlp("Insurance claims rose after the storm."), [], lexicon=lexicon)
    assert not tags_for(neutral, "claims")


@pytest.mark.parametrize(
    "text",
    [
        "Forecasters warned of extreme weather across the region.",
        "The video sparked public outrage in the city.",
        "The plan would wipe out student loan debt for most borrowers.",
        "Police said the man allegedly fired at officers.",
        "He was charged with third-degree murder.",
        "Thousands marched against police brutality on Saturday.",
        "The city was on alert after a terrorist attack last year.",
        "The committee published its agenda for the meeting.",
        "Elite troops guarded the palace.",
    ],
)
def test_technical_and_reporting_senses_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    assert tag_bias(nlp(text), [], lexicon=lexicon).tags == []


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("The extreme proposal drew criticism.", "extreme", "intensifier"),
        ("Outraged residents packed the hall.", "Outraged", "emotive"),
        ("The army threatened to wipe out the villages.", "wipe out", "sensational"),
        ("It is alleged that the minister's plan was never published.", "alleged", "epistemic-doubt"),
        ("The senator blamed the Wuhan virus for the slump.", "Wuhan virus", "label"),
        ("The stubborn senator refused to budge.", "stubborn", "loaded"),
        ("Never Trumpers gathered in the capital.", "Never Trumpers", "label"),
        ("The senator pushed a radical agenda on schools.", "agenda", "loaded"),
        ("The media elite ignored the vote.", "elite", "label"),
    ],
)
def test_same_words_in_their_loaded_senses(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, category: str
) -> None:
    tag = one_tag(tag_bias(nlp(text), [], lexicon=lexicon), word)
    assert tag.category == category and tag.voice == "author"


def test_a_term_naming_the_next_noun_is_not_a_scare_quote(nlp: Language, small_lexicon: BiasLexicon) -> None:
    assert tag_bias(nlp('The state passed a "red flag" law in May.'), [], lexicon=small_lexicon).tags == []
    result = tag_bias(nlp('The "experts" disagreed with each other.'), [], lexicon=small_lexicon)
    assert [(t.text, t.category) for t in result.tags] == [("experts", "scare-quote")]


def test_real_floods_are_not_loaded_but_a_flood_of_migrants_is(nlp: Language, lexicon: BiasLexicon) -> None:
    literal = (
        "The river burst its banks and the floods reached the town. The flood defences held, and a flood "
        "warning stays in place after the 2019 floods."
    )
    assert tag_bias(nlp(literal), [], lexicon=lexicon).tags == []
    tag = one_tag(
        tag_bias(nlp("A flood of migrants reached the border."), [], lexicon=lexicon), "flood of migrants"
    )
    assert tag.category == "loaded" and tag.voice == "author" and tag.neutral == "arrival of migrants"
    # what a warning is of is the warner's word
    warned = "The minister warned of a flood of migrants at the border."
    tag = one_tag(tag_bias(nlp(warned), [], lexicon=lexicon), "flood of migrants")
    assert (tag.category, tag.voice, tag.speaker) == ("loaded", "quoted", "minister")


@pytest.fixture()
def idiom_lexicon(tmp_path: Path) -> BiasLexicon:
    """Idioms with a possessive and a reflexive slot."""
    (tmp_path / "bias.yaml").write_text(
        """\
version: "idioms-1"
categories:
  loaded: {reason: "loaded word: {who} '{text}'"}
entries:
  - {term: "dig one's heels in", category: loaded, severity: 1, forms: ["dig in one's heels"]}
  - {term: shoot oneself in the foot, category: loaded, severity: 2, neutral: null}
""",
        encoding="utf-8",
    )
    return load_bias_lexicon(tmp_path)


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The governor dug his heels in on Tuesday.", "dug his heels in"),
        ("Both parties dug in their heels over the budget.", "dug in their heels"),
        ("The council shot itself in the foot with the new parking rules.", "shot itself in the foot"),
    ],
)
def test_idiom_slots_take_any_pronoun(
    nlp: Language, idiom_lexicon: BiasLexicon, text: str, tagged: str
) -> None:
    result = tag_bias(nlp(text), [], lexicon=idiom_lexicon)
    assert [t.text for t in result.tags] == [tagged]


@pytest.mark.parametrize(
    "text",
    [
        "The gardener dug the heels in the mud.",  # a noun phrase, no possessive: not the idiom
        "The hunter shot him in the foot by accident.",  # not reflexive
    ],
)
def test_idiom_slots_need_their_kind_of_word(nlp: Language, idiom_lexicon: BiasLexicon, text: str) -> None:
    assert tag_bias(nlp(text), [], lexicon=idiom_lexicon).tags == []


def test_reported_clause_without_a_speaker_is_the_writers(nlp: Language, small_lexicon: BiasLexicon) -> None:
    # Nobody can be credited with a paraphrase whose speaker is unknown: its wording is the writer's.
    text = "Police said the brutal raid left ten dead. Leaked files suggest the raid was brutal."
    police = Speaker(text="Police", canonical="police")
    said = quote(text, "the brutal raid left ten dead", police, "indirect").model_copy(
        update={"verb": "said"}
    )
    unknown = quote(text, "the raid was brutal", None, "indirect").model_copy(update={"verb": "suggest"})
    result = tag_bias(nlp(text), [said, unknown], lexicon=small_lexicon)
    assert [(t.voice, t.speaker, t.reported) for t in result.tags] == [
        ("quoted", "police", True),
        ("author", None, False),
    ]


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The government raided the pension fund to pay for the tax cut.", "raided"),
        ("The bill would gut protections for tenants.", "gut"),
        ("The strike is a fresh headache for the minister.", "headache"),
        ("Both parties dug their heels in over the budget.", "dug their heels in"),
        ("The senator took a swipe at her rivals.", "took a swipe at"),
    ],
)
def test_missed_families_in_the_writers_voice(
    nlp: Language, lexicon: BiasLexicon, text: str, tagged: str
) -> None:
    assert one_tag(tag_bias(nlp(text), [], lexicon=lexicon), tagged).voice == "author"


@pytest.mark.parametrize(
    "text",
    [
        "Officers raided the house at dawn and arrested two men.",  # a police raid
        "The warehouse was gutted by fire overnight.",  # a fire
        "She suffered a headache after the fall.",  # the symptom
        "The ball crossed the line before the keeper reached it.",  # a goal line
        "The train derailed near the station.",  # no metaphor here
    ],
)
def test_missed_families_keep_their_literal_senses(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert tag_bias(nlp(text), [], lexicon=lexicon).tags == []
