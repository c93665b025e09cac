"""Wire formats: detection from content, ninjs 1.x/2.x/3.x, NewsML-G2, NITF, RSS/Atom, HTML to text, errors.

Fixtures in tests/fixtures/wire/ are short fictitious stories written to the published specs.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.models import Article, ProviderMetadata
from workers.formats import FORMATS, ParsedItem, detect_format, html_to_text, parse_document

WIRE = Path(__file__).resolve().parent.parent / "fixtures" / "wire"


def parse(name: str, **kwargs: Any) -> list[ParsedItem]:
    return parse_document((WIRE / name).read_text(encoding="utf-8"), origin=name, **kwargs)


def one(name: str) -> dict[str, Any]:
    [item] = parse(name)
    assert item.error is None and item.data is not None, item.error
    return item.data


def test_every_parsed_article_validates_as_article() -> None:
    ok = [i for f in sorted(WIRE.iterdir()) for i in parse(f.name) if i.data is not None]
    assert len(ok) >= 12
    for item in ok:
        art = Article.model_validate(item.data)
        assert art.body.strip() and "<" not in art.body, item.origin


# --- detection ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("ninjs-1x.json", "ninjs"),
        ("ninjs-2x.json", "ninjs"),
        ("ninjs-3x.json", "ninjs"),
        ("ninjs-bad-body.json", "ninjs"),
        ("newsml-message.xml", "newsml"),
        ("newsml-broken.xml", "newsml"),
        ("newsml-xxe.xml", "newsml"),
        ("nitf-lisbon.xml", "nitf"),
        ("rss-two-items.xml", "feed"),
        ("atom-feed.xml", "feed"),
    ],
)
def test_format_is_detected_from_content(name: str, fmt: str) -> None:
    text = (WIRE / name).read_text(encoding="utf-8")
    assert detect_format(text) == fmt
    assert detect_format(text, filename="misnamed.txt") == fmt


def test_ninjs_renamed_txt_still_parses_as_ninjs(tmp_path: Path) -> None:
    renamed = tmp_path / "story.txt"
    shutil.copy(WIRE / "ninjs-2x.json", renamed)
    [item] = parse_document(renamed.read_text(encoding="utf-8"), origin=str(renamed))
    assert (
        item.data is not None
        and item.data["id"] == "https://wire.example.org/ninjs/2026/05/12/sao-paulo-rain"
    )


@pytest.mark.parametrize(
    ("text", "filename", "fmt"),
    [
        ('{"id": "a1", "body": "Our own format."}', None, "json"),
        ('[{"id": "a1", "body": "One."}, {"id": "a2", "body": "Two."}]', None, "json"),
        ('{"id": "a1", "body": "One."}\n{"id": "a2", "body": "Two."}\n', None, "jsonl"),
        ('{"uri": "urn:x:1", "body_text": "Hi."}\n{"uri": "urn:x:2", "body_text": "Ho."}\n', None, "ninjs"),
        ('{"uri": "urn:x", "profile": "ninjs-text"}', None, "ninjs"),
        ('{"uri": "urn:x", "$schema": "http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json"}', None, "ninjs"),
        ('{"uri": "https://example.org/page", "title": "Not ninjs"}', None, "json"),
        ("Storm hits coast\n\nWinds of 120 km/h.", "story.json", "text"),  # content first
        ("[UPDATE] Storm hits coast", None, "text"),
        ('{"id": "a1", "body": "One."}', "feed.jsonl", "jsonl"),  # valid either way: suffix decides
        ('{"id": "a1", "body": ', "broken.json", "json"),
        ('{"id": "a1", "body": ', "broken.jsonl", "jsonl"),
        ('{\n  "uri": "urn:x",\n  "body_text": "trailing comma",\n}\n', None, "json"),  # broken, not lines
        ("<doc><p>Unknown XML</p></doc>", "wire.rss", "feed"),
        ("<doc><p>Unknown XML</p></doc>", None, "text"),
        ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>', None, "feed"),
        ("\ufeff<?xml version='1.0'?>\n<nitf><body/></nitf>", None, "nitf"),
        ("<!DOCTYPE broken [\n<newsItem guid='x'>", None, "newsml"),  # root unreadable: start tag seen
        ("", None, "text"),
    ],
)
def test_detection_rules(text: str, filename: str | None, fmt: str) -> None:
    assert detect_format(text, filename=filename) == fmt


def test_fmt_overrides_detection() -> None:
    [as_json] = parse("ninjs-1x.json", fmt="json")
    assert as_json.data is not None and as_json.data["uri"] == "urn:example-wire:2026:zrh-0512-001"
    assert "body" not in as_json.data  # our own JSON: passed through, not mapped
    [as_text] = parse("newsml-message.xml", fmt="text")
    assert as_text.data is not None and as_text.data["body"].startswith("<?xml")
    [as_nitf] = parse("newsml-message.xml", fmt="nitf")
    assert as_nitf.error == "nitf: root element is <newsmessage>, expected nitf"


def test_unknown_fmt_is_a_caller_error() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        parse_document("<a/>", fmt="xml")


def test_formats_constant() -> None:
    assert FORMATS == ("text", "json", "jsonl", "ninjs", "newsml", "nitf", "feed")


# --- ninjs ---------------------------------------------------------------------------------------------


def test_ninjs_1x_body_html() -> None:
    data = one("ninjs-1x.json")
    assert data["id"] == "urn:example-wire:2026:zrh-0512-001"
    assert data["version"] == 2
    assert data["headline"] == "Zürich tram drivers agree wage deal after “long night” of talks"
    assert data["byline"] == "By Lena Brunner"
    assert data["dateline"] == "Zürich"
    assert data["urgency"] == 3
    assert data["language"] == "en"
    assert data["source"] == "Example Wire AG"
    assert data["published_at"] == "2026-05-12T08:30:00+02:00"
    assert data["body"].split("\n") == [
        "ZÜRICH (Example Wire) – Tram drivers in Zürich agreed a new wage deal early on Tuesday, "
        "ending a dispute that had threatened services across the city.",
        "“It was a long night,” union negotiator Marco Keller said. Fares will not rise & night lines keep "
        "their timetable.",
        "The deal runs until 2028.",
        "Back pay starts in January.",
        "Talks resumed at 9 p.m.",
        "They ended at dawn.",
    ]
    assert "track(" not in data["body"] and "color" not in data["body"]


def test_ninjs_2x_prefers_plain_body_and_main_headline() -> None:
    data = one("ninjs-2x.json")
    assert data["body"] == (
        "SÃO PAULO – Heavy rain flooded streets in São Paulo on Tuesday.\n\n"
        "Two metro lines were closed, the operator said."
    )
    assert data["headline"] == "Heavy rain floods streets in São Paulo’s city centre"
    assert (data["id"], data["version"], data["urgency"]) == (
        "https://wire.example.org/ninjs/2026/05/12/sao-paulo-rain",
        4,
        5,
    )
    assert (data["byline"], data["dateline"], data["source"]) == ("Ana Souza", "São Paulo", "Agência Exemplo")
    assert data["published_at"] == "2026-05-12T11:05:00+00:00"


def test_ninjs_3x_camel_case() -> None:
    data = one("ninjs-3x.json")
    assert data["id"] == "urn:example-wire:ninjs3:gva-0512-007"
    assert data["version"] == 7
    assert data["headline"] == "Genève : accord sur le prix de l’électricité"
    assert data["body"].split("\n") == [
        "Accord trouvé",
        "GENÈVE – Les autorités ont conclu un accord sur le prix de l’électricité.",
        "« Nous avons évité le pire », a déclaré la ministre.",
    ]
    assert data["published_at"] == "2026-05-12T09:45:00+00:00"
    assert (data["byline"], data["dateline"], data["language"]) == ("Claire Dubois", "Genève", "fr")
    assert (data["source"], data["urgency"]) == ("Example Wire AG", 2)


def ninjs(**fields: Any) -> ParsedItem:
    [item] = parse_document(json.dumps({"uri": "urn:t:1", **fields}), fmt="ninjs", origin="t.json")
    return item


def test_ninjs_bylines_list_and_lenient_metadata() -> None:
    item = ninjs(
        bodies=[{"value": "Plain body, no content type."}],
        bylines=[{"byline": "Maria Ölund"}, {"name": "Piotr Nowak"}, "Ana Souza"],
        version="v2",
        urgency=12,
        versionCreated="yesterday",
    )
    assert item.data == {
        "id": "urn:t:1",
        "body": "Plain body, no content type.",
        "byline": "Maria Ölund, Piotr Nowak, Ana Souza",
        "version_created": "yesterday",
    }  # version, urgency and date dropped (not valid), not fatal
    # The provider's version time is metadata: validation drops it with a note, never the article.
    article = Article.model_validate(item.data)
    assert article.version_created is None
    assert article.metadata_dropped == ["version_created: expected an ISO 8601 date-time, got 'yesterday'"]


def test_ninjs_int_version_and_firstcreated_fallback() -> None:
    item = ninjs(body_text="Text.", version=3, firstcreated="2026-05-12T06:00:00Z")
    assert item.data is not None
    assert (item.data["version"], item.data["published_at"]) == (3, "2026-05-12T06:00:00+00:00")


def test_ninjs_body_that_is_a_number_is_an_error() -> None:
    [item] = parse("ninjs-bad-body.json")
    assert item == ParsedItem("ninjs-bad-body.json", error="ninjs: body_text: expected a string, got number")


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"bodies": [3]}, "ninjs: bodies[0]: expected an object, got number"),
        ({"bodies": {"value": "x"}}, "ninjs: bodies: expected an array, got object"),
        (
            {"headlines": [{"role": "main"}], "body_text": "x"},
            "ninjs: headlines[0].value: expected a string, got null",
        ),
        ({"body_text": "x", "version": 1.5}, "ninjs: version: expected a string, got number"),
        ({"type": "picture"}, "ninjs: no text body (body_text, body_html or bodies; type picture)"),
    ],
)
def test_ninjs_errors_name_the_field(fields: dict[str, Any], error: str) -> None:
    assert ninjs(**fields).error == error


def test_ninjs_list_bad_item_does_not_stop_the_others() -> None:
    doc = json.dumps([{"uri": "urn:a", "body_text": "A."}, 7, {"uri": "urn:c", "body_text": "C."}])
    items = parse_document(doc, fmt="ninjs", origin="list.json")
    assert [(i.origin, i.data and i.data["id"], i.error) for i in items] == [
        ("list.json[1]", "urn:a", None),
        ("list.json[2]", None, "ninjs: expected an object, got number"),
        ("list.json[3]", "urn:c", None),
    ]


def test_ninjs_json_lines() -> None:
    doc = '{"uri": "urn:a", "body_text": "A."}\n{not json\n{"uri": "urn:c", "body_text": "C."}\n'
    items = parse_document(doc, origin="w.jsonl")
    assert [i.origin for i in items] == ["w.jsonl:1", "w.jsonl:2", "w.jsonl:3"]
    assert items[1].error is not None and items[1].error.startswith("ninjs: invalid JSON")
    assert items[2].data == {"id": "urn:c", "body": "C."}


def test_invalid_json_is_one_error() -> None:
    [item] = parse_document('{"uri": "urn:a", "body_text": ', fmt="ninjs")
    assert item.error is not None and item.error.startswith("ninjs: invalid JSON: Expecting value at line 1")
    [item] = parse_document('{\n  "uri": "urn:a",\n  "body_text": "x",\n}\n', fmt="ninjs")
    assert item.error is not None and item.error.startswith("ninjs: invalid JSON: ")
    assert "at line 4" in item.error  # one error for the document, not one per line


# --- NewsML-G2 ---------------------------------------------------------------------------------------


def test_newsml_message_with_two_items() -> None:
    first, second = parse("newsml-message.xml")
    assert first.origin == "newsml-message.xml[1]" and second.origin == "newsml-message.xml[2]"
    assert first.data == {
        "id": "urn:newsml:wire.example.org:20260512:ZRH-0001",
        "version": 3,
        "headline": "Swiss central bank holds rates as franc “stays strong”",
        "body": "Rates unchanged\n"
        "The Swiss National Bank left its policy rate unchanged on Tuesday, "
        "citing a franc that “stays strong” against the euro.\n"
        "Exporters & tourism operators in Zürich welcomed the decision’s timing.",
        "byline": "By Lena Brunner",
        "dateline": "ZÜRICH, May 12",
        "urgency": 2,
        "published_at": "2026-05-12T09:58:00+02:00",
        "language": "en-GB",
        "source": "Example Wire",
        "subjects": [
            {"code": "20000363", "scheme": "medtop", "name": "central bank"},
            {"code": "20000349", "scheme": "medtop"},
        ],
        "genres": [{"code": "Current", "scheme": "genre", "name": "Current"}],
        "keywords": ["interest rates", "Swiss franc"],
        "located": "Zürich",
        "embargoed": "2026-05-12T10:30:00+02:00",
        "version_created": "2026-05-12T09:58:00+02:00",
    }
    assert second.data is not None
    assert "byline" not in second.data  # missing byline stays missing
    assert "urgency" not in second.data  # 11 is not an IPTC urgency
    assert second.data["id"] == "urn:newsml:wire.example.org:20260512:SAO-0002"
    assert second.data["version"] == 1
    assert second.data["language"] == "pt-BR"  # xml:lang of the newsItem
    assert second.data["dateline"] == "São Paulo"  # located/name when there is no dateline
    assert second.data["source"] == "Agência Exemplo"  # provider literal
    assert second.data["body"] == (
        "SÃO PAULO – Duas linhas do metrô foram fechadas nesta terça-feira.\n"
        "A operadora disse que o serviço volta à noite."
    )


def test_newsml_item_without_text_does_not_stop_the_others() -> None:
    empty, ok = parse("newsml-one-empty.xml")
    guid = "urn:newsml:wire.example.org:20260512:EMPTY-0001"
    assert empty.error == f"newsml: newsItem {guid}: no text in contentSet"
    assert ok.data is not None and ok.data["body"] == "Ferries between Malmö and Copenhagen run again."
    assert ok.data["version"] == 2


def test_newsml_not_well_formed_is_one_error_with_the_line() -> None:
    [item] = parse("newsml-broken.xml")
    assert item.data is None and item.error is not None
    assert item.error.startswith("newsml: not well-formed XML: ")
    assert "line 3" in item.error


def test_newsml_with_nitf_inline_and_lone_news_item() -> None:
    doc = (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g:1" version="5">'
        "<contentMeta><headline>Lone item</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/nitf+xml">'
        '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>'
        "<body.head><hedline><hl1>Not body</hl1></hedline></body.head>"
        "<body.content><p>First.</p><p>Second.</p></body.content></body></nitf>"
        "</inlineXML></contentSet></newsItem>"
    )
    [item] = parse_document(doc)
    assert item.data == {"id": "urn:g:1", "version": 5, "headline": "Lone item", "body": "First.\nSecond."}


def test_external_entities_are_not_resolved() -> None:
    text = (WIRE / "newsml-xxe.xml").read_text(encoding="utf-8")
    etc = Path("/etc/passwd")
    passwd = etc.read_text(encoding="utf-8", errors="replace") if etc.exists() else ""
    [item] = parse_document(text, origin="newsml-xxe.xml")
    assert item.error is None and item.data is not None
    assert item.data["headline"] == "Harmless headline"
    assert item.data["body"] == "Before after end."
    for line in passwd.splitlines()[:3]:
        assert line not in repr(item.data)
    assert "root:" not in repr(item.data)


@pytest.mark.parametrize("fmt", ["newsml", "nitf", "feed"])
def test_external_entity_to_a_local_file_is_not_read(tmp_path: Path, fmt: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-XXE-MARKER", encoding="utf-8")
    body = {
        "newsml": '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x"><contentSet>'
        "<inlineData>Body &xxe; text</inlineData></contentSet></newsItem>",
        "nitf": "<nitf><body><body.content><p>Body &xxe; text</p></body.content></body></nitf>",
        "feed": "<rss><channel><title>T &xxe;</title><item><title>I &xxe;</title>"
        "<description>Body &xxe; text</description></item></channel></rss>",
    }[fmt]
    doc = f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n{body}'
    assert detect_format(doc) == fmt
    [item] = parse_document(doc)
    assert item.data is not None, item.error
    assert "TOPSECRET" not in repr(item.data) and "&xxe" not in repr(item.data)
    assert " ".join(item.data["body"].split()) == "Body text"  # plain inlineData keeps its spaces


# --- NITF ----------------------------------------------------------------------------------------------


def test_nitf_document() -> None:
    assert one("nitf-lisbon.xml") == {
        "id": "EXW-20260512-LIS-0042",
        "version": 2,
        "headline": "Lisbon ferry crews strike over São João holiday rota",
        "body": "Ferry crews on the Tagus walked out on Tuesday in a row over rotas "
        "for the São João holiday.\n"
        "What happens next\n"
        "The operator said talks would resume on Thursday & that extra buses would run.",
        "byline": "By João Pereira, Lisbon correspondent",
        "dateline": "LISBON, May 12",
        "urgency": 4,
        "published_at": "2026-05-12T14:30:00+00:00",
        "language": "en",
        "source": "Example Wire AG",
        "subjects": [
            {"code": "09002000", "scheme": "subj", "name": "strike"},
            {"code": "11013000", "scheme": "subj", "name": "Politics"},
        ],
        "genres": [{"name": "Current"}],
        "keywords": ["ferry", "strike"],
        "located": "LISBON",
        "embargoed": "2026-05-12T15:00:00+00:00",
    }


def test_nitf_standard_entities_from_its_dtd_are_kept() -> None:
    doc = (
        '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'
        "<nitf><body><body.content><p>Sold out in 40&nbsp;minutes, &ldquo;fast&rdquo;.</p>"
        "</body.content></body></nitf>"
    )
    [item] = parse_document(doc)
    assert item.data == {"body": "Sold out in 40 minutes, “fast”."}


def test_nitf_without_body_is_an_error() -> None:
    [item] = parse_document("<nitf><head><title>Only a title</title></head></nitf>")
    assert item.error == "nitf: no text in body/body.content"


# --- feeds ---------------------------------------------------------------------------------------------


def test_rss_two_items() -> None:
    first, second = parse("rss-two-items.xml")
    assert first.data == {
        "id": "urn:example-wire:rss:vie-0001",
        "headline": "Vienna opera reopens after “two-year” renovation",
        "body": "VIENNA – The state opera reopened on Monday after a renovation that took “two years”.\n"
        "Tickets for the first night sold out in 40 minutes.",  # content:encoded, not the description
        "byline": "Katrin Huber",
        "published_at": "2026-05-12T06:30:00+00:00",
        "url": "https://wire.example.org/europe/vienna-opera",
        "language": "en-gb",
        "source": "Example Wire – Europe",
        "subjects": [{"code": "20000038", "scheme": "medtop"}],  # a category with a domain
        "keywords": ["Culture"],  # one without
    }
    assert second.data is not None
    assert second.data["id"] == "https://wire.example.org/europe/krakow-marathon"  # no guid: the link
    assert second.data["body"] == (
        "A record 12,000 runners took part in the Kraków marathon.\nOrganisers thanked volunteers."
    )
    assert second.data["published_at"] == "2026-05-12T09:00:00+00:00"


def test_atom_feed() -> None:
    first, second = parse("atom-feed.xml")
    assert first.data is not None and second.data is not None
    assert first.data["id"] == "urn:example-wire:atom:zkb-0001"
    assert first.data["body"] == (
        "ZÜRICH – Die Zürcher Kantonalbank senkt ihre Zinsen.\n"
        "„Wir geben die Senkung weiter“, sagte ein Sprecher."
    )
    assert (first.data["byline"], first.data["language"]) == ("Urs Müller", "de")
    assert first.data["published_at"] == "2026-05-12T05:45:00+00:00"  # published, not updated
    assert first.data["source"] == "Beispiel-Agentur – Schweiz"
    assert second.data["headline"] == "Basler Fasnacht ohne Zwischenfälle"
    assert second.data["body"] == "BASEL – Die Fasnacht verlief ruhig.\nDrei Tage\nKeine Verletzten"
    assert second.data["published_at"] == "2026-05-12T09:30:00+00:00"  # updated when not published


def test_feed_item_without_body_does_not_stop_the_others() -> None:
    items = parse("rss-one-empty.xml")
    assert [i.error for i in items] == [None, "feed: item 2: no content, summary or description", None]
    ids = [i.data["id"] for i in items if i.data]
    assert ids == ["urn:example-wire:rss:osl-0001", "urn:example-wire:rss:tll-0003"]
    assert all("url" not in i.data for i in items if i.data)  # a URN guid is not a web address


def test_truncated_feed_is_one_error() -> None:
    text = (WIRE / "rss-two-items.xml").read_text(encoding="utf-8")
    [item] = parse_document(text[: len(text) // 2], origin="cut.xml")
    assert item.error is not None and item.error.startswith("feed: not well-formed XML: ")


# --- provider metadata ---------------------------------------------------------------------------------


def metadata(name: str, index: int = 0) -> ProviderMetadata | None:
    item = parse(name)[index]
    assert item.data is not None, item.error
    return ProviderMetadata.of(Article.model_validate(item.data))


def test_ninjs_1x_metadata_scheme_uris_become_iptc_aliases() -> None:
    meta = metadata("ninjs-1x.json")
    assert meta is not None
    assert [(s.scheme, s.code, s.name) for s in meta.subjects] == [
        ("medtop", "20000668", "wage negotiation"),
        ("medtop", "20000759", "public transport"),
    ]
    assert [(g.scheme, g.code) for g in meta.genres] == [("genre", "Current")]
    assert meta.keywords == ["tram", "wages", "Zürich"]
    assert (meta.located, meta.byline, meta.urgency) == ("Zürich", "By Lena Brunner", 3)
    assert meta.embargoed is not None and meta.embargoed.isoformat() == "2026-05-12T10:00:00+02:00"
    assert (
        meta.version_created is not None and meta.version_created.isoformat() == "2026-05-12T08:30:00+02:00"
    )
    assert meta.dropped == []


def test_ninjs_2x_and_3x_metadata_from_uri_and_literal() -> None:
    two = metadata("ninjs-2x.json")
    assert two is not None
    assert [(s.scheme, s.code, s.name) for s in two.subjects] == [
        ("medtop", "20000151", "flood"),  # from the uri
        ("medtop", "20000759", "city transport"),  # from a qcode literal
    ]
    assert two.embargoed is None and two.keywords == []  # not sent: not invented
    three = metadata("ninjs-3x.json")
    assert three is not None
    assert [(s.scheme, s.code) for s in three.subjects] == [("medtop", "20000252")]  # https too
    assert [(g.scheme, g.code, g.name) for g in three.genres] == [("genre", "Current", "Current")]
    assert three.keywords == ["électricité", "Genève"] and three.located == "Genève"
    assert three.embargoed is not None and three.embargoed.isoformat() == "2026-05-12T12:00:00+00:00"


def test_newsml_nitf_and_feed_metadata() -> None:
    newsml = metadata("newsml-message.xml")
    assert newsml is not None and newsml.embargoed is not None and newsml.urgency == 2
    assert [(s.scheme, s.code) for s in newsml.subjects] == [("medtop", "20000363"), ("medtop", "20000349")]
    nitf = metadata("nitf-lisbon.xml")
    assert nitf is not None and nitf.version_created is None  # NITF has no version time
    assert (nitf.subjects[0].scheme, nitf.subjects[0].code, nitf.subjects[0].name) == (
        "subj",
        "09002000",
        "strike",
    )
    atom = metadata("atom-feed.xml")
    assert atom is not None
    assert [(s.scheme, s.code, s.name) for s in atom.subjects] == [("medtop", "20000178", "Zinssatz")]
    assert atom.keywords == ["Banken"]
    assert (
        atom.version_created is not None and atom.version_created.isoformat() == "2026-05-12T06:05:00+00:00"
    )
    assert metadata("rss-two-items.xml", 1) is None  # an item without metadata has none


def test_json_metadata_fields_and_lenient_forms() -> None:
    [item] = parse_document(
        json.dumps(
            {
                "body": "Text.",
                "subjects": [{"code": "20000002", "scheme": "medtop", "name": "arts"}, "Culture"],
                "keywords": "opera, Vienna, opera",
                "genre": {"code": "Current", "scheme": "genre"},
                "located": "Vienna",
                "embargoed": "2026-05-12T10:00:00Z",
                "version_created": "2026-05-12T09:00:00Z",
            }
        ),
        fmt="json",
    )
    meta = ProviderMetadata.of(Article.model_validate(item.data))
    assert meta is not None and meta.dropped == []
    assert [(s.scheme, s.code, s.name) for s in meta.subjects] == [
        ("medtop", "20000002", "arts"),
        (None, None, "Culture"),  # a string subject is a name
    ]
    assert meta.keywords == ["opera", "Vienna"]  # a string is split on commas, repeats dropped
    assert [(g.scheme, g.code) for g in meta.genres] == [("genre", "Current")]  # genre read as genres


@pytest.mark.parametrize(
    ("fields", "note"),
    [
        ({"subjects": 5}, "subjects: expected an object or a string, got number"),
        ({"subjects": [{"code": "1"}, 7]}, "subjects[1]: expected an object or a string, got number"),
        ({"subjects": [{"name": ["a"]}]}, "subjects[0].name: expected a string, got array"),
        ({"keywords": {"a": 1}}, "keywords: expected a list of strings, got object"),
        ({"keywords": ["a", None]}, "keywords[1]: expected a string, got null"),
        ({"genres": [True]}, "genres[0]: expected an object or a string, got boolean"),
        ({"located": 12}, "located: expected a string, got number"),
        ({"embargoed": "next week"}, "embargoed: expected an ISO 8601 date-time, got 'next week'"),
        ({"version_created": 1715500000}, "version_created: expected an ISO 8601 date-time, got 1715500000"),
    ],
)
def test_invalid_metadata_is_dropped_with_a_note_naming_the_field(fields: dict[str, Any], note: str) -> None:
    article = Article.model_validate({"id": "m", "body": "Text.", **fields})  # never a rejection
    assert note in article.metadata_dropped
    meta = ProviderMetadata.of(article)
    assert meta is not None and note in meta.dropped


def test_invalid_ninjs_metadata_is_dropped_not_the_article() -> None:
    item = ninjs(
        body_text="Text.",
        subjects=[{"name": "ok", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000002"}, "x", 3],
        genres="Current",
        keywords=[1, "kept"],
        embargoed="soon",
    )
    assert item.error is None and item.data is not None
    article = Article.model_validate(item.data)
    assert [(s.code, s.name) for s in article.subjects] == [("20000002", "ok"), (None, "x")]
    assert [g.name for g in article.genres] == ["Current"] and article.keywords == ["kept"]
    assert article.metadata_dropped == [
        "subjects[2]: expected an object or a string, got number",
        "keywords[0]: expected a string, got number",
        "embargoed: expected an ISO 8601 date-time, got 'soon'",
    ]


# --- plain formats ------------------------------------------------------------------------------------


def test_text_json_and_jsonl_pass_through() -> None:
    assert parse_document("Storm hits coast\n\nWinds.\n", origin="a.txt") == [
        ParsedItem("a.txt", data={"headline": "Storm hits coast", "body": "Winds."})
    ]
    items = parse_document('[{"id": "a", "body": "A."}, "oops"]', origin="b.json")
    assert items == [
        ParsedItem("b.json[1]", data={"id": "a", "body": "A."}),
        ParsedItem("b.json[2]", error="json: expected a JSON object, got string"),
    ]
    items = parse_document('{"id": "a", "body": "A."}\n\n[1]\n', origin="c.jsonl")
    assert [i.origin for i in items] == ["c.jsonl:1", "c.jsonl:3"]
    assert items[1].error == "jsonl: expected a JSON object, got array"


# --- HTML to text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("<p>Line<br>break<br/>again</p>", "Line\nbreak\nagain"),
        ("<h1>Title</h1><ul><li>a</li><li>b <b>bold</b></li></ul>", "Title\na\nb bold"),
        ("<p>  lots \n of\t space  </p>", "lots of space"),
        ("<p>Caf&eacute; &amp; &#8220;bar&#8221; &lt;tag&gt;</p>", "Café & “bar” <tag>"),
        ("<script>var a = 1;</script><style>p {}</style><p>Kept</p><!-- comment -->", "Kept"),
        ("<html><head><title>T</title></head><body><div>In <i>x</i></div>tail</body></html>", "In x\ntail"),
        ("plain text, no tags", "plain text, no tags"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_html_to_text_deep_nesting() -> None:
    assert html_to_text("<div>" * 200 + "deep" + "</div>" * 200) == "deep"
    assert isinstance(html_to_text("<div>" * 50_000 + "x"), str)  # past libxml2's depth limit: no crash


# --- robustness ---------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.sampled_from(["<", "<rss>", "<nitf><body>", "{", "[", '{"uri": 1, "bodies": 5}', "<feed/>"]),
    ),
    fmt=st.sampled_from([None, *FORMATS]),
)
def test_parsing_never_raises(text: str, fmt: str | None) -> None:
    items = parse_document(text, fmt=fmt, origin="fuzz")
    assert items
    for item in items:
        assert (item.data is None) != (item.error is None)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.characters(exclude_categories=()), max_size=200),  # lone surrogates too
    filename=st.sampled_from([None, "a.json", "b.xml"]),
)
def test_detection_and_html_to_text_never_raise(text: str, filename: str | None) -> None:
    assert detect_format(text, filename=filename) in FORMATS
    assert isinstance(html_to_text(f"<p>{text}</p>"), str)
    assert parse_document(f"<nitf><body><body.content><p>{text}</p></body.content></body></nitf>")
