"""The composition root: the CLI, the Celery app and tasks, the in-process runner."""
