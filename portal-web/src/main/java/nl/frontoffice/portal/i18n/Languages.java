package nl.frontoffice.portal.i18n;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks, and the rules to pick one for a request.
 * <p>
 * Pure logic without servlet or Faces types, so that it can be tested on its own and used where Faces is not
 * available (the {@link LocaleFilter}, the error pages). Keep {@link #SUPPORTED} in line with the
 * {@code <locale-config>} in {@code faces-config.xml}; a unit test checks that.
 */
public final class Languages {

    /** Dutch: the language of the municipality and the default. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** English: for residents who do not (yet) read Dutch well. */
    public static final Locale ENGLISH = Locale.forLanguageTag("en");

    /** The default language when nothing else decides. */
    public static final Locale DEFAULT = DUTCH;

    /** All supported languages, the default first. */
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    /** Name of the query parameter of the language switch, e.g. {@code ?lang=en}. */
    public static final String PARAMETER = "lang";

    /** Name of the cookie that remembers an explicit choice for the browser session. */
    public static final String COOKIE = "frontoffice-lang";

    private Languages() {
    }

    /**
     * Finds the supported language for a language code as used in the switch link and the cookie.
     *
     * @param code a language code such as {@code "en"} or {@code "NL"}; may be {@code null}
     * @return the supported language, or empty if the code is missing or not supported
     */
    public static Optional<Locale> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = code.trim().toLowerCase(Locale.ROOT);
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * Decides the language of a request: the citizen's explicit choice (cookie), else {@link #DEFAULT Dutch}.
     * The browser's {@code Accept-Language} is deliberately not followed: many Dutch citizens use a browser in
     * English and expect their municipality in Dutch; the switch on every page is one click away.
     *
     * @param cookieValue value of the {@link #COOKIE} cookie, or {@code null}
     * @return the language to render the page in; never {@code null}
     */
    public static Locale resolve(String cookieValue) {
        return find(cookieValue).orElse(DEFAULT);
    }

    /**
     * The language the switch offers: the other one of the two.
     *
     * @param current the language of the page
     * @return the first supported language that is not {@code current}
     */
    public static Locale alternativeTo(Locale current) {
        return SUPPORTED.stream()
                .filter(locale -> !locale.getLanguage().equals(current.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }
}
