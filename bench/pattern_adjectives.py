"""Build an evaluative-adjective lexicon from Pattern's English subjectivity lexicon (lex27, an experiment).

NOT shipped: wired into the bias tagger below bias.yaml (branch lex27, commit 0e2840b: a lower-precedence
lexicon file, an `evaluative` sense pass, the tags kept out of the sentence model's features), it did not
help the unstudied halves (README, bias section, "A general evaluative-adjective source"). The script stays
so the experiment can be rerun; its output goes to the current directory, not config/lexicons/.

The source is ``textblob/en/en-sentiment.xml`` in the TextBlob wheel (Pattern's lexicon by Tom De Smedt and
Walter Daelemans, CLiPS, University of Antwerp; licence PDDL, i.e. public domain: the file's own header). It
was written for product and movie reviews, not from any of our evaluation data, so a word it brings in is not
fitted to our dev sentences. Each entry is one sense of a word with a polarity (-1..1) and a subjectivity
(0..1). A form is kept only when EVERY one of its adjective senses is both subjective and polarised: a word
with a neutral sense ("important", "major", "new", "critical", "high") is left out whole, since the tagger
cannot tell its senses apart and news uses the neutral one most.

Usage::

    python -m bench.pattern_adjectives                  # pip-downloads textblob==0.20.1 (no deps)
    python -m bench.pattern_adjectives --xml PATH       # or reads an extracted en-sentiment.xml

Writes the YAML (bias-lexicon file format plus `provenance` and per-entry `figures`, which the branch's
loader read) with each kept form's figures and the thresholds in its header.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

OUT = Path("evaluative_adjectives.yaml")
PACKAGE, VERSION, MEMBER = "textblob", "0.20.1", "textblob/en/en-sentiment.xml"
# A sense counts as subjective at Pattern's own midpoint of the 0..1 scale.
SUBJECTIVE = 0.5


def fetch_xml(workdir: Path) -> bytes:
    """The lexicon file from the TextBlob wheel, fetched with pip (no dependencies)."""
    pip = [sys.executable, "-m", "pip"]
    if subprocess.run([*pip, "--version"], capture_output=True).returncode != 0:
        pip = ["pip"]
    spec = f"{PACKAGE}=={VERSION}"
    cmd = [*pip, "download", spec, "--no-deps", "--only-binary", ":all:", "-d", str(workdir)]
    subprocess.run(cmd, check=True, capture_output=True)
    wheel = next(workdir.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        return z.read(MEMBER)


def senses(xml: bytes) -> dict[str, list[tuple[float, float]]]:
    """(polarity, subjectivity) of every adjective sense, by one-word lower-case form."""
    by_form: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for w in ET.fromstring(xml):
        form = (w.get("form") or "").lower()
        # Function words ("many", "own", "more", "top": spaCy's English stop list) quantify or point; they
        # do not grade, whatever a review corpus made of them.
        if w.get("pos") != "JJ" or (not form.isalpha() and "-" not in form) or form in STOP_WORDS:
            continue
        by_form[form].append((float(w.get("polarity", 0)), float(w.get("subjectivity", 0))))
    return by_form


def figures(ss: list[tuple[float, float]]) -> dict[str, float | int]:
    pol = [p for p, _ in ss]
    subj = [s for _, s in ss]
    return {
        "senses": len(ss),
        "subjectivity_mean": round(statistics.fmean(subj), 2),
        "subjectivity_max": max(subj),
        "subjectivity_min": min(subj),
        "polarity_mean": round(statistics.fmean(pol), 2),
        "polarity_min_abs": min(abs(p) for p in pol),
        "share_subjective": round(sum(s >= SUBJECTIVE for s in subj) / len(subj), 2),
    }


def build(xml: bytes, min_polarity: float, min_subjectivity: float) -> dict:
    entries = []
    for form, ss in sorted(senses(xml).items()):
        f = figures(ss)
        if f["polarity_min_abs"] < min_polarity or f["subjectivity_min"] < min_subjectivity:
            continue
        tone = "negative" if f["polarity_mean"] < 0 else "positive"
        entries.append(
            {
                "term": form,
                "category": "evaluative",
                "severity": 1,
                "pos": ["ADJ"],
                "reason": (
                    f"evaluative adjective: {{who}} '{{text}}' grades rather than describes ({tone}; Pattern "
                    f"subjectivity lexicon: subjectivity {f['subjectivity_mean']}, polarity "
                    f"{f['polarity_mean']} over {f['senses']} sense{'s' if f['senses'] > 1 else ''})"
                ),
                "figures": f,
            }
        )
    return {
        "version": f"pattern-{VERSION}-p{min_polarity}-s{min_subjectivity}",
        "provenance": {
            "package": f"{PACKAGE}=={VERSION} (PyPI wheel)",
            "file": MEMBER,
            "lexicon": "Pattern English subjectivity lexicon (en-sentiment.xml, version 1.3)",
            "authors": "Tom De Smedt, Walter Daelemans (CLiPS, University of Antwerp)",
            "licence": "PDDL (Open Data Commons Public Domain Dedication and License)",
            "thresholds": {
                "senses": "adjective (JJ) senses of one-word forms, not in spaCy's English stop words",
                "every_sense_abs_polarity_at_least": min_polarity,
                "every_sense_subjectivity_at_least": min_subjectivity,
            },
            "built_by": "bench/pattern_adjectives.py",
        },
        "categories": {
            "evaluative": {
                "reason": "evaluative adjective: {who} '{text}' grades rather than describes",
                "severity": 1,
            }
        },
        "entries": entries,
    }


HEADER = """\
# wirelens evaluative adjectives: third-party data (Pattern, PDDL), credited in NOTICE.
#
# Generated by bench/pattern_adjectives.py from Pattern's English subjectivity lexicon as shipped in the
# TextBlob wheel (textblob==0.20.1, textblob/en/en-sentiment.xml), by Tom De Smedt and Walter Daelemans
# (CLiPS, University of Antwerp), licence PDDL (public domain). Do not edit by hand: rerun the script.
# Kept: one-word adjective forms whose every sense is subjective and polarised (thresholds in `provenance`);
# per form, `figures` over its senses. Not read by wirelens as shipped (see bench/pattern_adjectives.py).
"""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--xml", type=Path, help="an extracted en-sentiment.xml (default: pip download)")
    ap.add_argument("--min-polarity", type=float, default=0.5)
    ap.add_argument("--min-subjectivity", type=float, default=0.7)
    ap.add_argument("--adverbs", action="store_true", help="tag the -ly adverbs of kept forms too")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.xml:
        xml = args.xml.read_bytes()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            xml = fetch_xml(Path(tmp))
    data = build(xml, args.min_polarity, args.min_subjectivity)
    data["adverbs"] = args.adverbs
    entries = data.pop("entries")
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110) + "entries:\n"
    for e in entries:  # one line a form
        line = yaml.safe_dump(e, sort_keys=False, default_flow_style=True, width=10**6).strip()
        body += f"  - {line}\n"
    args.out.write_text(HEADER + "\n" + body, encoding="utf-8")
    print(f"{args.out}: {len(entries)} forms", file=sys.stderr)


if __name__ == "__main__":
    main()
