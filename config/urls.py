"""Redis URLs: passwords masked wherever a URL may appear in a message, and the database checked."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit


# ``scheme://user:password@``: the password runs to the last ``@`` of the URL (a password may hold ``@``
# or ``/``), which is never past whitespace or a quote mark around the URL in a message.
class RedisURLError(ValueError):
    """A Redis URL that cannot be used; the message names the problem, never the password."""


_CREDENTIALS = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^:@/\s'\"]*):[^\s'\"]*@")


def mask_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _CREDENTIALS.sub(r"\g<head>:***@", text)


def check_redis_url(url: str) -> str:
    """``url`` when its database is a whole number from 0; otherwise ValueError (the password masked).

    redis-py reads ``redis://host/abc`` as database 0, silently; kombu would read it otherwise. Sentinel
    URLs name the database after the master: ``sentinel://host/master/1``.
    """
    if url.startswith("sentinel://"):
        parts = [p for p in url.split("/")[3:] if p]
        db = parts[1] if len(parts) > 1 else ""
    elif url.startswith(("redis://", "rediss://")):
        db = unquote(urlsplit(url).path).strip("/")
    else:
        return url
    if db and not (db.isascii() and db.isdigit()):
        raise RedisURLError(
            f"redis_url: the database must be a number (0, 1, ...), got {db!r} in {mask_passwords(url)!r}"
        )
    return url
