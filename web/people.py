"""Who did it, as the office reads it: a login name shown as the person's full name."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from documents.models import User


def display_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """Each login name's display name ("Nguyễn Thị Hà"), or the login name when none is set.

    Names that are not logins (the pipeline, a CLI run) stay as they are.
    """
    wanted = {u for u in usernames if u}
    if not wanted:
        return {}
    found = dict(
        session.execute(
            select(User.username, User.display_name).where(User.username.in_(wanted))
        ).all()
    )
    return {u: (found.get(u) or u) for u in wanted}
