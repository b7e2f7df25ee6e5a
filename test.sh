#!/usr/bin/env bash
# Runs every Frontoffice test: unit tests, Arquillian component tests on Payara Micro, and system
# tests that deploy the real EAR on Payara Server against PostgreSQL and drive it with headless
# Chromium. Installs what it needs and is missing (as root: Debian's chromium, chromium-driver and,
# when no PostgreSQL answers on 127.0.0.1:5432, postgresql).
#
#   ./test.sh                 everything
#   ./test.sh -pl domain-model   extra arguments go to Maven
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PG_HOST=127.0.0.1
PG_PORT=5432

log() { printf '\n==> %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
pg_answers() { (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; }

command -v java >/dev/null || die "java not found: install a JDK 17"
command -v mvn >/dev/null || die "mvn not found: install Apache Maven 3.8 or newer"

apt_updated=no
apt_install() {
    if [ "$apt_updated" = no ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        apt_updated=yes
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# 1. A browser for the system tests: Debian's Chromium and its driver.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    is_root || die "Chromium is missing: run 'sudo apt-get install chromium chromium-driver' or run this script as root"
    log "Installing Debian's chromium and chromium-driver"
    apt_install chromium chromium-driver
fi

# 2. PostgreSQL on 127.0.0.1:5432 with trust authentication for the user postgres.
if ! pg_answers; then
    is_root || die "No PostgreSQL answers on $PG_HOST:$PG_PORT. Start one (user postgres, trust authentication for 127.0.0.1) or run this script as root to install Debian's."
    if ! command -v pg_ctlcluster >/dev/null; then
        log "Installing Debian's PostgreSQL"
        apt_install postgresql
    fi
    version="$(ls /etc/postgresql | sort -n | tail -n 1)"
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
        sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    fi
    log "Starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
    pg_answers || die "PostgreSQL did not start on $PG_HOST:$PG_PORT"
fi
log "PostgreSQL answers on $PG_HOST:$PG_PORT"

# 3. Every test. The system tests create their own database (frontoffice_systemtest) there.
log "Running every test (unit, Payara Micro component tests, Payara Server system tests)"
cd "$ROOT"
mvn -B install "$@"
