"""Adapters that send mail out: acknowledgements, reminders, digests, through the outbox.

- `ack.plan_acknowledgement` — after a message is processed: a reply in its thread saying what
  was read, or nothing when answering could loop (`safety`).
- `reminders.run_due_reminders` — the periodic scan of `ReminderSlot` rows (working days from
  `calendar`), planning reminders, overdue reminders and the office digest.
- `outbox.send_due` / `send_one` — planned → sending → sent / failed, exactly once except the
  documented crash-after-accept window (see `notifier.outbox`).
- `senders` — SMTP, or `.eml` files in the outbox folder when no server is configured.
Every mail is composed once (`compose`, Jinja2 templates the office may override) and its bytes
are stored, so a retry sends the identical message.
"""
