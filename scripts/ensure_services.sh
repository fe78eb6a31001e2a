#!/usr/bin/env bash
# Make sure PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) answer, starting them from
# Debian's packages when they do not. With --required (scripts/test.sh) or on CI (CI=true) a
# service that cannot be started fails the run.
set -uo pipefail

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo -n "$@"; fi; }

wait_port() {
  for _ in $(seq 1 50); do port_open "$1" && return 0; sleep 0.2; done
  return 1
}

ensure_postgres() {
  port_open 5432 && return 0
  if ! command -v pg_ctlcluster >/dev/null; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$version" ]] || return 1
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
  wait_port 5432
}

ensure_redis() {
  port_open 6379 && return 0
  if ! command -v redis-server >/dev/null; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null || return 1
  fi
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/dvk-tests.log || return 1
  wait_port 6379
}

status=0
ensure_postgres || { echo "PostgreSQL is not reachable on 127.0.0.1:5432 and could not be started." >&2; status=1; }
ensure_redis || { echo "Redis is not reachable on 127.0.0.1:6379 and could not be started." >&2; status=1; }
if ((status != 0)) && [[ "${1:-}" == "--required" || "${CI:-}" == "true" ]]; then
  exit 1
fi
exit 0
