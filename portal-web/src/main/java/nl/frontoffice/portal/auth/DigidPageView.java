package nl.frontoffice.portal.auth;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import nl.frontoffice.auth.saml.AssuranceLevel;
import nl.frontoffice.portal.error.ErrorReference;

/**
 * Backing bean of the DigiD page ({@value PortalArea#DIGID_PAGE}). Reads its query parameters
 * itself, leniently: a value that is not one of ours is ignored, never an error.
 *
 * <ul>
 * <li>{@value DigidNotice#PARAMETER}: the {@link DigidNotice} to show;</li>
 * <li>{@code nodig}, {@code gebruikt}: for a level too low, the level needed and the level used;</li>
 * <li>{@code referentie}: for a failure, the reference to quote on the phone;</li>
 * <li>{@value ReturnPath#PARAMETER}: where "try again" goes (a page of the personal area).</li>
 * </ul>
 */
@Named
@RequestScoped
public class DigidPageView {

    /** @return the notice to show, or {@code null} for the plain "Inloggen met DigiD" page */
    public DigidNotice getNotice() {
        return DigidNotice.ofSlug(parameter(DigidNotice.PARAMETER)).orElse(null);
    }

    /** @return the level this part of the portal needed, when the notice is a level too low */
    public AssuranceLevel getNeededLevel() {
        return level("nodig").orElse(AssuranceLevel.MIDDEN);
    }

    /** @return the level the citizen logged in with, when the notice is a level too low; else {@code null} */
    public AssuranceLevel getUsedLevel() {
        return level("gebruikt").orElse(null);
    }

    /** @return the error reference, when the page got a well-formed one; else {@code null} */
    public String getReference() {
        String reference = parameter("referentie");
        return ErrorReference.isWellFormed(reference) ? reference : null;
    }

    /** @return the path within the application where logging in (again) starts */
    public String getLoginPath() {
        return ReturnPath.forCitizen(parameter(ReturnPath.PARAMETER));
    }

    private static Optional<AssuranceLevel> level(String name) {
        String value = parameter(name);
        return Arrays.stream(AssuranceLevel.values()).filter(level -> level.name().equals(value)).findFirst();
    }

    private static String parameter(String name) {
        return request().getParameter(name);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
