"""Tests for ``tasks.summary``: the seed article, wire-copy hygiene on hand-written articles, lexicons."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import LEXICON_DIR
from tasks.models import BiasResult, BiasTag, Summary
from tasks.summary import (
    DEFAULT_WEIGHTS,
    _sentences,
    _similarity,
    dateline_end,
    load_summary_lexicon,
    summarise,
)

PRONOUNS = ("He ", "She ", "It ", "They ", "It's ")
# A pronoun subject that needs a referent: at the start ("He told ...") or after a quote (", he said").
DANGLING = re.compile(r'^["“]?(?:He|She|It|They)\b|["”,]\s+(?:he|she|they)\s+(?:said|told|added)\b')


def sentence_texts(doc: Doc) -> list[str]:
    """The doc's non-empty sentences, stripped, in order."""
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def assert_verbatim_in_order(doc: Doc, summary: Summary) -> None:
    starts = [s.start for s in summary.sentences]
    assert starts == sorted(starts)
    for s in summary.sentences:
        assert doc.text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert summary.text == " ".join(s.resolved_text or s.text for s in summary.sentences)


def assert_referents_chosen(doc: Doc, summary: Summary) -> None:
    """Every chosen sentence with a pronoun subject comes with the sentence before it, or names the referent
    in ``resolved_text`` instead."""
    chosen = {s.text for s in summary.sentences}
    sentences = sentence_texts(doc)
    for s in summary.sentences:
        if s.text.lstrip('"“').startswith(PRONOUNS) or DANGLING.search(s.text):
            i = next(i for i, text in enumerate(sentences) if text.endswith(s.text))
            if s.resolved_text is not None:
                assert not DANGLING.search(s.resolved_text), s.resolved_text
                continue
            assert i > 0 and sentences[i - 1] in chosen, f"{s.text!r} chosen without its referent"
        else:
            assert s.resolved_text is None


def author_tags(text: str, *words: str, voice: str = "author") -> BiasResult:
    """A hand-built bias result tagging each occurrence of ``words`` in ``text``."""
    tags = [
        BiasTag(
            text=m.group(),
            start=m.start(),
            end=m.end(),
            category="loaded",
            voice=voice,  # type: ignore[arg-type]
            reason="test",
            rule="test",
            weight=1.0,
        )
        for word in words
        for m in re.finditer(rf"\b{re.escape(word)}\b", text)
    ]
    return BiasResult(score=float(len(tags)), tags=tags)


# The seed article.


def test_seed_default_is_three_verbatim_sentences_in_order(seed_doc: Doc) -> None:
    summary = summarise(seed_doc)
    assert len(summary.sentences) == 3
    assert_verbatim_in_order(seed_doc, summary)
    assert_referents_chosen(seed_doc, summary)


@pytest.mark.parametrize("n", [1, 2, 4, 5, 6, 8, 12])
def test_seed_never_picks_a_pronoun_sentence_without_its_referent(seed_doc: Doc, n: int) -> None:
    summary = summarise(seed_doc, sentences=n)
    assert len(summary.sentences) == n
    assert_verbatim_in_order(seed_doc, summary)
    assert_referents_chosen(seed_doc, summary)


def test_seed_summary_is_three_article_sentences_without_dateline_or_dangling_pronoun(
    seed_doc: Doc, seed_text: str
) -> None:
    summary = summarise(seed_doc)
    sentences = sentence_texts(seed_doc)
    assert len(summary.sentences) == 3
    for s in summary.sentences:
        assert s.text in sentences
        assert dateline_end(s.text, lexicon=load_summary_lexicon()) == 0
        assert not re.match(r"[A-Z]{3,}[ ,]", s.text)  # no "RAFAH, Gaza Strip (AP) —" prefix
    assert_referents_chosen(seed_doc, summary)
    assert summary.sentences[0].text == sentences[0]  # the lede
    assert summary.neutral is False
    assert summary.loaded_terms is None  # no bias result given


def test_seed_quotes_resolve_to_the_speaker_named_just_before(seed_doc: Doc) -> None:
    """Resolved texts of the candidates (private helper: the seed's quotes rank too low to be chosen)."""
    sents = _sentences(seed_doc, lexicon=load_summary_lexicon(), weights=DEFAULT_WEIGHTS)

    def resolved(opening: str) -> str | None:
        (sent,) = [s for s in sents if s.text.startswith(opening)]
        assert sent.refers_back
        return sent.resolved

    qishta = resolved('"Rafah is a witnessing')
    assert qishta is not None
    assert qishta.endswith('," Muhanad Ahmad Qishta told Agence France-Presse (AFP).')
    gallant = resolved('"This operation will continue')
    assert gallant is not None
    assert gallant.endswith('," Yoav Gallant said.')
    # "he" after an unnamed "senior Hamas official", "The official" after him, an opening "It", a quote
    # continued without a speaker, "The U.S. official" after two named people: no referent is guessed.
    for opening in (
        '"The resistance insists',
        "The official had previously",
        "It was the first time",
        "\"It's been getting worse",
        "The U.S. official said",
    ):
        assert resolved(opening) is None


@pytest.mark.parametrize("n", range(1, 16))
def test_seed_resolved_sentences_name_the_speaker(seed_doc: Doc, n: int) -> None:
    """Whatever the length, a chosen sentence stands alone only when resolved to a name from the article."""
    summary = summarise(seed_doc, sentences=n)
    assert_referents_chosen(seed_doc, summary)
    for s in summary.sentences:
        if s.resolved_text is not None:
            assert s.resolved_text != s.text
            assert any(name in s.resolved_text for name in ("Muhanad Ahmad Qishta", "Yoav Gallant"))
            assert "The resistance insists" not in s.text


def test_seed_five_sentences(seed_doc: Doc) -> None:
    assert len(summarise(seed_doc, sentences=5).sentences) == 5


@pytest.mark.parametrize("budget", [40, 60, 100])
def test_seed_word_budget(seed_doc: Doc, budget: int) -> None:
    """The budget holds; the only exception (documented in ``summarise``) is a single sentence chosen
    because no eligible sentence fits at all."""
    summary = summarise(seed_doc, words=budget)
    assert summary.sentences
    assert_verbatim_in_order(seed_doc, summary)
    total = sum(len(s.text.split()) for s in summary.sentences)
    assert total <= budget or len(summary.sentences) == 1


def test_word_budget_smaller_than_every_sentence_gives_one_sentence(seed_doc: Doc) -> None:
    summary = summarise(seed_doc, words=3)
    assert len(summary.sentences) == 1
    assert len(summary.sentences[0].text.split()) > 3


def test_summarise_does_not_parse_again(
    nlp: Language, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = nlp(seed_text)

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("summarise must not run the pipeline")

    monkeypatch.setattr(type(nlp), "__call__", no_parse)
    monkeypatch.setattr(type(nlp), "pipe", no_parse)
    assert len(summarise(doc).sentences) == 3


# Wire-copy hygiene on short hand-written articles.


def test_dateline_is_not_in_the_summary(nlp: Language) -> None:
    text = (
        "RAFAH, Gaza Strip (AP) — Israeli tanks pushed deeper into the southern city of Rafah on Tuesday "
        "as negotiators met again in Cairo to discuss a cease-fire.\n"
        "Aid groups said the main crossing for food and fuel had been closed for a second day.\n"
        "Residents described heavy shelling overnight in the eastern districts of the city."
    )
    doc = nlp(text)
    summary = summarise(doc, sentences=3)
    assert "RAFAH" not in summary.text
    assert "(AP)" not in summary.text
    assert summary.sentences[0].text.startswith("Israeli tanks pushed deeper")
    assert_verbatim_in_order(doc, summary)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("RAFAH, Gaza Strip (AP) — Tanks moved in.", len("RAFAH, Gaza Strip (AP) — ")),
        ("GAZA CITY, May 8 (AFP) - Strikes went on.", len("GAZA CITY, May 8 (AFP) - ")),
        ("WASHINGTON (Reuters) - The Senate voted.", len("WASHINGTON (Reuters) - ")),
        ("NEW YORK (AP)—Stocks fell.", len("NEW YORK (AP)—")),
        ("The Senate voted - narrowly - on Tuesday.", 0),
        ("UK-based lender Example Bank cut 300 jobs.", 0),
        ("US officials said talks would go on.", 0),
    ],
)
def test_dateline_end(text: str, end: int) -> None:
    assert dateline_end(text, lexicon=load_summary_lexicon()) == end


def test_byline_and_read_more_lines_are_never_chosen(nlp: Language) -> None:
    text = (
        "By Jane Doe\n"
        "The city council approved a new budget for schools and roads on Monday after a long debate.\n"
        "The budget adds money for teachers, repairs to old school buildings and new bus routes.\n"
        "Read more: city council budget vote on schools, roads, teachers and buses explained in full\n"
        "Opposition members said the plan would raise local taxes within two years."
    )
    doc = nlp(text)
    summary = summarise(doc, sentences=10)
    assert len(summary.sentences) == 3
    assert "Jane Doe" not in summary.text
    assert "Read more" not in summary.text
    assert_verbatim_in_order(doc, summary)


def test_teasers_of_other_stories_are_never_chosen(nlp: Language) -> None:
    text = (
        "The city council voted on Tuesday to close the old bridge over the river for repairs.\n"
        "• READ MORE: Council rejects plan for new ferry terminal on the harbour\n"
        "The repairs will cost about $4 million and take two years, officials said.\n"
        "MORE: Mayor faces questions over rising road repair costs in the city\n"
        "Residents said the closure would add an hour to their daily commute to work.\n"
        "Bridge inspectors find cracks in three more city crossings\n"
        "The council will vote on a detour plan next month, the mayor said."
    )
    doc = nlp(text)
    summary = summarise(doc, sentences=10)
    assert [s.text.split()[0] for s in summary.sentences] == ["The", "The", "Residents", "The"]
    for teaser in ("ferry terminal", "Mayor faces", "Bridge inspectors"):
        assert teaser not in summary.text


def test_a_standfirst_without_a_full_stop_may_still_be_chosen(nlp: Language) -> None:
    text = (
        "Brewers are making more money from drinks that taste like beer than from beer itself\n"
        "Beer is heavily taxed, so brewers have turned to cheaper drinks made without malt.\n"
        "Sales of the new drinks rose by a third last year, the industry group said."
    )
    summary = summarise(nlp(text), sentences=3)
    assert summary.sentences[0].text.startswith("Brewers are making more money")


def test_photo_captions_are_never_chosen(nlp: Language) -> None:
    text = (
        "Firefighters fought a large blaze at a warehouse in the port district for most of Sunday.\n"
        "Photo: Firefighters fight the blaze at the warehouse in the port district on Sunday afternoon.\n"
        "Firefighters spray water on the burning warehouse in the port district. (Reuters/John Smith)\n"
        "No one was hurt, but the fire service said the building could not be saved.\n"
        "Police said the cause of the fire at the port warehouse was not yet known."
    )
    doc = nlp(text)
    summary = summarise(doc, sentences=10)
    assert "Photo:" not in summary.text
    assert "Reuters/John Smith" not in summary.text
    assert len(summary.sentences) == 3


def test_copyright_and_follow_us_lines_are_never_chosen(nlp: Language) -> None:
    text = (
        "The central bank raised interest rates by a quarter point on Thursday to fight inflation.\n"
        "Economists had expected the move after prices rose faster than forecast in the spring.\n"
        "Follow us on social media for more news on interest rates and the central bank.\n"
        "© 2024 Example News. All rights reserved."
    )
    summary = summarise(nlp(text), sentences=10)
    assert [s.text[:12] for s in summary.sentences] == ["The central ", "Economists h"]


def test_pronoun_sentence_needs_its_referent(nlp: Language) -> None:
    text = (
        "The mayor opened a new library in the north of the city on Friday.\n"
        "It has reading rooms, computers and a library garden, and the library stays open late every day.\n"
        "Local schools will use the library for classes twice a week."
    )
    doc = nlp(text)
    one = summarise(doc, sentences=1)
    assert len(one.sentences) == 1
    assert not one.text.startswith("It ")
    for n in (2, 3):
        summary = summarise(doc, sentences=n)
        assert len(summary.sentences) == n
        assert_referents_chosen(doc, summary)


def test_quote_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "Flood water covered much of the valley town on Monday after three days of rain.\n"
        "Mayor Ana Lopez spoke to reporters outside the town hall, which was also under water.\n"
        '"We will rebuild every flooded house and every flooded road in this valley town," she said.\n'
        "Forecasters expect more rain later in the week."
    )
    doc = nlp(text)
    for n in (1, 2, 3):
        summary = summarise(doc, sentences=n)
        texts = [s.text for s in summary.sentences]
        for s in summary.sentences:
            if s.text.startswith('"We will rebuild'):
                named = s.resolved_text is not None and s.resolved_text.endswith('," Ana Lopez said.')
                assert named or any(t.startswith("Mayor Ana Lopez") for t in texts)


FLOOD = (
    "Heavy rain flooded the valley town on Monday and closed its main road.\n"
    "{visitors} visited the flooded homes on Tuesday.\n"
    '"We will rebuild every flooded home and every flooded road in the valley town," she told reporters.\n'
    "Forecasters expect more rain later in the week."
)


def test_pronoun_speaker_resolved_to_the_named_person_before(nlp: Language) -> None:
    doc = nlp(FLOOD.format(visitors="Mayor Ana Lopez"))
    summary = summarise(doc, sentences=2)
    lede, quote = summary.sentences
    assert lede.text.startswith("Heavy rain") and lede.resolved_text is None
    assert quote.text.endswith("she told reporters.")
    assert quote.resolved_text == quote.text.replace("she told", "Ana Lopez told")
    assert doc.text[quote.start : quote.end] == quote.text  # offsets still point at the article
    assert summary.text == f"{lede.text} {quote.resolved_text}"


def test_resolved_text_only_when_the_sentence_before_is_left_out(nlp: Language) -> None:
    doc = nlp(FLOOD.format(visitors="Mayor Ana Lopez"))
    summary = summarise(doc, sentences=3)
    assert [s.text[:9] for s in summary.sentences] == ["Heavy rai", "Mayor Ana", '"We will ']
    assert all(s.resolved_text is None for s in summary.sentences)


def test_two_people_before_a_pronoun_keep_the_unit_rule(nlp: Language) -> None:
    doc = nlp(FLOOD.format(visitors="Mayor Ana Lopez and Governor Sam Reed"))
    for n in (1, 2, 3, 4):
        summary = summarise(doc, sentences=n)
        assert all(s.resolved_text is None for s in summary.sentences)
        assert_referents_chosen(doc, summary)


def test_titled_anaphor_resolved_only_when_the_name_carries_the_title(nlp: Language) -> None:
    text = (
        "The government will build three new hospitals in the north of the country by 2030.\n"
        "{named} said the hospitals would have room for two thousand patients.\n"
        "The {title} said the new hospitals in the north would also train nurses and young doctors.\n"
        "Opposition parties said the plan came too late."
    )
    titled = summarise(nlp(text.format(named="Health Minister Jane Roe", title="minister")), sentences=1)
    assert titled.sentences[0].resolved_text == (
        "Jane Roe said the new hospitals in the north would also train nurses and young doctors."
    )
    # An unnamed official after a named person is not assumed to be that person.
    anonymous = nlp(text.format(named="Jane Roe, who chairs the health committee,", title="official"))
    for n in (1, 2, 3):
        summary = summarise(anonymous, sentences=n)
        assert all(s.resolved_text is None for s in summary.sentences)
        texts = [s.text for s in summary.sentences]
        if any(t.startswith("The official") for t in texts):
            assert any(t.startswith("Jane Roe") for t in texts)


def test_neuter_pronoun_without_a_named_organisation_is_not_resolved(nlp: Language) -> None:
    text = (
        "Example Bank will cut 300 jobs in its branches across the country next year.\n"
        "The bank said on Monday that more customers now used its mobile app than its branches.\n"
        "It said the job cuts would mostly fall on branch staff in small towns and villages.\n"
        "Unions said they would fight the job cuts."
    )
    doc = nlp(text)
    for n in (1, 2, 3, 4):
        summary = summarise(doc, sentences=n)
        assert all(s.resolved_text is None for s in summary.sentences)
        assert_referents_chosen(doc, summary)


@pytest.mark.parametrize(
    "text",
    [
        # "it" is not the organisation: "continued to climb" is no speech.
        "The Bank of England said inflation rose sharply in May. It continued to climb in June.",
        # a rival organisation or country stands between the name and "it", or before "it" in its sentence
        "Hamas said Egypt had been asked to pass on a new offer. It said talks would resume on Sunday.",
        "Hamas said talks would resume in Cairo next week. After Qatar hosted the delegation on Friday, "
        "it said a deal was close.",
    ],
)
def test_it_is_left_alone_unless_one_organisation_can_be_meant(nlp: Language, text: str) -> None:
    sents = _sentences(nlp(text), lexicon=load_summary_lexicon(), weights=DEFAULT_WEIGHTS)
    assert sents[1].refers_back and sents[1].resolved is None


def test_it_said_after_the_one_organisation_that_spoke_is_resolved(nlp: Language) -> None:
    text = "Google said regulators approved the deal on Monday. It said the merger would close within weeks."
    sents = _sentences(nlp(text), lexicon=load_summary_lexicon(), weights=DEFAULT_WEIGHTS)
    assert sents[1].resolved == "Google said the merger would close within weeks."


# The neutral option and loaded-term counts.

BRIDGE = (
    "The city council approved a new bridge over the river on Monday after months of debate.\n"
    "Shop owners on the north bank praised the {north} bridge plan, saying it would bring more customers.\n"
    "Cafe owners on the south bank praised the {south} bridge plan, saying it would bring more visitors.\n"
    "Work on the bridge over the river starts in the spring and should take two years."
)


def test_neutral_prefers_the_near_equal_sentence_with_fewer_loaded_terms(nlp: Language) -> None:
    text = BRIDGE.format(north="reckless", south="costly")
    doc = nlp(text)
    bias = author_tags(text, "reckless", "debate")
    plain = summarise(doc, sentences=1, bias=bias)
    assert plain.text.startswith("Shop owners on the north bank")
    assert (plain.neutral, plain.loaded_terms) == (False, 1)
    calm = summarise(doc, sentences=1, bias=bias, neutral=True)
    assert calm.text.startswith("Cafe owners on the south bank")
    assert (calm.neutral, calm.loaded_terms) == (True, 0)
    # With no tolerance nothing counts as near-equal, and neutral changes nothing.
    strict = replace(DEFAULT_WEIGHTS, neutral_tolerance=0.0)
    assert summarise(doc, sentences=1, bias=bias, neutral=True, weights=strict).text == plain.text


def test_neutral_never_trades_a_clearly_better_sentence(nlp: Language) -> None:
    """The lede and the bridge sentences are far apart in value: loaded words in the better one stay."""
    text = BRIDGE.format(north="reckless", south="costly")
    doc = nlp(text)
    bias = author_tags(text, "reckless", "spring")
    plain = summarise(doc, sentences=2, bias=bias)
    calm = summarise(doc, sentences=2, bias=bias, neutral=True)
    assert [s.text[:9] for s in calm.sentences] == [s.text[:9] for s in plain.sentences]
    assert calm.loaded_terms == plain.loaded_terms == 1


def test_loaded_terms_counts_author_voice_tags_in_chosen_sentences(nlp: Language) -> None:
    text = BRIDGE.format(north="reckless", south="costly")
    doc = nlp(text)
    loaded = author_tags(text, "reckless", "debate", "bridge")  # "bridge" four times, the others once
    quoted = author_tags(text, "reckless", "debate", "bridge", voice="quoted")
    everything = summarise(doc, sentences=4, bias=loaded)
    assert everything.loaded_terms == len(loaded.tags) == 6
    assert summarise(doc, sentences=4, bias=quoted).loaded_terms == 0
    one = summarise(doc, sentences=1, bias=loaded)
    assert one.loaded_terms == 2  # "reckless" and "bridge" in the north-bank sentence
    assert summarise(doc, sentences=1, bias=BiasResult(score=0.0)).loaded_terms == 0


def test_neutral_without_bias_result_is_not_applied(nlp: Language) -> None:
    doc = nlp(BRIDGE.format(north="reckless", south="costly"))
    summary = summarise(doc, sentences=1, neutral=True)
    assert summary.neutral is False
    assert summary.loaded_terms is None
    assert summary.text == summarise(doc, sentences=1).text


def test_empty_summary_reports_zero_loaded_terms(nlp: Language) -> None:
    summary = summarise(nlp("Yes."), bias=BiasResult(score=0.0), neutral=True)
    assert (summary.text, summary.neutral, summary.loaded_terms) == ("", True, 0)


def test_the_official_said_needs_the_sentence_before(nlp: Language) -> None:
    text = (
        "A senior government official said on Tuesday that talks on the trade deal would continue.\n"
        "The official said the trade deal talks would continue next week in Geneva with trade ministers.\n"
        "Both sides have met four times since the start of the year."
    )
    summary = summarise(nlp(text), sentences=1)
    assert not summary.text.startswith("The official said")


def test_lone_closing_quote_and_fragments_are_never_chosen(nlp: Language) -> None:
    text = (
        "Markets rose sharply on Wednesday after the government announced new spending plans.\n"
        "Shares up.\n"
        '"\n'
        "Bond prices fell as investors moved money into shares of building companies."
    )
    summary = summarise(nlp(text), sentences=5)
    assert len(summary.sentences) == 2
    assert "Shares up." not in summary.text


@pytest.mark.parametrize(
    "text",
    [
        "Heavy snow closed schools across the northern region on Thursday.",
        "Heavy snow closed schools across the northern region on Thursday.\n"
        "Road crews worked through the night to clear the main highways.",
    ],
)
def test_short_article_yields_its_sentences(nlp: Language, text: str) -> None:
    doc = nlp(text)
    summary = summarise(doc)
    assert [s.text for s in summary.sentences] == sentence_texts(doc)
    assert_verbatim_in_order(doc, summary)


@pytest.mark.parametrize(
    "text",
    [
        "By Jane Doe\nRead more: our coverage\n© 2024 Example News. All rights reserved.\nFollow us on X.",
        "Photo: a crowd.\n(Reuters/John Smith)",
        "   \n\n  ",
        "Yes.",
    ],
)
def test_all_boilerplate_gives_an_empty_summary(nlp: Language, text: str) -> None:
    summary = summarise(nlp(text))
    assert summary.text == ""
    assert summary.sentences == []


def test_bad_budgets_raise(seed_doc: Doc) -> None:
    with pytest.raises(ValueError, match="sentences"):
        summarise(seed_doc, sentences=0)
    with pytest.raises(ValueError, match="words"):
        summarise(seed_doc, words=0)


# The lexicon loader.


def test_lexicon_loads_once_from_dir_or_file() -> None:
    default = load_summary_lexicon()
    assert load_summary_lexicon() is default
    assert load_summary_lexicon(LEXICON_DIR).version == default.version
    from_file = load_summary_lexicon(LEXICON_DIR / "summary.yaml")
    assert from_file.boilerplate_phrases == default.boilerplate_phrases
    assert "he" in default.referring_openers
    assert "say" in default.reporting_verbs


def test_lexicon_rejects_bad_patterns_and_missing_keys(tmp_path: Path) -> None:
    keys = "datelines boilerplate boilerplate_phrases referring_openers anaphoric_subjects reporting_verbs"
    good = "\n".join(f"{k}: []" for k in keys.split())
    (tmp_path / "summary.yaml").write_text(good.replace("boilerplate: []", "boilerplate: ['([a-z']"))
    with pytest.raises(ValueError, match="bad pattern"):
        load_summary_lexicon(tmp_path)
    missing = tmp_path / "missing.yaml"
    missing.write_text("datelines: []\n")
    with pytest.raises(ValueError, match="missing keys"):
        load_summary_lexicon(missing)


def test_custom_lexicon_is_used(nlp: Language, tmp_path: Path) -> None:
    source = (LEXICON_DIR / "summary.yaml").read_text(encoding="utf-8")
    custom = tmp_path / "summary.yaml"
    custom.write_text(source.replace("boilerplate_phrases:\n", "boilerplate_phrases:\n  - weather desk\n"))
    text = (
        "Heavy snow closed schools across the northern region on Thursday.\n"
        "The weather desk says more snow will fall across the northern region tonight."
    )
    summary = summarise(nlp(text), sentences=2, lexicon=load_summary_lexicon(custom))
    assert [s.text[:5] for s in summary.sentences] == ["Heavy"]


def test_real_word_vectors_are_used_when_present() -> None:
    """The small model has no word vectors; a vocabulary that has them goes through the blending path."""
    blank = spacy.blank("en")
    lines = [
        "Storms flooded farms across the valley on Monday night .",
        "Heavy rain soaked fields and orchards near the river .",
        "Officials opened shelters for families from the valley farms .",
        "A football match was postponed .",
    ]
    words = [w for line in lines for w in line.split()]
    starts = [i == 0 for line in lines for i, _ in enumerate(line.split())]
    # Vectors with meaning: the three valley-weather sentences share one topic direction, the football
    # line another, function words a third; small seeded noise, set in a fixed order (not set() order,
    # which changes with the hash seed).
    rng = np.random.default_rng(7)
    topic = {w: 0 for line in lines[:3] for w in line.split()} | {w: 1 for w in lines[3].split()}
    for word in ("the", "on", "and", "near", "for", "from", "across", ".", "A", "was"):
        topic[word] = 2
    for word in sorted(topic):
        vector = 0.2 * rng.normal(size=8)
        vector[topic[word]] += 1.0
        blank.vocab.set_vector(word, vector.astype("float32"))
    doc = Doc(blank.vocab, words=words, sent_starts=starts)
    for token in doc:
        token.lemma_ = token.lower_
    assert doc.vocab.vectors.shape[1] == 8
    lexicon = load_summary_lexicon()
    sents = _sentences(doc, lexicon=lexicon, weights=DEFAULT_WEIGHTS)
    # Vectors only: the weather sentences are close to each other and far from the football line.
    sim, _ = _similarity(doc, sents, weights=replace(DEFAULT_WEIGHTS, vectors=1.0))
    assert min(sim[0, 1], sim[0, 2], sim[1, 2]) > 0.8
    assert max(sim[0, 3], sim[1, 3], sim[2, 3]) < 0.3
    # Without the vector share the same pairs share no lemma, so the blend is what moved them.
    plain, _ = _similarity(doc, sents, weights=replace(DEFAULT_WEIGHTS, vectors=0.0))
    assert plain[0, 1] < sim[0, 1]
    for weights in (DEFAULT_WEIGHTS, replace(DEFAULT_WEIGHTS, vectors=1.0)):
        summary = summarise(doc, sentences=2, weights=weights)
        assert len(summary.sentences) == 2
        assert_verbatim_in_order(doc, summary)
