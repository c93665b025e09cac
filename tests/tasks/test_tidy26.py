"""Twins made one (tidy26): each job read from one place, tested through what a user sees."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from bench.common import cost_per_article
from tasks import bias, quote_context
from tasks.bias import sense_context
from tasks.cues import _lists, load_reporting_verbs
from tasks.entities import _name_after_title, entities, title_initials
from tasks.lexicon import BiasLexicon
from tasks.models import Speaker
from tasks.quotemarks import single_quote_open_at
from tasks.speakers.people import _is_named
from tasks.speakers.verbless import _names_someone
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule
from workers.formats.xmltree import all_children, find, line_of, parse_xml


def test_one_kin_table_gives_each_family_word_its_kind_other_side_and_generation() -> None:
    son, mum, grandson = CUES.kin_kind("son"), CUES.kin_kind("mum"), CUES.kin_kind("grandson")
    assert son is not None and mum is not None and grandson is not None
    assert (son.name, son.other_side, son.generation) == ("child", "parent", -1)
    assert (mum.name, mum.other_side, mum.generation) == ("parent", "child", 1)
    assert grandson.other_side is None and grandson.generation < 0
    assert CUES.kin_kind("mayor") is None
    assert {"son", "mum", "grandson", "cousin"} <= CUES.kin_nouns


def test_the_elder_of_two_with_one_surname_is_the_dad_the_kin_table_names(nlp: Language) -> None:
    text = (
        "Sam Adeyemi opened the garage in 2019. "
        "His dad, Tunde Adeyemi, 61, helps on Saturdays.\n\n"
        "“He never takes a day off,” the elder Adeyemi said.\n\n"
        "“Dad taught me everything,” the younger Adeyemi said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "He never takes")[0] == "Tunde Adeyemi"
    assert speaker_rule(found, "Dad taught me")[0] == "Sam Adeyemi"


def test_one_test_of_being_named_outside_quotes_serves_anywhere_and_before_a_point(nlp: Language) -> None:
    text = "“Jo Li will decide,” a clerk said. Later Sam Otto, the mayor, said the vote was close."
    doc = nlp(text)
    ctx = quote_context.Context(doc, entities(doc, titles=CUES.titles), CUES)
    assert _is_named(ctx, "Sam Otto")
    assert not _is_named(ctx, "Sam Otto", text.index("Later"))
    assert not _is_named(ctx, "Jo Li")  # named only inside a quote
    assert _names_someone(ctx, Speaker(text="Jo Li", canonical="Jo Li"))


def test_one_run_of_name_words_finishes_a_name_after_a_courtesy_title_or_an_office(nlp: Language) -> None:
    doc = nlp("Mr Hollis has refused to apologise, and Det Insp Craig Donnelly said the inquiry goes on.")
    mr = next(t for t in doc if t.text == "Mr")
    assert doc[mr.i + 1 : _name_after_title(doc, mr.i + 1)].text == "Hollis"
    assert _name_after_title(doc, mr.i + 1, {mr.i + 1}) == mr.i + 1  # a tagged word ends no run
    people = {e.canonical for e in entities(doc, titles=CUES.titles) if e.label == "PERSON"}
    assert {"Hollis", "Craig Donnelly"} <= people


def test_one_reading_of_a_title_as_its_initials_serves_a_rank_and_a_role(nlp: Language) -> None:
    assert title_initials(["detective", "chief", "inspector"]) == "dci"
    text = (
        "Detective Chief Inspector Laura Whitfield and Chief Financial Officer Andrea Kwan met on Monday.\n\n"
        "“We have made progress,” DCI Whitfield said.\n\n"
        "“The costs are in hand,” the CFO said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "We have made")[0] == "Laura Whitfield"
    assert speaker_rule(found, "The costs")[0] == "Andrea Kwan"


def test_quotemarks_tells_a_single_mark_still_open_apostrophes_aside() -> None:
    text = "'He said, \"That's it,\" and we didn't argue"
    assert single_quote_open_at(text, len(text))
    closed = "'We won,' she said. He didn't"
    assert not single_quote_open_at(closed, len(closed))
    assert not single_quote_open_at("Rock 'n' roll\nHe said", len("Rock 'n' roll\nHe"))


def test_nitf_and_newsml_read_a_line_and_missing_children_one_way() -> None:
    root = parse_xml("<doc><hl> Storm  hits\n coast </hl><keys/></doc>")
    assert line_of(find(root, "hl")) == "Storm hits coast"
    assert line_of(find(root, "missing")) is None
    assert all_children(None, "keyword") == [] == all_children(find(root, "keys"), "keyword")


def test_the_dedup_and_story_benches_report_cost_per_article_one_way() -> None:
    cost = cost_per_article("features", [1.0, 3.0], [0.5, 0.5], [100.0, 100.0], 812.4, server_ms=0.1234)
    assert list(cost) == [
        "features_ms",
        "redis_script_ms",
        "redis_server_ms",
        "parse_ms",
        "features_over_parse",
        "script_over_parse",
        "redis_bytes",
    ]
    assert cost["features_over_parse"] == 0.02 and cost["redis_bytes"] == 812
    assert "redis_server_ms" not in cost_per_article("signature", [1.0], [1.0], [10.0], 0)


def test_one_scoreline_reads_a_match_report_for_speakers_and_for_bias(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert sense_context.SCORELINE is quote_context.SCORELINE
    short = nlp(
        "The Hawks beat the Suns 104-99 on Friday. Dale Ruiz scored 28 points in the game, and the coach was "
        "pleased with the team."
    )
    assert quote_context.match_report(short, CUES)  # a playing position may be a player here
    assert bias.report_genre(short, lexicon) is None  # too short to withhold play's idiom


def test_every_word_list_of_the_attribution_lexicon_is_read_from_its_own_key(tmp_path: Path) -> None:
    (tmp_path / "reporting_verbs.yaml").write_text(
        "version: 1\nverbs: [say]\nwork_nouns: [Film]\nmedia_outlets: [Al Jazeera]\nphrasal_verbs: [go on]\n"
        "link_lines: ['^read more']\n",
        encoding="utf-8",
    )
    cues = load_reporting_verbs(tmp_path)
    assert cues.work_nouns == {"film"} and cues.media_outlets == {"Al Jazeera"}
    assert cues.phrasal_verbs == {("go", "on")} and cues.link_lines[0].match("Read more")
    lists = _lists({"work_nouns": ["Film"]})
    assert lists["work_nouns"] == {"film"} and lists["message_nouns"] == frozenset()
    assert "verbs" not in lists  # required and checked by the loader itself
