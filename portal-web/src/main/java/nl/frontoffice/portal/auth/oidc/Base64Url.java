package nl.frontoffice.portal.auth.oidc;

import java.util.Base64;

/** Strict base64url without padding, as JWS and JWK use it (RFC 7515 section 2). */
final class Base64Url {

    private Base64Url() {
    }

    /**
     * @param text base64url text without padding
     * @return the bytes
     * @throws IllegalArgumentException for any other character, padding included
     */
    static byte[] decode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_';
            if (!ok) {
                throw new IllegalArgumentException("not base64url");
            }
        }
        return Base64.getUrlDecoder().decode(text);
    }

    /** @return the bytes as base64url without padding */
    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
