package nl.frontoffice.mailcatcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the SMTP server when the WAR starts and stops it when the WAR is undeployed. A port that is taken fails the
 * deployment with a message that says which. The mailbox and the server are in the servlet context, for the servlets.
 */
@WebListener
public class CatcherLifecycle implements ServletContextListener {

    /** Servlet context attribute holding the {@link Mailbox}. */
    public static final String MAILBOX = Mailbox.class.getName();
    /** Servlet context attribute holding the running {@link SmtpServer}. */
    public static final String SERVER = SmtpServer.class.getName();

    private static final Logger LOG = Logger.getLogger(CatcherLifecycle.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        CatcherSettings settings = CatcherSettings.fromConfig();
        Mailbox mailbox = new Mailbox(settings.maxMessages(), Clock.systemDefaultZone());
        SmtpServer server;
        try {
            server = SmtpServer.start(settings.host(), settings.port(), mailbox, settings.maxMessageBytes(), threads);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail catcher: cannot listen on " + settings.host() + ":" + settings.port()
                    + " (in use? set mail-catcher.smtp.port / MAIL_CATCHER_SMTP_PORT)", e);
        }
        ServletContext context = event.getServletContext();
        context.setAttribute(MAILBOX, mailbox);
        context.setAttribute(SERVER, server);
        LOG.warning(() -> "Mail catcher (development only) listening for SMTP on " + server.host() + ":"
                + server.port() + "; mails at " + context.getContextPath() + "/");
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object server = event.getServletContext().getAttribute(SERVER);
        if (server instanceof SmtpServer running) {
            running.close();
            LOG.info("Mail catcher stopped");
        }
    }
}
