"""``wirelens analyse``'s soft time limit holds even when the first signal lands where Python swallows it."""

from __future__ import annotations

import time

import pytest

from workers.timelimit import TimeLimitExceeded, article_time_limit


def test_a_swallowed_soft_limit_comes_again_and_stops_the_article() -> None:
    # A finaliser run by the garbage collector, or any code that catches Exception, can eat the first
    # TimeLimitExceeded; the article must still stop instead of finishing as "ok" past its limit.
    swallowed = 0
    with pytest.raises(TimeLimitExceeded), article_time_limit(0.2, 0, what="article 'slow'"):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                while time.monotonic() < deadline:
                    pass
            except TimeLimitExceeded:
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_the_limit_is_disarmed_when_the_article_ends_in_time() -> None:
    with article_time_limit(0.3, 0, what="article 'quick'"):
        pass
    time.sleep(0.8)  # a signal left armed would raise here
