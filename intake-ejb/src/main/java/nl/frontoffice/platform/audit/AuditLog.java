package nl.frontoffice.platform.audit;

import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes audit events, one line each, to the logger {@value #LOGGER_NAME}:
 * <pre>STAFF_LOGIN_FAILED subject="j.devries" reason=WRONG_PASSWORD</pre>
 *
 * <p>The subject is what the user typed or was known as (a username), cleaned of line breaks and
 * quotes so that nobody can forge a log line, and cut at 100 characters. Details are codes, never
 * free text from users. Never pass a password, a hash, a BSN or an assertion.
 *
 * <p>Usage: {@code @Inject AuditLog audit; audit.record(AuditEvent.STAFF_LOGOUT, username);}
 */
@ApplicationScoped
public class AuditLog {

    /** The name of the audit logger; route it to its own file in production. */
    public static final String LOGGER_NAME = "nl.frontoffice.audit";

    static final int MAX_SUBJECT_LENGTH = 100;

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);

    /**
     * @param event   what happened
     * @param subject who it happened to (a username); may be {@code null} or empty
     */
    public void record(AuditEvent event, String subject) {
        record(event, subject, Map.of());
    }

    /**
     * @param event   what happened
     * @param subject who it happened to (a username); may be {@code null} or empty
     * @param details codes that explain it, e.g. {@code reason=WRONG_PASSWORD}; in the given order
     */
    public void record(AuditEvent event, String subject, Map<String, ?> details) {
        LOG.log(event.level(), () -> format(event, subject, details));
    }

    static String format(AuditEvent event, String subject, Map<String, ?> details) {
        String line = event.name() + " subject=\"" + clean(subject) + "\"";
        if (details.isEmpty()) {
            return line;
        }
        return line + " " + details.entrySet().stream()
                .map(detail -> detail.getKey() + "=" + clean(String.valueOf(detail.getValue())))
                .collect(Collectors.joining(" "));
    }

    /** Keeps printable characters except quotes and backslashes; at most 100 of them. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), MAX_SUBJECT_LENGTH));
        text.codePoints().limit(MAX_SUBJECT_LENGTH).forEach(c -> {
            boolean safe = !Character.isISOControl(c) && c != '"' && c != '\\'
                    && Character.getType(c) != Character.LINE_SEPARATOR
                    && Character.getType(c) != Character.PARAGRAPH_SEPARATOR
                    && Character.getType(c) != Character.FORMAT;
            cleaned.appendCodePoint(safe ? c : '?');
        });
        return cleaned.toString();
    }
}
