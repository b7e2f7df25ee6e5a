package nl.frontoffice.auth.saml;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a citizen may be sent after login: a RelayState (or any "return to" value) is followed only
 * when it is a local path of this site, never a URL to elsewhere (open redirect).
 *
 * <p>Usage: {@code String target = RelayState.isLocalPath(relayState) ? relayState : "/";}
 */
public final class RelayState {

    private RelayState() {
    }

    /**
     * @return whether {@code value} is an absolute path on this host: starts with a single
     *         {@code /}, has no scheme, host, backslash or control character, and is at most 80 bytes
     */
    public static boolean isLocalPath(String value) {
        if (value == null || value.isEmpty() || value.length() > AuthnRequests.MAX_RELAY_STATE_BYTES
                || value.charAt(0) != '/' || value.startsWith("//") || value.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") && !uri.getRawPath().startsWith("//");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
