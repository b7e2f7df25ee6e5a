package nl.frontoffice.portal.error;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;

import nl.frontoffice.portal.i18n.RequestLocales;

/**
 * A short reference id for an error: shown on the error page, and logged with the exception, so that a resident can
 * read it out over the phone and staff can find the log entry.
 * <p>
 * Eight characters from an alphabet without look-alikes ({@code 0/O}, {@code 1/I/L}) and without {@code U}, e.g.
 * {@code K7M2QX9D}: about 6.5 × 10<sup>11</sup> possibilities, plenty to tell errors apart in the logs.
 */
public final class ErrorReference {

    /** Request attribute holding the reference of the error on this request. */
    public static final String ATTRIBUTE = ErrorReference.class.getName();

    /** Length of a reference. */
    public static final int LENGTH = 8;

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    /** @return a new random reference */
    static String generate() {
        StringBuilder reference = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /**
     * @param reference a candidate
     * @return whether it has the form of a reference made here
     */
    public static boolean isWellFormed(String reference) {
        return reference != null && reference.length() == LENGTH
                && reference.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /**
     * @param request the current request
     * @return the reference already given to the error on this request, if any
     */
    public static Optional<String> find(ServletRequest request) {
        return Optional.ofNullable(request.getAttribute(ATTRIBUTE)).map(Object::toString);
    }

    /**
     * Gives the error on this request a reference, unless it already has one.
     *
     * @param request the current request
     * @return the reference of the error on this request
     */
    public static String assign(ServletRequest request) {
        return find(request).orElseGet(() -> {
            String reference = generate();
            request.setAttribute(ATTRIBUTE, reference);
            return reference;
        });
    }

    /**
     * Logs an unhandled exception with the reference of this request, without personal data.
     * <p>
     * An expired view is no fault: it is logged at INFO, without stack trace and without reference.
     *
     * @param logger    the logger of the caller
     * @param request   the request that failed
     * @param exception the exception
     * @param errorPage the error page that will be shown, may be {@code null}
     * @param detail    what the caller knows about the situation, e.g. "ajax request"; no personal data
     */
    static void logUnhandled(Logger logger, HttpServletRequest request, Throwable exception, String errorPage,
            String detail) {
        String where = request.getMethod() + " " + RequestLocales.originalPath(request);
        if (causedBy(exception, ViewExpiredException.class)) {
            logger.log(Level.INFO, () -> "View expired on " + where + " (" + detail + "); showing " + errorPage);
            return;
        }
        String reference = assign(request);
        logger.log(Level.SEVERE, exception, () -> "Error reference " + reference + ": unhandled "
                + rootCause(exception).getClass().getName() + " on " + where + " (" + detail + "); showing "
                + errorPage);
    }

    static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static Throwable rootCause(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
