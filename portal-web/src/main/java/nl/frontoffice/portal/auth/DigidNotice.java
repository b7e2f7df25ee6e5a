package nl.frontoffice.portal.auth;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the DigiD page ({@value PortalArea#DIGID_PAGE}) tells a citizen after a login or logout
 * did not end in the personal area: its value of the {@value #PARAMETER} query parameter and the
 * bundle key prefix of its texts ({@code digid.notice.<key>.*}). Without a notice the page offers
 * "Inloggen met DigiD".
 */
public enum DigidNotice {

    /** The citizen clicked "Annuleren" at DigiD. */
    CANCELLED("geannuleerd", "cancelled"),
    /** DigiD vouched for a lower level than this part of the portal needs. */
    LEVEL_TOO_LOW("niveau", "levelTooLow"),
    /** Anything else went wrong; the page shows a reference to quote on the phone. */
    FAILED("mislukt", "failed"),
    /** The answer from DigiD belongs to no login of this browser (expired, used, or from another tab). */
    LOGIN_EXPIRED("verlopen", "loginExpired"),
    /** The citizen logged out (here and at DigiD). */
    LOGGED_OUT("uitgelogd", "loggedOut"),
    /** The citizen logged out here, but DigiD did not confirm its part: close the browser to be sure. */
    LOGGED_OUT_UNCONFIRMED("uitgelogd-onbevestigd", "loggedOutUnconfirmed"),
    /** The session ended: inactive too long, or the login reached its maximum lifetime. */
    SESSION_ENDED("sessie-verlopen", "sessionEnded"),
    /** DigiD login is not switched on or not configured in this installation. */
    UNAVAILABLE("niet-beschikbaar", "unavailable");

    /** The query parameter that carries the notice. */
    public static final String PARAMETER = "melding";

    private final String slug;
    private final String key;

    DigidNotice(String slug, String key) {
        this.slug = slug;
        this.key = key;
    }

    /** @return the value in the URL (Dutch, like the page's path) */
    public String slug() {
        return slug;
    }

    /** @return the bundle key part, e.g. {@code cancelled} in {@code digid.notice.cancelled.title} */
    public String key() {
        return key;
    }

    /** @return the path within the application of the DigiD page showing this notice */
    public String page() {
        return PortalArea.DIGID_PAGE + "?" + PARAMETER + "=" + slug;
    }

    /** @return the notice of that URL value, if any */
    public static Optional<DigidNotice> ofSlug(String slug) {
        return Arrays.stream(values()).filter(notice -> notice.slug.equals(slug)).findFirst();
    }
}
