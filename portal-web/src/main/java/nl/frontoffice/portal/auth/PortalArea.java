package nl.frontoffice.portal.auth;

/**
 * The parts of the portal that need a login, by path (within the application), and where someone
 * who is not logged in is sent. Keep the prefixes in line with the security constraints in
 * {@code WEB-INF/web.xml}: those decide what is protected; this only decides where to log in.
 */
public enum PortalArea {

    /** {@code /medewerker/*}: staff (roles KCC, CONSULENT, TEAMLEIDER, BEHEERDER), login with username and password. */
    STAFF("/medewerker/"),
    /** {@code /mijn/*}: citizens (role CITIZEN), login with DigiD. */
    CITIZEN("/mijn/"),
    /** Everything else: public. */
    PUBLIC("/");

    /** The staff login page: public, although it lies in the staff area. */
    public static final String STAFF_LOGIN_PAGE = "/medewerker/inloggen.xhtml";

    /** The staff landing page, where a staff login ends when no other page was asked for. */
    public static final String STAFF_HOME_PAGE = "/medewerker/index.xhtml";

    /**
     * The public DigiD page: "Inloggen met DigiD", and what happened when a login or logout did not
     * end in the personal area ({@link DigidNotice}).
     */
    public static final String DIGID_PAGE = "/inloggen/digid.xhtml";

    /** The start page of the citizens' personal area, where a DigiD login ends when no other page was asked for. */
    public static final String CITIZEN_HOME_PAGE = "/mijn/";

    private final String prefix;

    PortalArea(String prefix) {
        this.prefix = prefix;
    }

    /** @return the path prefix of the area, e.g. {@code /medewerker/} */
    public String prefix() {
        return prefix;
    }

    /**
     * @param path the path within the application, e.g. {@code /medewerker/index.xhtml}
     * @return the area it belongs to
     */
    public static PortalArea of(String path) {
        if (path == null) {
            return PUBLIC;
        }
        if (path.startsWith(STAFF.prefix)) {
            return STAFF;
        }
        if (path.startsWith(CITIZEN.prefix)) {
            return CITIZEN;
        }
        return PUBLIC;
    }
}
