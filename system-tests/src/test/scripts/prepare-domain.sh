#!/usr/bin/env bash
# Prepares the Payara Server domain of the system tests once (pre-integration-test): creates it with ports 28xxx, so
# it never collides with a running quick start, and connects it to the DigiD simulator like the quick start does
# (dev/digid-dev-setup.sh), with session times short enough to test the idle timeout in a browser, and a deadline
# watch that runs every 5 seconds.
#   prepare-domain.sh <payara-home> <project-root> <pki-dir> [portbase http https admin smtp]
# (the ports default to 28000 28080 28081 28048 28025; see the systemtest.* properties in the pom)
set -euo pipefail
PAYARA_HOME="$1"; ROOT="$2"; PKI="$3"
PORTBASE="${4:-28000}"; HTTP="${5:-28080}"; HTTPS="${6:-28081}"; ADMIN="${7:-28048}"; SMTP="${8:-28025}"
DOMAIN=systemtest
ASADMIN=(bash "$PAYARA_HOME/bin/asadmin")

# A domain made earlier with other ports (e.g. by a build without the systemtest.* port properties) is made again, so
# that the ports asked for are the ports used.
DOMAIN_XML="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
if [ -f "$DOMAIN_XML" ] && ! grep -o '<network-listener[^>]*name="http-listener-1"[^>]*>' "$DOMAIN_XML" | grep -q "port=\"$HTTP\""; then
    echo "Domain $DOMAIN has other ports than $HTTP/$HTTPS/$ADMIN: making it again"
    "${ASADMIN[@]}" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
    "${ASADMIN[@]}" delete-domain "$DOMAIN"
fi
if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    "${ASADMIN[@]}" create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN"
fi
# a temporary directory of the domain's own: uploads of deployments never meet another server's on the same machine
mkdir -p "$PAYARA_HOME/glassfish/domains/$DOMAIN/tmp"
CONFIG="$PAYARA_HOME/glassfish/domains/$DOMAIN/config"
if [ ! -f "$CONFIG/frontoffice-digid-dev.done" ] || [ ! -f "$CONFIG/frontoffice-deadline-watch.done" ]; then
    "${ASADMIN[@]}" start-domain "$DOMAIN"
    trap '"${ASADMIN[@]}" stop-domain "$DOMAIN" || true' EXIT
fi
if [ ! -f "$CONFIG/frontoffice-digid-dev.done" ]; then
    # idle timeout 45 s, warning 20 s before it: CitizenLoginIT waits for both; no other test idles that long.
    # The BRP is the stub and mail goes to the mail catcher (both deployed by the tests); SMTP on 28025, so that a
    # quick start's catcher on 2525 does not get in the way.
    bash "$ROOT/dev/digid-dev-setup.sh" "$PAYARA_HOME" "$DOMAIN" "$HTTP" "$HTTPS" "$ADMIN" "$PKI" \
        "-Dfrontoffice.session.idle-timeout=PT45S" "-Dfrontoffice.session.warning-before=PT20S" \
        "-Dfrontoffice.brp.base-url=http://localhost:$HTTP/brp-stub/haalcentraal/api/brp" \
        "-Dfrontoffice.brp.api-key=systemtest-brp-key" "-Dbrp-stub.api-key=systemtest-brp-key" \
        "-Dfrontoffice.mail.smtp.host=127.0.0.1" "-Dfrontoffice.mail.smtp.port=$SMTP" \
        "-Dfrontoffice.mail.smtp.starttls=off" "-Dmail-catcher.smtp.port=$SMTP" \
        "-Dfrontoffice.portal.base-url=http://localhost:$HTTP" \
        "-Djava.io.tmpdir=$PAYARA_HOME/glassfish/domains/$DOMAIN/tmp"
fi
if [ ! -f "$CONFIG/frontoffice-deadline-watch.done" ]; then
    # The deadline watch runs every 5 seconds instead of every 15 minutes, so that DeadlineWatchIT sees it flag an
    # overdue case (once) within a test. The other tests' cases are weeks from their deadlines, so the watch leaves
    # them alone; its staff mails go to staff addresses, which no other test reads. (A marker of its own, so that a
    # domain prepared before this was added gets it too.)
    for option in "-Dfrontoffice.deadline-watch.second=*/5" "-Dfrontoffice.deadline-watch.minute=*"; do
        "${ASADMIN[@]}" --port "$ADMIN" create-jvm-options -- "$option" >/dev/null
    done
    touch "$CONFIG/frontoffice-deadline-watch.done"
fi
