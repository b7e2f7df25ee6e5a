package nl.frontoffice.portal.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.auth.saml.AssuranceLevel;

/**
 * The start page of the citizen's personal area ({@code /mijn/}): who is logged in and at which
 * DigiD level.
 */
@Named
@RequestScoped
public class PersonalAreaView {

    @Inject
    private LoggedInCitizen citizen;

    /** @return the DigiD level the citizen logged in with */
    public AssuranceLevel getLevel() {
        return citizen.current().level();
    }
}
