package nl.frontoffice.portal.intake;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.SubmittedIntake;
import nl.frontoffice.portal.citizen.LoggedInCitizen;

/**
 * The confirmation after sending an intake ({@code /mijn/aanvraag/verstuurd.xhtml?referentie=…}):
 * the references of the intake and of its cases with their deadlines, and the PDF receipt. Only
 * the citizen's own intake: another reference shows "not found" (the service checks it).
 */
@Named
@RequestScoped
public class IntakeDoneView {

    @EJB
    private IntakeService intakes;

    @Inject
    private LoggedInCitizen citizen;

    private String reference;
    private SubmittedIntake intake;
    private boolean loaded;

    /** @return the intake, or {@code null} when it is not the citizen's or does not exist */
    public SubmittedIntake getIntake() {
        if (!loaded) {
            loaded = true;
            intake = reference == null ? null : intakes.findForCitizen(citizen.current().bsn(), reference).orElse(null);
        }
        return intake;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null || !reference.matches("[A-Z0-9-]{1,40}") ? null : reference;
    }
}
