#!/usr/bin/env bash
# Frontoffice quick start: builds the EAR, obtains Payara Server from the Maven registry, starts it
# with the embedded database and demo data, deploys the EAR and prints the URLs.
#
#   ./run.sh          build, start (or redeploy) and print the URLs
#   ./run.sh stop     stop the quick-start server
#   ./run.sh clean    stop it and remove its server and database (start afresh next time)
#
# Needs only a JDK 17 and Maven; everything else comes from the Maven registry.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
QUICKSTART="$ROOT/target/quickstart"
PAYARA_VERSION="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
PAYARA_HOME="$QUICKSTART/payara6"
ASADMIN=(bash "$PAYARA_HOME/bin/asadmin")
DOMAIN=domain1
PORTAL_URL="http://localhost:8080/"
READY_URL="http://localhost:8080/health/ready"

log() { printf '\n==> %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

stop_server() {
    if [ -x "$PAYARA_HOME/bin/asadmin" ] || [ -f "$PAYARA_HOME/bin/asadmin" ]; then
        "${ASADMIN[@]}" stop-domain "$DOMAIN" || true
    fi
}

case "${1:-start}" in
    stop)
        stop_server
        exit 0
        ;;
    clean)
        stop_server
        rm -rf "$QUICKSTART"
        echo "Removed $QUICKSTART"
        exit 0
        ;;
    start) ;;
    *) die "unknown command '$1' (use: ./run.sh, ./run.sh stop, ./run.sh clean)" ;;
esac

command -v java >/dev/null || die "java not found: install a JDK 17"
command -v mvn >/dev/null || die "mvn not found: install Apache Maven 3.8 or newer"

log "Building the EAR and the development stand-ins: DigiD simulator, BRP stub, mail catcher (tests skipped; ./test.sh runs them)"
mvn -B -q -f "$ROOT/pom.xml" -pl ear,digid-simulator,brp-stub,mail-catcher -am install -DskipTests

if [ ! -d "$PAYARA_HOME" ]; then
    log "Obtaining Payara Server $PAYARA_VERSION from the Maven registry"
    mkdir -p "$QUICKSTART"
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
        -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
        -DoutputDirectory="$QUICKSTART"
fi

# The application reads its configuration (MicroProfile Config) from the environment of the server:
# no FRONTOFFICE_DB_URL means the embedded H2 database inside the domain.
export FRONTOFFICE_DEMO_DATA_ENABLED=true
unset FRONTOFFICE_DB_URL FRONTOFFICE_DB_USER FRONTOFFICE_DB_PASSWORD
# The BRP is the development stub (RvIG test persons), mail goes to the development mail catcher.
export FRONTOFFICE_BRP_BASE_URL="http://localhost:8080/brp-stub/haalcentraal/api/brp"
export FRONTOFFICE_BRP_API_KEY="quickstart-brp-key" BRP_STUB_API_KEY="quickstart-brp-key"
export FRONTOFFICE_MAIL_SMTP_HOST=127.0.0.1 FRONTOFFICE_MAIL_SMTP_PORT=2525 FRONTOFFICE_MAIL_SMTP_STARTTLS=off

if "${ASADMIN[@]}" list-domains 2>/dev/null | grep -q "^$DOMAIN running"; then
    log "Payara Server is already running: redeploying (settings changed in this script apply after ./run.sh stop)"
else
    log "Starting Payara Server (domain $DOMAIN)"
    "${ASADMIN[@]}" start-domain "$DOMAIN"
fi

# Development only: DigiD login through the simulator, over the real protocol with development keys (once per domain).
if [ ! -f "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/frontoffice-digid-dev.done" ]; then
    log "Connecting the portal to the DigiD simulator (development keys in $QUICKSTART/pki)"
    bash "$ROOT/dev/digid-dev-setup.sh" "$PAYARA_HOME" "$DOMAIN" 8080 8181 4848 "$QUICKSTART/pki"
    "${ASADMIN[@]}" restart-domain "$DOMAIN"
fi

# Development only: the stand-ins for DigiD, the BRP and the mail server are WARs of their own, never in the EAR.
# The mail catcher goes first, so that the EAR's first mails find its SMTP port open.
log "Deploying the mail catcher and the BRP stub (development only)"
"${ASADMIN[@]}" deploy --force=true --name mail-catcher "$ROOT/mail-catcher/target/mail-catcher.war"
"${ASADMIN[@]}" deploy --force=true --name brp-stub "$ROOT/brp-stub/target/brp-stub.war"

log "Deploying the EAR"
if ! "${ASADMIN[@]}" deploy --force=true --name frontoffice "$ROOT/ear/target/frontoffice.ear"; then
    # an earlier build that failed to start leaves its resources half made: remove it and try once more
    log "Redeploy failed: undeploying the earlier version and deploying again"
    "${ASADMIN[@]}" undeploy frontoffice || true
    "${ASADMIN[@]}" deploy --name frontoffice "$ROOT/ear/target/frontoffice.ear"
fi

log "Deploying the DigiD simulator (development only)"
"${ASADMIN[@]}" deploy --force=true --name digid-simulator "$ROOT/digid-simulator/target/digid-simulator.war"

log "Waiting until the application reports ready"
for _ in $(seq 1 120); do
    if curl -fsS "$READY_URL" >/dev/null 2>&1 \
        || (exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\r\n\r\n' >&3 && head -n 1 <&3 | grep -q ' 200'); then
        ready=yes
        break
    fi
    sleep 1
done
[ "${ready:-}" = yes ] || die "the application did not become ready; see $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log"

cat <<MSG

Frontoffice is running (embedded database, demo data).

  Portal (citizens):       $PORTAL_URL
  Log in with DigiD:       ${PORTAL_URL}mijn/  (the DigiD simulator: pick a test person, e.g. 999993847, level Midden)
  Staff login:             ${PORTAL_URL}medewerker/inloggen.xhtml  (demo accounts in README.md, password Voorbeeldstad-2026)
  DigiD simulator (dev):   ${PORTAL_URL}digid-simulator/  (metadata: ${PORTAL_URL}digid-simulator/metadata)
  Sent e-mail (dev):       ${PORTAL_URL}mail-catcher/  (every mail the application sends, readable here)
  BRP stub (dev):          ${PORTAL_URL}brp-stub/beheer/status  (simulate an outage: curl -d modus=down ${PORTAL_URL}brp-stub/beheer/modus)
  Readiness:               $READY_URL
  Liveness:                http://localhost:8080/health/live
  Payara admin console:    http://localhost:4848/
  Server log:              $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log

Stop it with:   ./run.sh stop
MSG
