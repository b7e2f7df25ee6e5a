package nl.frontoffice.portal.auth;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Action of the logout buttons (the header, the staff landing page): {@link SessionEnd#logout} and
 * on to "U bent uitgelogd". Used by a POST form (a button), never a link, so another site cannot
 * log someone out.
 */
@Named
@RequestScoped
public class LogoutAction {

    @Inject
    private SessionEnd sessionEnd;

    /** Action of the logout button. */
    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        external.redirect(SessionEnd.location(request, sessionEnd.logout(request)));
    }
}
