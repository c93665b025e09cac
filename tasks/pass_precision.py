"""The measured precision of the speaker-attribution passes: ``config/speaker_passes.yaml``, read once.

Each pass of :data:`tasks.speakers.PASSES` has right and wrong counts per dev corpus (GGT, PolNeAR), written
by ``bench/eval_quotes.py --record``. A pass is *below the floor* when, on either corpus and over at least
``min_count`` answers (so that 1 of 1 is not judged), its precision is below ``floor``: a wrong speaker costs
more than none, so such a pass answers only with corroboration (``Pass.corroborate``), or the file says why
it is still open (``open:``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from config.settings import SPEAKER_PASSES


class Counts(BaseModel):
    """A pass's answers on one corpus, as the shared scorer judges them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    right: int = Field(ge=0)
    wrong: int = Field(ge=0)

    @property
    def answers(self) -> int:
        return self.right + self.wrong

    @property
    def precision(self) -> float | None:
        return self.right / self.answers if self.answers else None


class PassFigures(BaseModel):
    """One pass: its counts per corpus and, when it stays below the floor, why (``open``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ggt: Counts
    polnear: Counts
    open: str | None = None

    def corpora(self) -> dict[str, Counts]:
        return {"ggt": self.ggt, "polnear": self.polnear}


class PassPrecision(BaseModel):
    """The whole file: the floor, the minimum count judged, when and on what code it was measured."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int | str
    floor: float = Field(gt=0, le=1)
    min_count: int = Field(ge=1)
    measured: str
    code: str
    passes: dict[str, PassFigures]

    def below_floor(self) -> dict[str, list[str]]:
        """The passes below the floor, each with the corpora (``ggt``, ``polnear``) it falls short on."""
        out: dict[str, list[str]] = {}
        for name, figures in self.passes.items():
            short = [
                corpus
                for corpus, c in figures.corpora().items()
                if c.answers >= self.min_count and c.precision is not None and c.precision < self.floor
            ]
            if short:
                out[name] = short
        return out


@lru_cache(maxsize=4)
def load_pass_precision(path: Path = SPEAKER_PASSES) -> PassPrecision:
    """Read and validate the measured figures once per process.

    Raises:
        FileNotFoundError: The file does not exist.
        ValueError: The file is not YAML or a field is missing or wrong (the message names the file).
    """
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ValueError(f"{path}: not valid YAML: {e}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping with 'floor', 'min_count' and 'passes' at the top")
    try:
        return PassPrecision.model_validate(raw)
    except ValidationError as e:
        raise ValueError(f"{path}: {e}") from None
