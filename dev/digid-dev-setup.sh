#!/usr/bin/env bash
# Development only: connects a Payara Server domain's Frontoffice EAR to the DigiD simulator over the real
# protocol, the way a municipality connects to DigiD, with development keys and certificates.
#
#   dev/digid-dev-setup.sh <payara-home> <domain> <http-port> <https-port> <admin-port> <pki-dir> [extra JVM option...]
#
# Used by ./run.sh (domain1, 8080/8181/4848) and by the system tests (domain systemtest, 28080/28181/28048).
# The domain must be running; restart it afterwards (the JVM options apply from the next start).
# It makes, once, in <pki-dir>:
#   sp-signing.p12   our SAML signing key (alias frontoffice-saml), published in /saml/metadata
#   sp-tls.p12/.pem  our TLS client key for the artifact resolution back channel (alias frontoffice-tls)
#   sp-truststore.p12  the only server certificate our back channel trusts: the listener's "localhost" certificate
#   localhost.p12/.pem the HTTPS listener's certificate for "localhost" (CN and SAN; s1as has the host name)
# and configures the domain:
#   - the HTTPS listener (http-listener-2) serves the localhost certificate and asks clients for a certificate
#     (client-auth=want: browsers without one still get through; the simulator demands ours for /artifact);
#   - the domain truststore trusts our TLS client certificate;
#   - JVM options with the frontoffice.digid.* settings (see DigidSettings) and the digid-simulator.* settings
#     (see digid-simulator/README.md), plus any extra options given.
# Passwords here are development passwords for development keys. Never use these files in production.
set -euo pipefail

PAYARA_HOME="$1"; DOMAIN="$2"; HTTP_PORT="$3"; HTTPS_PORT="$4"; ADMIN_PORT="$5"; PKI="$6"; shift 6
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
ASADMIN=(bash "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT")
KEYTOOL="${JAVA_HOME:+$JAVA_HOME/bin/}keytool"
PASS=frontoffice-dev           # development key stores
MASTER=changeit                # the domain's master password (Payara's default)
MARKER="$DOMAIN_DIR/config/frontoffice-digid-dev.done"

mkdir -p "$PKI"

make_key() { # file alias dname [extra keytool args...]
    local file="$1" alias="$2" dname="$3"; shift 3
    [ -f "$PKI/$file" ] && return 0
    "$KEYTOOL" -genkeypair -keyalg RSA -keysize 3072 -sigalg SHA256withRSA -validity 3650 \
        -alias "$alias" -dname "$dname" -storetype PKCS12 -keystore "$PKI/$file" -storepass "$PASS" -keypass "$PASS" "$@"
}

make_key sp-signing.p12 frontoffice-saml "CN=Frontoffice SAML signing (development), O=Gemeente Voorbeeldstad"
make_key sp-tls.p12 frontoffice-tls "CN=Frontoffice TLS client (development), O=Gemeente Voorbeeldstad"
make_key localhost.p12 frontoffice-localhost "CN=localhost, O=Frontoffice development" -ext "SAN=dns:localhost,ip:127.0.0.1"
[ -f "$PKI/sp-tls.pem" ] || "$KEYTOOL" -exportcert -rfc -alias frontoffice-tls -keystore "$PKI/sp-tls.p12" \
    -storetype PKCS12 -storepass "$PASS" -file "$PKI/sp-tls.pem"
[ -f "$PKI/localhost.pem" ] || "$KEYTOOL" -exportcert -rfc -alias frontoffice-localhost -keystore "$PKI/localhost.p12" \
    -storetype PKCS12 -storepass "$PASS" -file "$PKI/localhost.pem"
[ -f "$PKI/sp-truststore.p12" ] || "$KEYTOOL" -importcert -noprompt -alias digid-tls -file "$PKI/localhost.pem" \
    -storetype PKCS12 -keystore "$PKI/sp-truststore.p12" -storepass "$PASS"

if [ -f "$MARKER" ]; then
    echo "DigiD development set-up of domain $DOMAIN: already done ($MARKER)"
    exit 0
fi

# the listener's key and the client certificate it trusts, in the domain's own stores
"$KEYTOOL" -delete -alias frontoffice-localhost -keystore "$DOMAIN_DIR/config/keystore.p12" -storetype PKCS12 \
    -storepass "$MASTER" >/dev/null 2>&1 || true
"$KEYTOOL" -importkeystore -noprompt -srckeystore "$PKI/localhost.p12" -srcstoretype PKCS12 -srcstorepass "$PASS" \
    -srcalias frontoffice-localhost -destkeystore "$DOMAIN_DIR/config/keystore.p12" -deststoretype PKCS12 \
    -deststorepass "$MASTER" -destkeypass "$MASTER" -destalias frontoffice-localhost
"$KEYTOOL" -delete -alias frontoffice-sp-tls -keystore "$DOMAIN_DIR/config/cacerts.p12" -storetype PKCS12 \
    -storepass "$MASTER" >/dev/null 2>&1 || true
"$KEYTOOL" -importcert -noprompt -alias frontoffice-sp-tls -file "$PKI/sp-tls.pem" \
    -keystore "$DOMAIN_DIR/config/cacerts.p12" -storetype PKCS12 -storepass "$MASTER"

LISTENER=configs.config.server-config.network-config.protocols.protocol.http-listener-2.ssl
"${ASADMIN[@]}" set "$LISTENER.cert-nickname=frontoffice-localhost"
"${ASADMIN[@]}" set "$LISTENER.client-auth=want"

esc() { printf '%s' "$1" | sed 's/:/\\:/g'; }   # asadmin separates JVM options by ':'
BASE="http://localhost:$HTTP_PORT"
OPTIONS=(
    "-Dfrontoffice.digid.enabled=true"
    "-Dfrontoffice.digid.sp.entity-id=$(esc "$BASE/saml/metadata")"
    "-Dfrontoffice.digid.sp.acs-url=$(esc "$BASE/saml/acs")"
    "-Dfrontoffice.digid.sp.slo-url=$(esc "$BASE/saml/slo")"
    "-Dfrontoffice.digid.sp.keystore=$(esc "$PKI/sp-signing.p12")"
    "-Dfrontoffice.digid.sp.keystore-password=$PASS"
    "-Dfrontoffice.digid.sp.signing-alias=frontoffice-saml"
    "-Dfrontoffice.digid.idp.metadata=$(esc "$BASE/digid-simulator/metadata")"
    "-Dfrontoffice.digid.tls.keystore=$(esc "$PKI/sp-tls.p12")"
    "-Dfrontoffice.digid.tls.keystore-password=$PASS"
    "-Dfrontoffice.digid.tls.truststore=$(esc "$PKI/sp-truststore.p12")"
    "-Dfrontoffice.digid.tls.truststore-password=$PASS"
    "-Dfrontoffice.digid.audit-secret=development-only-audit-secret"
    "-Ddigid-simulator.entity-id=$(esc "$BASE/digid-simulator/metadata")"
    "-Ddigid-simulator.base-url=$(esc "$BASE/digid-simulator")"
    "-Ddigid-simulator.artifact-resolution-url=$(esc "https://localhost:$HTTPS_PORT/digid-simulator/artifact")"
    "-Ddigid-simulator.sp.metadata=$(esc "$BASE/saml/metadata")"
    "-Ddigid-simulator.sp.tls-certificates=$(esc "$PKI/sp-tls.pem")"
)
for extra in "$@"; do OPTIONS+=("$(esc "$extra")"); done
for option in "${OPTIONS[@]}"; do
    "${ASADMIN[@]}" create-jvm-options -- "$option" >/dev/null
done
touch "$MARKER"
echo "DigiD development set-up of domain $DOMAIN: done (keys in $PKI); restart the domain to apply it"
