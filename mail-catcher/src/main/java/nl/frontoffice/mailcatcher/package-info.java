/**
 * The mail catcher (development only): an SMTP server that keeps the last mails in memory and shows them.
 *
 * <p>{@link nl.frontoffice.mailcatcher.SmtpServer} speaks the part of SMTP that an application sends with (RFC 5321:
 * EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no authentication, never relaying anything);
 * {@link nl.frontoffice.mailcatcher.Mailbox} keeps the last messages, parsed with Jakarta Mail into
 * {@link nl.frontoffice.mailcatcher.CaughtMail}; {@link nl.frontoffice.mailcatcher.CatcherLifecycle} starts the server
 * when the WAR starts and stops it on undeploy. The servlets in {@code web} show the mails (HTML, Dutch) and serve them
 * as JSON for system tests.
 */
package nl.frontoffice.mailcatcher;
