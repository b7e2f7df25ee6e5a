package nl.frontoffice.mailcatcher.web;

import java.util.OptionalLong;

import jakarta.servlet.ServletContext;

import nl.frontoffice.mailcatcher.CatcherLifecycle;
import nl.frontoffice.mailcatcher.Mailbox;
import nl.frontoffice.mailcatcher.SmtpServer;

/** What the servlets share: the mailbox and server from the servlet context, and parameter parsing. */
final class Requests {

    private Requests() {
    }

    static Mailbox mailbox(ServletContext context) {
        return (Mailbox) context.getAttribute(CatcherLifecycle.MAILBOX);
    }

    static SmtpServer server(ServletContext context) {
        return (SmtpServer) context.getAttribute(CatcherLifecycle.SERVER);
    }

    /** A non-negative whole number, or empty. */
    static OptionalLong number(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(value));
    }
}
