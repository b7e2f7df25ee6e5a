package nl.frontoffice.portal.auth;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is logged in, for the layout: the header's links (log in, personal area or workplace, log
 * out) and the session warning dialog with its timing ({@link LoginSettings}).
 */
@Named
@RequestScoped
public class SessionView {

    @Inject
    private PortalLoginConfiguration configuration;

    private Optional<PortalIdentity> identity;

    private Optional<PortalIdentity> identity() {
        if (identity == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            identity = PortalIdentity.in(request.getSession(false));
        }
        return identity;
    }

    /** @return whether someone is logged in */
    public boolean isLoggedIn() {
        return identity().isPresent();
    }

    /** @return whether a citizen is logged in with DigiD */
    public boolean isCitizen() {
        return identity().filter(who -> who.kind() == PortalIdentity.Kind.CITIZEN).isPresent();
    }

    /** @return whether a staff member is logged in */
    public boolean isStaff() {
        return identity().filter(who -> who.kind() == PortalIdentity.Kind.STAFF).isPresent();
    }

    /** @return the idle timeout in seconds */
    public long getIdleSeconds() {
        return configuration.settings().idleTimeout().toSeconds();
    }

    /** @return how many seconds before the idle timeout the warning shows */
    public long getWarningSeconds() {
        return configuration.settings().warningBefore().toSeconds();
    }

    /** @return the warning lead time in whole minutes, at least 1, for the dialog's text */
    public long getWarningMinutes() {
        return Math.max(1, Math.round(getWarningSeconds() / 60.0));
    }
}
