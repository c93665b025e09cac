"""Celery configuration, derived from the settings (loaded with ``config_from_object("config.celery")``).

Each value below closes a known hole in Celery-on-Redis delivery; see README, "Delivery".
"""

from __future__ import annotations

from kombu import Queue

from config.settings import DEFAULT_PRIORITY, PRIORITY_STEPS, STAGES, get_settings

_s = get_settings()

broker_url = _s.celery_broker
# Output goes to Redis Streams, not a result backend.
result_backend = None
task_ignore_result = True

# JSON only: pickle on a shared broker is remote code execution.
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
event_serializer = "json"

# At-least-once: ack after the task ran, and requeue when the child process died under it.
task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 1
worker_cancel_long_running_tasks_on_connection_loss = True
broker_connection_retry_on_startup = True
broker_connection_max_retries = None
# A Redis error that is not a lost connection (OOM at maxmemory, READONLY after a failover, MISCONF) while
# the consumer starts or runs: reconnect and try again, never exit (workers/transport.py).
broker_channel_error_retry = True

# soft < hard < visibility timeout, so a stuck article ends before Redis hands it to someone else.
task_soft_time_limit = _s.task_soft_time_limit
task_time_limit = _s.task_time_limit
# Priorities 0 (highest) to 9: wire urgency 1-3 (flash, bulletin) jumps the queue. Kombu keeps one Redis list
# per priority step and, with prefetch 1, always takes from the most urgent non-empty one; between queues of
# the same priority it keeps their declared order.
broker_transport_options = {
    "visibility_timeout": _s.visibility_timeout,
    "priority_steps": PRIORITY_STEPS,
    "queue_order_strategy": "priority",
}
if (_sentinel := _s.sentinel) is not None:  # Redis behind Sentinel: kombu asks them for the master
    broker_transport_options["master_name"] = _sentinel.master
task_default_priority = _s.broker_priority(DEFAULT_PRIORITY)

worker_max_memory_per_child = _s.worker_max_memory_per_child_kb
worker_concurrency = _s.worker_concurrency
# Loading the model after fork happens lazily on first use as well, so the 4 s start-up window is enough.
worker_proc_alive_timeout = 30.0

# Flower sees tasks, including those not yet picked up.
worker_send_task_events = True
task_send_sent_event = True

# One queue per stage so each stage scales on its own. A worker on several stages takes from the last stage
# first ("priority" queue order, below): it finishes articles in hand before it starts new ones, which keeps
# per-article latency and the backlog of in-flight payloads small.
# RabbitMQ keeps priorities per queue, declared with x-max-priority; Redis keeps a list per priority step.
_queue_args = {"x-max-priority": PRIORITY_STEPS[-1]} if _s.amqp else None
task_queues = [Queue(_s.queue(stage), queue_arguments=_queue_args) for stage in reversed(STAGES)]
task_default_queue = _s.queue("parse")
task_routes = {f"wirelens.{stage}": {"queue": _s.queue(stage)} for stage in STAGES}
# WIRELENS_FUSED: the whole article in one task, taken from the parse queue (workers/analyse_task.py).
task_routes["wirelens.analyse"] = {"queue": _s.queue("parse")}

worker_hijack_root_logger = False
