"""The analyses: pure functions over a parsed spaCy ``Doc`` returning typed results.

Only ``tasks.jobs`` knows about Celery (through ``shared_task``); nothing here imports Redis or ``workers``.
"""
