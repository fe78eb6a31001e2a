"""Adapters that bring mail in: the IMAP watcher, the drop folder and MIME parsing."""
