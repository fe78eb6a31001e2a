"""Test data helpers shared by the unit, integration and web test factories."""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import Session

from documents.models import Blob


def store_blob(session: Session, data: bytes) -> str:
    """Store `data` once, content-addressed as the application does; return its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()
    return digest
