"""Bridges tests/conftest.py's `database_url`, which asks for `postgresql_url` (the fixture is
named `postgres_url`). Defined only while the root conftest lacks it."""

from __future__ import annotations

import pytest

import tests.conftest as root

if not hasattr(root, "postgresql_url"):

    @pytest.fixture(scope="session")
    def postgresql_url(postgres_url: str) -> str:
        return postgres_url
