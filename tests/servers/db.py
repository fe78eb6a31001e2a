"""Stop-gap for tests/conftest.py: `database_url` asks for `postgresql_url`, which is defined as
`postgres_url`. Import this fixture into a test module until the root conftest agrees."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def postgresql_url(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue("postgres_url"))
