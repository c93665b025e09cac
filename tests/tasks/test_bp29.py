"""Session 29 (bp29): precision families of issue 12 on short texts of our own. An insult noun in a naming
verb's complement is the namer's label ("called Smith a fraud"), the crime of that name is not; "so-called"
before the name of a law, bill or programme is withheld with its reason, the same way in every sentence; a
marked word that is itself the measure's subject is the writer's scare quote, and a column's marks
on a source's own word join the writer's register; "slammed" in markets copy is the trade's idiom."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon
from tasks.models import BiasTag
from tests.tasks.bias_cases import gated, run, words


def _tags_on(tags: Sequence[BiasTag], word: str) -> list[BiasTag]:
    return [t for t in tags if t.text.lower() == word]


def test_fraud_in_a_naming_verb_is_the_namers_label(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Senator Mark Ray spoke in Ohio on Tuesday. He called Governor Ann Cole a fraud. Cole described Ray "
        "as a fraud in a radio interview. Ray was branded a fraud by party leaders."
    )
    frauds = _tags_on(run(nlp, lexicon, body).tags, "fraud")
    assert [(t.voice, t.speaker, t.reported) for t in frauds] == [
        ("quoted", "Mark Ray", True),
        ("quoted", "Ann Cole", True),
        ("quoted", "party leaders", True),
    ]
    assert {t.category for t in frauds} == {"label"}


def test_the_crime_of_fraud_is_not_a_label(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "A former banker was convicted of fraud on Monday. He faces further fraud charges. The fraud was "
        "uncovered by auditors in May, and police said tax fraud is rising. Prosecutors told the jury the "
        "scheme was a fraud on investors."
    )
    assert "fraud" not in words(run(nlp, lexicon, body))


def test_so_called_before_a_laws_name_is_withheld_with_its_reason(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Congress passed the so-called Inflation Reduction Act in 2022. Republicans pushed the so-called One "
        "Big Beautiful Bill through the House. Officials expanded the so-called Stop and Frisk Program last "
        "year."
    )
    result = run(nlp, lexicon, body)
    assert not _tags_on(result.tags, "so-called")
    held = _tags_on(result.withheld, "so-called")
    assert len(held) == 3
    assert {t.category for t in held} == {"epistemic-doubt"}
    assert all("given name of a law, bill or programme" in t.reason for t in held)


def test_so_called_on_a_laws_name_gets_one_decision_whatever_the_sentence_model_reads(nlp: Language) -> None:
    body = (
        "Congress passed the so-called Inflation Reduction Act in 2022. The so-called Affordable Care Act "
        "covers about 20 million people. The state expanded the so-called Safe Streets Program in March."
    )
    result = gated(nlp, body)
    assert not _tags_on(result.tags, "so-called")
    assert len(_tags_on(result.withheld, "so-called")) == 3


def test_so_called_before_a_doubted_noun_still_tags_and_a_term_is_still_introduced(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Officials cited so-called experts. The firm booked so-called related party transactions."
    vetoed: list[Vetoed] = []
    tags = _tags_on(run(nlp, lexicon, body, vetoed=vetoed).tags, "so-called")
    assert [(t.voice, t.start) for t in tags] == [("author", body.index("so-called"))]
    assert any(v.sense == "term" for v in vetoed)


def test_a_marked_measure_that_is_the_subject_is_the_writers_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'The minister said the plan was a "reform" that would help families. Yet the "reform" takes money '
        "from the poorest."
    )
    scare = [t for t in run(nlp, lexicon, body).tags if t.rule == "scare-quote"]
    assert [(t.text, t.voice) for t in scare] == [("reform", "author")]
    assert scare[0].start > body.index("Yet")


def test_a_columns_marks_on_a_sources_word_join_the_writers_register(nlp: Language) -> None:
    body = (
        'The chancellor unveiled what she called a "reform" of pensions on Monday. "This reform will protect '
        'savers for a generation," she told reporters in Leeds. It is a shameful plan, and a reckless one. '
        'The "reform" takes money from the poorest pensioners and hands it to the wealthiest. Ministers say '
        "the changes are fair. They are not. The Treasury's own figures show that a retired nurse on a "
        "modest income would lose about 400 pounds a year, while a retired banker would gain. That is a "
        "disgraceful "
        "choice for a government that promised to protect the vulnerable. Nobody should be fooled: this "
        '"reform" is a cut, and a cruel one.'
    )
    result = gated(nlp, body)
    scare = [t for t in result.tags if t.rule == "scare-quote"]
    assert len(scare) == 2
    assert scare[0].start > body.index('The "reform" takes')
    assert not [t for t in result.withheld if t.rule == "scare-quote"]


def test_slammed_in_markets_copy_is_the_trades_idiom(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Bank shares were slammed on Thursday as stocks across Europe fell for a third day. The index closed "
        "1.8 percent lower after bond yields rose. Critics slammed the minister over the plan."
    )
    slammed = _tags_on(run(nlp, lexicon, body).tags, "slammed")
    assert len(slammed) == 1
    assert slammed[0].start > body.index("Critics")
