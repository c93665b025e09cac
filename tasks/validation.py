"""Readable validation errors: the field and the problem, one line."""

from __future__ import annotations

from pydantic import ValidationError


def describe_validation_error(exc: ValidationError) -> str:
    """``"body: Field required; urgency: Input should be less than or equal to 9"``."""
    parts = []
    for err in exc.errors():
        field = ".".join(str(x) for x in err.get("loc", ())) or "article"
        msg = str(err.get("msg", "invalid"))
        msg = msg.removeprefix("Value error, ")
        parts.append(f"{field}: {msg}")
    return "; ".join(parts)
