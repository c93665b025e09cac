"""The analyses: pure functions over a parsed spaCy ``Doc`` returning typed results.

Nothing here knows about Celery or Redis or imports ``workers``: the Celery tasks that call these live in
``workers/`` (``stage_tasks.py``, ``analyse_task.py``, ``publish_task.py``).
"""
