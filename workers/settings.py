"""All of dvk's settings in one object: each part's own settings, composed.

`Settings()` reads every `DVK_` variable once (and an optional `.env`); the composition root
builds it and hands it to each part, which sees it through its own class (`IngestSettings`,
`NotifierSettings`, `WebSettings`, the shared `CoreSettings`). The variable names are those of
the fields, so `DVK_IMAP_URL`, `DVK_SMTP_URL`, `DVK_WEB_PORT`… mean what they always meant.
"""

from __future__ import annotations

from ingest.settings import IngestSettings
from notifier.settings import NotifierSettings
from web.settings import WebSettings


class Settings(IngestSettings, NotifierSettings, WebSettings):
    """dvk's configuration; every field maps to a `DVK_<NAME>` environment variable."""
