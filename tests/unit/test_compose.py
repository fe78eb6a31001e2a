"""No Docker engine runs here, so the compose file's structure is what we can check — and must."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Any

import yaml

from workers.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DVK_ROLES = {"watcher", "worker", "beat", "web", "migrate"}


def load() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    return data


def test_every_role_and_backing_service_is_there() -> None:
    services = load()["services"]
    assert {"postgres", "redis", "mail", *DVK_ROLES} <= set(services)


def test_backing_services_have_healthchecks_and_dvk_waits_for_them() -> None:
    services = load()["services"]
    for name in ("postgres", "redis", "mail"):
        assert services[name]["healthcheck"]["test"], name
    for name in DVK_ROLES - {"migrate"}:
        depends = services[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy", name
        assert depends["redis"]["condition"] == "service_healthy", name
        assert depends["migrate"]["condition"] == "service_completed_successfully", name
        assert services[name]["healthcheck"]["test"], name
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["migrate"]["command"] == ["db", "upgrade"]


def test_dvk_services_share_one_configuration_of_known_variables() -> None:
    services = load()["services"]
    known = {f"DVK_{name.upper()}" for name in Settings.model_fields}
    environments = [services[name]["environment"] for name in DVK_ROLES]
    assert all(env == environments[0] for env in environments)
    assert set(environments[0]) <= known, set(environments[0]) - known
    for needed in ("DVK_DATABASE_URL", "DVK_BROKER_URL", "DVK_IMAP_URL", "DVK_SMTP_URL"):
        assert needed in environments[0]


def test_commands_are_dvk_subcommands() -> None:
    from typer.main import get_command

    from workers.cli import app

    cli = get_command(app)
    services = load()["services"]
    for name in DVK_ROLES:
        assert services[name]["command"][0] in cli.commands, name  # type: ignore[attr-defined]


def test_the_web_register_is_reached_through_its_trusted_proxy_only() -> None:
    compose = load()
    services = compose["services"]
    proxy = services["proxy"]
    address = proxy["networks"]["default"]["ipv4_address"]
    settings = Settings(
        _env_file=None, trusted_proxies=services["web"]["environment"]["DVK_TRUSTED_PROXIES"]
    )
    assert settings.trusted_proxies == [f"{address}/32"]  # the proxy's fixed address, no more
    subnet = compose["networks"]["default"]["ipam"]["config"][0]["subnet"]
    assert ipaddress.ip_address(address) in ipaddress.ip_network(subnet)
    assert "web:8000" in proxy["command"]
    assert "ports" not in services["web"]  # no way around the proxy


def test_workers_scale_out_and_the_watcher_stays_one() -> None:
    """`docker compose up --scale worker=N` needs a worker without fixed name, host or port;
    workers elsewhere need the database and Redis reachable (loopback unless PUBLISH_ADDRESS)
    and Redis behind a password."""
    services = load()["services"]
    worker = services["worker"]
    assert not {"container_name", "hostname", "ports"} & set(worker), "worker cannot scale"
    assert worker["command"][:2] == ["worker", "--concurrency"]
    for name, port in (("postgres", 5432), ("redis", 6379)):
        assert services[name]["ports"] == [f"${{PUBLISH_ADDRESS:-127.0.0.1}}:{port}:{port}"]
    redis = services["redis"]
    assert "--requirepass" in redis["command"]
    broker = services["worker"]["environment"]["DVK_BROKER_URL"]
    assert broker.startswith("redis://:${REDIS_PASSWORD:-dvk}@redis:")
    assert "${REDIS_PASSWORD:-dvk}" in redis["healthcheck"]["test"]
    assert services["watcher"]["command"] == ["watch"] and "deploy" not in services["watcher"]


def test_a_province_can_leave_the_default_mailbox_empty() -> None:
    """`DVK_IMAP_URL=` in .env must mean "no default mailbox" (the communes' accounts only):
    `${VAR-default}` keeps an empty value, `${VAR:-default}` would replace it."""
    url = load()["services"]["watcher"]["environment"]["DVK_IMAP_URL"]
    assert url.startswith("${DVK_IMAP_URL-") and not url.startswith("${DVK_IMAP_URL:-")
