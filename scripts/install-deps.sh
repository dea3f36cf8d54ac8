#!/usr/bin/env bash
# Installs and starts what ChatBuddy needs on Debian 12 (run as root): PostgreSQL 15 with pgvector,
# pg_trgm and unaccent, Redis, and Chromium for the browser tests. Idempotent: a second run only starts what is stopped.
set -euo pipefail

PG_MAJOR="${CHATBUDDY_PG_MAJOR:-15}"
PG_PORT="${CHATBUDDY_PG_PORT:-5432}"
REDIS_PORT="${CHATBUDDY_REDIS_PORT:-6379}"
DB_USER="${CHATBUDDY_DB_USER:-chatbuddy}"
DB_PASSWORD="${CHATBUDDY_DB_PASSWORD:-chatbuddy}"

log() { printf '\033[1;34m[install-deps]\033[0m %s\n' "$*"; }

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -E bash "$0" "$@"; fi
  echo "install-deps: run as root (or install sudo)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

apt_updated=0
apt_update_once() {
  if [ "$apt_updated" -eq 0 ]; then
    log "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
}

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    apt_update_once
    log "apt-get install ${missing[*]}"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_packages "postgresql-$PG_MAJOR" "postgresql-contrib" "postgresql-client-$PG_MAJOR" redis-server ca-certificates

# Headless Chromium for the widget's browser tests (Playwright drives the system browser; nothing is downloaded).
install_packages chromium fonts-dejavu-core

pg_sharedir="/usr/share/postgresql/$PG_MAJOR/extension"

# The first configured Debian mirror, from either apt source format; never a hard-coded host.
debian_mirror() {
  {
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -E '^\s*URIs:' | awk '{print $2}' || true
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | grep -E '^\s*deb\s' | awk '{print $2}' || true
  } | grep -E '/debian/?$' | grep -v security | head -n1 || true
}

build_pgvector_from_debian_source() {
  local mirror; mirror="$(debian_mirror)"
  if [ -z "$mirror" ]; then
    echo "install-deps: no Debian mirror found in the apt sources; cannot fetch the pgvector source package" >&2
    exit 1
  fi
  log "building pgvector from Debian's source package (trixie) via $mirror"
  cat > /etc/apt/sources.list.d/chatbuddy-pgvector-src.sources <<SRC
Types: deb-src
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  apt_updated=0
  install_packages dpkg-dev build-essential "postgresql-server-dev-$PG_MAJOR"
  apt_update_once
  local work; work="$(mktemp -d)"
  (
    cd "$work"
    apt-get source -qq pgvector >/dev/null 2>&1 || apt-get source pgvector
    cd pgvector-*/
    make -s PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" >/dev/null
    make -s PG_CONFIG="/usr/lib/postgresql/$PG_MAJOR/bin/pg_config" install >/dev/null
  )
  rm -rf "$work"
}

if [ ! -f "$pg_sharedir/vector.control" ]; then
  apt_update_once
  if apt-cache show "postgresql-$PG_MAJOR-pgvector" >/dev/null 2>&1; then
    install_packages "postgresql-$PG_MAJOR-pgvector"
  else
    build_pgvector_from_debian_source
  fi
fi
log "pgvector $(grep default_version "$pg_sharedir/vector.control" | cut -d"'" -f2) present"

# PostgreSQL: the Debian cluster, listening on loopback only.
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$PG_MAJOR main$"; then
  log "creating PostgreSQL cluster $PG_MAJOR/main"
  pg_createcluster "$PG_MAJOR" main --port "$PG_PORT" >/dev/null
fi
# Room for a co-hosted silo, its pools and a parallel test run; the Debian defaults (100, 128 MB) are for a laptop.
pg_tuning="/etc/postgresql/$PG_MAJOR/main/conf.d/chatbuddy.conf"
pg_tuning_text=$'# Written by ChatBuddy scripts/install-deps.sh\nmax_connections = 300\nshared_buffers = 512MB\n'
pg_restart=no
if [ "$(cat "$pg_tuning" 2>/dev/null)" != "${pg_tuning_text%$'\n'}" ]; then
  log "tuning PostgreSQL (max_connections 300, shared_buffers 512MB)"
  mkdir -p "$(dirname "$pg_tuning")"
  printf '%s' "$pg_tuning_text" >"$pg_tuning"
  pg_restart=yes
fi
if ! pg_lsclusters -h | awk -v v="$PG_MAJOR" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting PostgreSQL $PG_MAJOR on 127.0.0.1:$PG_PORT"
  pg_ctlcluster "$PG_MAJOR" main start
elif [ "$pg_restart" = yes ]; then
  pg_ctlcluster "$PG_MAJOR" main restart
fi
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -p $PG_PORT" && break
  sleep 1
done

# A local superuser role for the embedded install (it creates extensions and the app's RLS role).
su postgres -c "psql -q -p $PG_PORT -v ON_ERROR_STOP=1" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE "$DB_USER" LOGIN SUPERUSER PASSWORD '$DB_PASSWORD';
  END IF;
END
\$\$;
SQL

# Redis: used when scale-out is configured and by the test suite.
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no \
    --logfile /var/log/redis/chatbuddy-redis.log >/dev/null
  for _ in $(seq 1 20); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.5; done
fi

log "PostgreSQL and Redis are ready"
