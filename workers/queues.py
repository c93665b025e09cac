"""How many messages wait in a stage queue, whatever the broker: Redis lists (one per priority step) or
RabbitMQ queues (a passive declare)."""

from __future__ import annotations

import contextlib
from typing import Any

import redis
from kombu import Connection

from config.settings import KOMBU_PRIORITY_SEP, PRIORITY_STEPS, Settings


def priority_lists(queue: str) -> list[str]:
    """The Redis lists of a queue, one per priority step (kombu names them so; step 0 is the queue's name)."""
    return [queue if p == 0 else f"{queue}{KOMBU_PRIORITY_SEP}{p}" for p in PRIORITY_STEPS]


def redis_queue_depth(client: redis.Redis, queue: str) -> int:
    """Messages waiting in a Redis-backed queue, over all its priority lists."""
    pipe = client.pipeline(transaction=False)
    for name in priority_lists(queue):
        pipe.llen(name)
    return int(sum(pipe.execute()))


class QueueDepth:
    """``depth(queue)`` for the configured broker; one AMQP connection, opened on first use."""

    def __init__(self, client: redis.Redis, settings: Settings) -> None:
        self.client, self.settings = client, settings
        self._amqp: Any = None

    def __call__(self, queue: str) -> int:
        if not self.settings.amqp:
            return redis_queue_depth(self.client, queue)
        if self._amqp is None:
            self._amqp = Connection(self.settings.celery_broker)
        channel = self._amqp.channel()
        try:
            return int(channel.queue_declare(queue=queue, passive=True).message_count)
        except self._amqp.channel_errors:  # not declared yet: no worker ever consumed it, nothing waits
            return 0
        finally:
            with contextlib.suppress(Exception):  # a failed passive declare has closed it already
                channel.close()

    def close(self) -> None:
        if self._amqp is not None:
            self._amqp.release()
