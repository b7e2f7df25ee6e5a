package nl.frontoffice.portal.auth;

import java.util.Locale;

/**
 * The page to return to after a login: only a local path in the area of that login is accepted, so
 * a login page can never be used to send someone to another site ("open redirect") or to a page
 * of the wrong area.
 */
public final class ReturnPath {

    /** Name of the login page's query parameter with the page to return to. */
    public static final String PARAMETER = "terug";

    static final int MAX_LENGTH = 1000;

    private ReturnPath() {
    }

    /**
     * @param candidate the requested return path (within the application, e.g.
     *                  {@code /medewerker/index.xhtml?tab=2}); may be {@code null} or anything
     * @return the candidate when it is a safe path in the staff area, else the staff home page
     */
    public static String forStaff(String candidate) {
        return isSafeStaffPath(candidate) ? candidate : PortalArea.STAFF_HOME_PAGE;
    }

    /**
     * @param candidate the requested return path (e.g. {@code /mijn/index.xhtml}); may be {@code null} or anything
     * @return the candidate when it is a safe path in the citizens' personal area, else its start page
     */
    public static String forCitizen(String candidate) {
        return isSafePath(candidate, PortalArea.CITIZEN) ? candidate : PortalArea.CITIZEN_HOME_PAGE;
    }

    static boolean isSafeStaffPath(String candidate) {
        return isSafePath(candidate, PortalArea.STAFF);
    }

    private static boolean isSafePath(String candidate, PortalArea area) {
        if (candidate == null || candidate.length() > MAX_LENGTH
                || !candidate.startsWith(area.prefix())) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '\\' || c > 0x7e) {
                return false; // control characters, spaces, backslashes, anything not plain ASCII
            }
        }
        int queryStart = candidate.indexOf('?');
        String path = (queryStart < 0 ? candidate : candidate.substring(0, queryStart)).toLowerCase(Locale.ROOT);
        if (path.contains("//") || path.contains("%") || path.contains("/./") || path.contains("/../")
                || path.endsWith("/.") || path.endsWith("/..") || path.contains("#") || path.contains(";")) {
            return false; // no tricks with encoded, empty or dot segments, fragments or path parameters
        }
        return !path.equals(PortalArea.STAFF_LOGIN_PAGE);
    }
}
