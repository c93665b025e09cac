"""Configuration: typed settings, Celery configuration, logging set-up and lexicon data.

Nothing in this package imports from `tasks` or `workers`.
"""
