package nl.frontoffice.portal.auth;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Audits logins whose session the container ended (the idle timeout): a session that still holds
 * a {@link PortalIdentity} when it is destroyed was not ended by a logout or by the absolute
 * lifetime, which remove the identity first.
 */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    private SessionEnd sessionEnd;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        PortalIdentity.in(event.getSession()).ifPresent(sessionEnd::timedOut);
    }
}
