"""The core of dvk: the register's data, the field contract, extraction, matching, submission rules.

Nothing here knows about IMAP, SMTP, Celery or HTTP; the adapters (`ingest`, `notifier`, `web`)
use this package and `workers` wires them together.
"""
