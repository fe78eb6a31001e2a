"""Adapters that send mail out: acknowledgements, reminders, digests, through the outbox."""
