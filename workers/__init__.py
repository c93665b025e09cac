"""What runs: the Celery app, worker start-up, producers, result publishing and reading, the CLI."""
