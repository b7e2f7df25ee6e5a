package nl.frontoffice.portal.citizen;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import nl.frontoffice.auth.saml.AuthenticatedCitizen;
import nl.frontoffice.portal.auth.PortalIdentity;

/**
 * The citizen logged in in this request's session, for the pages of the personal area. The only
 * way those pages learn the BSN: from the DigiD login, never from a parameter.
 */
@RequestScoped
public class LoggedInCitizen {

    /**
     * @return the citizen DigiD vouched for
     * @throws IllegalStateException when no citizen is logged in (the container's security
     *         constraint on {@code /mijn/*} makes that impossible for the pages there)
     */
    public AuthenticatedCitizen current() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return of(request).orElseThrow(() -> new IllegalStateException("no citizen logged in"));
    }

    /** @return the citizen logged in in that request's session, for servlets */
    public static Optional<AuthenticatedCitizen> of(HttpServletRequest request) {
        return PortalIdentity.in(request.getSession(false))
                .filter(who -> who.kind() == PortalIdentity.Kind.CITIZEN)
                .map(PortalIdentity::citizen);
    }
}
