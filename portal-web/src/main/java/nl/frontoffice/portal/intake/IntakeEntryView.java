package nl.frontoffice.portal.intake;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.intake.IntakeDraftService;
import nl.frontoffice.portal.citizen.LoggedInCitizen;

/** For the personal area's start page: whether the citizen has a saved intake to go on with. */
@Named
@RequestScoped
public class IntakeEntryView {

    @EJB
    private IntakeDraftService drafts;

    @Inject
    private LoggedInCitizen citizen;

    private Boolean hasDraft;

    /** @return whether a draft of the citizen's own is waiting */
    public boolean isHasDraft() {
        if (hasDraft == null) {
            hasDraft = drafts.load(citizen.current().bsn(), IntakeWizardView.AUTHOR).isPresent();
        }
        return hasDraft;
    }
}
