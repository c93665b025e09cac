"""Speaker and quote mechanisms found on spk12's blind articles (session 14): paragraphs quoting with single
marks in an article that quotes with double ones; AP's doubled marks, which are no British quoting and no
subject; a common noun with a "who" clause is a person a later "she" may mean."""

from __future__ import annotations

from spacy.language import Language

from tasks.quotemarks import quoted_spans
from tests.tasks.speaker_cases import find_quotes, speaker_rule

MIXED = (
    "Rovers beat Castleford 3-2 on Saturday.\n\n"
    "'We stopped playing. Simple as that,' Castleford manager Mark Fenwick said. 'You cannot do that.\n\n"
    "'And the penalty, I have seen it back. It is a stonewall penalty.'\n\n"
    'Captain Adam Reid was delighted. "The noise was incredible," he said.\n'
)


def test_single_quoted_paragraphs_in_a_double_quoted_article(nlp: Language) -> None:
    found = find_quotes(nlp, MIXED)
    assert speaker_rule(found, "We stopped playing. Simple as that") == ("Mark Fenwick", "named-subject")
    assert speaker_rule(found, "And the penalty")[0] == "Mark Fenwick"
    assert speaker_rule(found, "The noise was incredible")[0] == "Adam Reid"


def test_a_headline_in_the_body_is_no_single_quoted_paragraph() -> None:
    text = (
        "Ryan calls the remark 'racist,' but backs him;\n\n"
        "'We disagree,' Ryan said, 'but we move on.'\n\n"
        "'Life-changing and heartbreaking'.\n\n"
        '"It was close," Li said.\n'
    )
    # the second paragraph quotes with single marks; the headline and the subheading hold no quotation
    assert [text[a:b] for a, b in quoted_spans(text)] == ["We disagree,", "but we move on.", "It was close,"]


def test_ap_doubled_marks_are_no_british_quoting_and_no_subject(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "WASHINGTON (AP) — A Senate panel advanced the bill on Wednesday.\n\n"
        "‘‘This is about whether a diabetic can stay alive,’’ said Sen. Maria Delacroix, the bill's sponsor. "
        "‘‘It should not be a hard question.’’\n",
    )
    assert speaker_rule(found, "This is about whether")[0] == "Maria Delacroix"
    assert speaker_rule(found, "It should not be")[0] == "Maria Delacroix"


def test_a_noun_with_a_who_clause_is_a_person_for_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"I am not suggesting he will flee," Judge Margaret Levin said.\n\n'
        "A former assistant, who asked not to be named, said staff had noticed problems.\n\n"
        '"Nobody thought anything of it at the time," she said.\n',
    )
    assert speaker_rule(found, "Nobody thought")[0] == "former assistant"
