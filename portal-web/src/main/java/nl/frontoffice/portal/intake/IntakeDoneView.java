package nl.frontoffice.portal.intake;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.SubmittedIntake;

/**
 * The confirmation after sending an intake ({@code /mijn/aanvraag/verstuurd.xhtml?referentie=…},
 * and for staff {@code /medewerker/aanvraag/verstuurd.xhtml?klant=…&referentie=…}): the references
 * of the intake and of its cases with their deadlines. Only an intake of the citizen the page is
 * about: another reference shows "not found" (the service checks it).
 */
@Named
@RequestScoped
public class IntakeDoneView {

    @EJB
    private IntakeService intakes;

    @Inject
    private IntakeParty party;

    private String reference;
    private SubmittedIntake intake;
    private boolean loaded;

    /** @return the intake, or {@code null} when it is not the citizen's or does not exist */
    public SubmittedIntake getIntake() {
        if (!loaded) {
            loaded = true;
            if (reference == null) {
                setReference(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("referentie"));
            }
            intake = reference == null || !party.isKnown() ? null
                    : intakes.findForCitizen(party.bsn(), reference).orElse(null);
        }
        return intake;
    }

    /** @return whether staff took the intake on the citizen's behalf (they tell the citizen the references) */
    public boolean isOnBehalf() {
        return party.isStaff();
    }

    /** @return the token naming the citizen on the staff pages, for the way back to his page */
    public String getCitizenToken() {
        return party.getToken();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null || !reference.matches("[A-Z0-9-]{1,40}") ? null : reference;
    }
}
