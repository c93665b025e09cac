"""The shared read-only view of an article: built once per ``Doc``, read by the quote, bias and summary
stages."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import LEXICON_DIR, Settings
from tasks import analysis, article_view
from tasks.article_view import VIEW_KEY, ArticleView
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.quote_context import Context
from tasks.quotes import quotes
from tasks.summary import summarise

CUES = load_reporting_verbs(LEXICON_DIR)

# Our own article: a teaser for a video and one for another story, a caption with its credit, a quote.
ARTICLE = (
    "Flood barriers along the river will be finished before the autumn storms, the city council said on "
    "Monday.\n\n"
    "WATCH: Engineers explain how the new river barriers will hold back the autumn storm surge this year.\n\n"
    "The barriers cost 40 million dollars and stretch for three kilometres along the eastern bank of the "
    "river.\n\n"
    "Workers lower a steel gate into place on the eastern bank of the river on Monday. (Staff photo)\n\n"
    '"We are ahead of schedule and under budget," said Mayor Ana Ruiz, who visited the site on Monday.\n\n'
    "RELATED: Council approves the river barriers after ten years of debate about the storm surge.\n\n"
    "Residents of the eastern bank have been flooded three times in the past decade.\n"
)


def _sentence_of(doc: Doc, view: ArticleView, fragment: str) -> int:
    at = doc.text.index(fragment)
    token = next(t for t in doc if t.idx >= at)
    return view.sent_of[token.i]


def test_the_view_holds_sentences_quote_spans_furniture_and_entities(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    view = article_view.article_view(doc, furniture=CUES.boilerplate_lines, links=CUES.link_lines)
    assert [doc.text[s:e] for s, e in view.quote_spans] == ["We are ahead of schedule and under budget,"]
    inside = next(t for t in doc if t.text == "schedule")
    assert view.quote_of[inside.i] == 0 and view.in_quote(inside.idx)
    assert view.quote_of[0] == -1 and not view.in_quote(0)
    assert [doc[s:e].text for s, e in view.sentences] == [s.text for s in doc.sents]
    caption = _sentence_of(doc, view, "Workers lower")
    watch, related = _sentence_of(doc, view, "WATCH"), _sentence_of(doc, view, "RELATED")
    assert view.furniture[caption] and not view.link[caption]
    assert view.link[watch] and view.link[related]
    for k, (start, _) in enumerate(view.sentences):
        line = doc.text[doc.text.rfind("\n", 0, doc[start].idx) + 1 :]
        assert view.outside_story(k) == line.startswith(("WATCH", "Workers lower", "RELATED")), line
    money = next(t for t in doc if t.text == "million")
    entity = view.entities[view.entity_of[money.i]]
    assert entity.label == "MONEY" and doc[entity.start : entity.end].text == "40 million dollars"
    assert view.entity_of[0] == -1  # "Flood"
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.text = "changed"  # type: ignore[misc]


def test_the_view_is_built_once_and_shared_by_the_stages(
    nlp: Language, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[ArticleView] = []
    build = article_view.build_view

    def counting(doc: Doc, **kwargs: object) -> ArticleView:
        built.append(build(doc, **kwargs))  # type: ignore[arg-type]
        return built[-1]

    monkeypatch.setattr(article_view, "build_view", counting)
    doc = nlp(ARTICLE)
    ex = analysis.extract(doc, settings)
    bi = analysis.bias(doc, ex, settings)
    analysis.summary(doc, settings, bias=bi)
    assert len(built) == 1
    view = doc.user_data[VIEW_KEY]
    assert view is built[0]
    assert Context(doc, ex.entities, CUES).view is view
    assert analysis.shared_view(doc, settings) is view


def test_a_view_given_explicitly_is_used(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    bare = article_view.build_view(doc)  # no furniture patterns: every line is part of the story
    assert Context(doc, entities(doc, titles=CUES.titles), CUES, view=bare).view is bare
    picked = {s.text[:5] for s in summarise(doc, sentences=5, view=bare).sentences}
    assert "WATCH" in picked


def test_the_summary_never_picks_a_teaser_or_a_captioned_credit_line(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    for n in (3, 5, 7):
        chosen = [s.text for s in summarise(doc, sentences=n).sentences]
        assert chosen, n
        assert not any(t.startswith(("WATCH", "RELATED", "Workers lower")) for t in chosen), chosen


def test_a_dateline_place_is_never_a_speaker_and_names_hold_no_newline(nlp: Language) -> None:
    text = (
        "LONDON (AP) — The river authority will close the old lock for repairs, it said on Tuesday.\n\n"
        '"The lock is 150 years old and needs work," said Tom Baker, the authority\'s chief engineer.\n\n'
        "BERLIN —\nOfficials in Berlin said the canal would stay open.\n"
    )
    doc = nlp(text)
    ents = entities(doc, titles=CUES.titles)
    assert all("\n" not in e.canonical for e in ents), [e.canonical for e in ents]
    speakers = {q.speaker.canonical for q in quotes(doc, ents, cues=CUES) if q.speaker is not None}
    assert "Tom Baker" in speakers
    assert not speakers & {"LONDON", "London", "BERLIN", "Berlin"}, speakers
