"""Bridges the root conftest's `database_url` (which asks for `postgresql_url`) to its
`postgres_url` fixture, until the root conftest names them alike."""

from __future__ import annotations

import pytest

from tests import conftest as root

if not hasattr(root, "postgresql_url"):

    @pytest.fixture(scope="session")
    def postgresql_url(request: pytest.FixtureRequest) -> str:
        return str(request.getfixturevalue("postgres_url"))
