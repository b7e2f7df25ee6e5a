package nl.frontoffice.portal.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.auth.saml.AssuranceLevel;

/**
 * The start page of the citizen's personal area ({@code /mijn/}): the citizen's name from the BRP,
 * the DigiD level, and the way to the intake and to "Mijn zaken".
 */
@Named
@RequestScoped
public class PersonalAreaView {

    @Inject
    private LoggedInCitizen citizen;

    @Inject
    private CitizenProfile profile;

    /** @return the DigiD level the citizen logged in with */
    public AssuranceLevel getLevel() {
        return citizen.current().level();
    }

    /** @return the citizen's name as the BRP has it, or {@code null} when the BRP did not answer */
    public String getName() {
        return profile.displayName().orElse(null);
    }
}
