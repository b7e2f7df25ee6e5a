package nl.frontoffice.notification;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the links in mails point and in which language mails are written, from MicroProfile Config:
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.portal.base-url}</td><td>{@code http://localhost:8080}</td><td>the portal as citizens
 * and staff reach it, without a trailing slash</td></tr>
 * <tr><td>{@code frontoffice.portal.mijn-zaken-path}</td><td>{@code /mijn/zaken.xhtml}</td><td>Mijn zaken, for citizens'
 * mails</td></tr>
 * <tr><td>{@code frontoffice.portal.worklist-path}</td><td>{@code /medewerker/werkvoorraad.xhtml}</td><td>the worklist, for staff
 * mails</td></tr>
 * <tr><td>{@code frontoffice.notification.language}</td><td>{@code nl}</td><td>the language of mails: {@code nl}
 * or {@code en}</td></tr>
 * </table>
 */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "frontoffice.portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "frontoffice.portal.mijn-zaken-path", defaultValue = "/mijn/zaken.xhtml")
    String mijnZakenPath;

    @Inject
    @ConfigProperty(name = "frontoffice.portal.worklist-path", defaultValue = "/medewerker/werkvoorraad.xhtml")
    String worklistPath;

    @Inject
    @ConfigProperty(name = "frontoffice.notification.language", defaultValue = "nl")
    String language;

    /** @return the link to Mijn zaken */
    public String mijnZakenUrl() {
        return join(baseUrl, mijnZakenPath);
    }

    /** @return the link to the staff worklist */
    public String worklistUrl() {
        return join(baseUrl, worklistPath);
    }

    /** @return the language of mails: English when configured, Dutch otherwise */
    public Locale locale() {
        return "en".equalsIgnoreCase(language == null ? "" : language.strip()) ? Locale.ENGLISH : NotificationTexts.DUTCH;
    }

    static String join(String base, String path) {
        String left = base == null ? "" : base.strip();
        while (left.endsWith("/")) {
            left = left.substring(0, left.length() - 1);
        }
        String right = path == null || path.isBlank() ? "/" : path.strip();
        return left + (right.startsWith("/") ? right : "/" + right);
    }
}
