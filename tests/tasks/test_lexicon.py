"""tasks/lexicon.py: loading, merging and validating bias lexicons."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import LEXICON_DIR
from tasks.lexicon import BiasLexicon, load_bias_lexicon, term_words

SMALL = """\
version: "test-1"
categories:
  loaded:
    reason: "loaded word: {who} '{text}'"
  scare-quote:
    reason: "scare quotes: {who} marks around '{text}'"
    severity: 2
speech_verbs: [say]
negators: [not]
entries:
  - {term: brutal, category: loaded, severity: 2, neutral: harsh, forms: [brutally], notes: "verdict"}
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture()
def small_dir(tmp_path: Path) -> Path:
    write(tmp_path / "base" / "bias.yaml", SMALL)
    return tmp_path / "base"


def test_shipped_lexicon_loads_and_has_the_core_terms() -> None:
    lexicon = load_bias_lexicon(LEXICON_DIR)
    assert lexicon.version
    ids = {e.id for e in lexicon.entries}
    for needed in (
        "brutal", "devastate", "catastrophic", "genocidal", "genocide", "massacre", "terror",
        "reign of terror", "terrorist", "regime", "militant", "extreme", "indiscriminate", "very large",
        "claim/VERB", "allege", "so-called", "reveal", "admit", "acknowledge", "insist", "slam/VERB",
        "blast/VERB", "wuhan virus", "never trumper", "stubborn",
    ):  # fmt: skip
        assert needed in ids, needed
    # One entry per word family (issue 12); the bound catches a merge that duplicates the file, not growth:
    # idioms and multiword labels are families of their own.
    assert 150 <= len(lexicon.entries) <= 3200
    assert all(e.notes for e in lexicon.entries), "every shipped entry says why it is there"
    assert {"say", "tell"} <= lexicon.speech_verbs
    assert "no" in lexicon.negators  # quoted in YAML, or it would load as False


def test_load_is_cached(small_dir: Path) -> None:
    assert load_bias_lexicon(small_dir) is load_bias_lexicon(small_dir)


def test_term_words_split_like_spacy() -> None:
    assert term_words("So-called") == ("so", "-", "called")
    assert term_words("reign of terror") == ("reign", "of", "terror")


def test_index_holds_term_and_forms(small_dir: Path) -> None:
    lexicon = load_bias_lexicon(small_dir)
    assert [p.entry.id for p in lexicon.index["brutal"]] == ["brutal"]
    assert [p.entry.id for p in lexicon.index["brutally"]] == ["brutal"]


def test_extra_file_adds_an_entry_and_changes_the_version(small_dir: Path, tmp_path: Path) -> None:
    extra = write(
        tmp_path / "newsroom.yaml",
        """\
version: "local-3"
categories:
  label:
    reason: "label: {who} '{text}'"
entries:
  - {term: strongman, category: label, severity: 2, neutral: leader, notes: "house rule"}
  - {term: brutal, category: loaded, severity: 1, neutral: harsh, notes: "we rate it milder"}
""",
    )
    base = load_bias_lexicon(small_dir)
    merged = load_bias_lexicon(small_dir, (extra,))
    assert base.version == "test-1"
    assert merged.version == "test-1+newsroom@local-3"
    by_id = {e.id: e for e in merged.entries}
    assert by_id["strongman"].category == "label"
    assert by_id["brutal"].severity == 1  # same id: the extra file's entry replaces the base one
    assert "strongman" in merged.index
    assert "strongman" not in base.index
    assert {"loaded", "label", "scare-quote"} <= set(merged.categories)


def test_extra_file_may_use_base_categories(small_dir: Path, tmp_path: Path) -> None:
    extra = write(
        tmp_path / "more.yaml",
        'version: "m-1"\nentries:\n  - {term: savage, category: loaded, severity: 3, notes: "x"}\n',
    )
    assert "savage" in {e.id for e in load_bias_lexicon(small_dir, (extra,)).entries}


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        ("{term: brutal, category: loaded, severity: 5}", "severity"),
        ("{category: loaded, severity: 2}", "term"),
        ("{term: brutal, category: loaded, severity: 2, pos: [VERBB]}", "pos"),
        ("{term: brutal, category: loaded, severity: 2, sevrity: 2}", "sevrity"),
        ("{term: brutal, category: loaded, severity: 2, reason: 'bad {speaker}'}", "reason"),
        ("{term: brutal, category: loaded, severity: 2, context: {not_neer: [x]}}", "context.not_neer"),
        ("{term: brutal, category: nonsense, severity: 2}", "category"),
    ],
)
def test_malformed_entry_names_file_entry_and_field(tmp_path: Path, entry: str, field: str) -> None:
    bad = write(
        tmp_path / "bad" / "bias.yaml",
        f'version: "v"\ncategories:\n  loaded: {{reason: "x {{text}}"}}\nentries:\n  - {entry}\n',
    )
    with pytest.raises(ValueError, match=field) as info:
        load_bias_lexicon(bad.parent)
    message = str(info.value)
    assert str(bad) in message
    assert "entries[0]" in message


def test_malformed_extra_file_is_named(small_dir: Path, tmp_path: Path) -> None:
    extra = write(tmp_path / "user.yaml", 'version: "u"\nentries:\n  - {term: x, category: loaded}\n')
    with pytest.raises(ValueError, match=r"user\.yaml: entries\[0\] \('x'\): severity: Field required"):
        load_bias_lexicon(small_dir, (extra,))


def test_duplicate_ids_in_one_file_are_an_error(tmp_path: Path) -> None:
    bad = write(
        tmp_path / "dup" / "bias.yaml",
        'version: "v"\ncategories: {loaded: {reason: "{text}"}}\nentries:\n'
        "  - {term: claim, category: loaded, severity: 1}\n"
        "  - {term: claim, category: loaded, severity: 2}\n",
    )
    with pytest.raises(ValueError, match=r"entries\[1\] \('claim'\): id: 'claim' repeats entries\[0\]"):
        load_bias_lexicon(bad.parent)


def test_same_term_with_different_pos_gets_different_ids(tmp_path: Path) -> None:
    ok = write(
        tmp_path / "pos" / "bias.yaml",
        'version: "v"\ncategories: {loaded: {reason: "{text}"}}\nentries:\n'
        "  - {term: claim, category: loaded, severity: 1, pos: [VERB]}\n"
        "  - {term: claim, category: loaded, severity: 2, pos: [NOUN]}\n",
    )
    assert [e.id for e in load_bias_lexicon(ok.parent).entries] == ["claim/VERB", "claim/NOUN"]


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("version: 2026.1\nentries: []\n", "version: Input should be a valid string"),
        ("entries: []\n", "version: Field required"),
        ("- just a list\n", "expected a mapping"),
        ("version: 'v'\nentries: [\n", "not valid YAML"),
        ("version: 'v'\nentrys: []\n", "entrys: Extra inputs are not permitted"),
        ("version: 'v'\ncategories: {loaded: {reason: 'x {whom}'}}\n", "categories.loaded.reason"),
    ],
)
def test_malformed_file_header(tmp_path: Path, text: str, match: str) -> None:
    bad = write(tmp_path / "hdr" / "bias.yaml", text)
    with pytest.raises(ValueError, match=match):
        load_bias_lexicon(bad.parent)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_bias_lexicon(tmp_path / "nowhere")


def test_lexicon_model_checks_categories_directly() -> None:
    with pytest.raises(ValueError, match="category"):
        BiasLexicon.model_validate(
            {"version": "v", "entries": [{"term": "x", "category": "loaded", "severity": 1}]}
        )


def test_derivations_are_read_and_sorted_longest_first(tmp_path: Path) -> None:
    (tmp_path / "bias.yaml").write_text(
        """\
version: "d-1"
categories:
  loaded: {reason: "loaded: {who} '{text}'"}
intensifiers: [Utterly]
epithet_heads: [loving]
derivations:
  - {suffix: ly, bases: [""], pos: [ADV]}
  - {suffix: ily, bases: [y], pos: [ADV]}
entries:
  - {term: angry, category: loaded, severity: 1}
""",
        encoding="utf-8",
    )
    lexicon = load_bias_lexicon(tmp_path)
    assert [d.suffix for d in lexicon.derivations] == ["ily", "ly"]
    assert lexicon.intensifiers == {"utterly"} and lexicon.epithet_heads == {"loving"}
    found = lexicon.derived("angrily", "ADV")
    assert found is not None and (found[0].term, found[1], found[2]) == ("angry", "angry", "ily")
    assert lexicon.derived("angrily", "NOUN") is None


def test_bad_derivation_pos_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "bias.yaml").write_text(
        'version: "d-1"\nderivations:\n  - {suffix: ly, bases: [""], pos: [ADVERB]}\nentries: []\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="derivations"):
        load_bias_lexicon(tmp_path)


def test_only_after_is_read_lower_case(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bias.yaml",
        'version: "v"\ncategories: {loaded: {reason: "{text}"}}\nentries:\n'
        '  - {term: agenda, category: loaded, severity: 1, notes: "x", context: {only_after: [Radical]}}\n',
    )
    [entry] = load_bias_lexicon(path.parent).entries
    assert entry.context is not None and entry.context.only_after == frozenset({"radical"})


def test_forms_must_be_of_the_terms_family(tmp_path: Path) -> None:
    # "shooting down" a drone once fired the rule for "double down": a form names its own family only
    write(
        tmp_path / "bias.yaml",
        SMALL.replace(
            "entries:",
            "entries:\n  - {term: double down, category: loaded, severity: 2, "
            "forms: [doubled down, shoot down]}",
        ),
    )
    with pytest.raises(ValueError, match=r"\['shoot down'\] are not of the family of 'double down'"):
        load_bias_lexicon(tmp_path)


def test_slot_is_one_word_and_cannot_start_a_phrase(tmp_path: Path) -> None:
    assert term_words("dig one's heels in") == ("dig", "one's", "heels", "in")
    assert term_words("someone's plan") == ("someone", "'", "s", "plan")
    (tmp_path / "bias.yaml").write_text(
        'version: "t"\ncategories: {loaded: {reason: "{who} {text}"}}\n'
        'entries:\n  - {term: "one\'s own goal", category: loaded, severity: 1}\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="starts with a slot"):
        load_bias_lexicon(tmp_path)
