package nl.frontoffice.portal.cases;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.cases.citizen.CitizenCase;
import nl.frontoffice.cases.citizen.CitizenCaseDetail;
import nl.frontoffice.cases.citizen.CitizenCaseService;
import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.SubmittedIntake;
import nl.frontoffice.portal.citizen.LoggedInCitizen;

/**
 * "Mijn zaken" ({@code /mijn/zaken.xhtml}) and a case page ({@code /mijn/zaak.xhtml?zaak=…}): the
 * citizen's own cases only. The BSN comes from the DigiD login ({@link LoggedInCitizen}), never
 * from the request, and {@link CitizenCaseService} checks on the server that a case is the
 * citizen's: another citizen's reference shows "not found", exactly like one that does not exist.
 */
@Named
@RequestScoped
public class MyCasesView {

    /** The form of a case reference, e.g. {@code Z-2026-000012}; anything else is not looked up. */
    private static final String REFERENCE = "[A-Z]{1,3}-\\d{4}-\\d{1,12}";

    @EJB
    private CitizenCaseService cases;

    @EJB
    private IntakeService intakes;

    @Inject
    private LoggedInCitizen citizen;

    private List<CitizenCase> list;
    private String reference;
    private Optional<CitizenCaseDetail> detail;
    private Optional<SubmittedIntake> sent;

    /** @return the citizen's cases, newest first */
    public List<CitizenCase> getCases() {
        if (list == null) {
            list = cases.casesOf(citizen.current().bsn());
        }
        return list;
    }

    /** @return the case of the page, or {@code null} when it is not the citizen's or does not exist */
    public CitizenCaseDetail getDetail() {
        if (detail == null) {
            detail = reference == null ? Optional.empty() : cases.caseOf(citizen.current().bsn(), reference);
        }
        return detail.orElse(null);
    }

    /** @return what the citizen sent with the intake the case came from, or {@code null} */
    public SubmittedIntake getSent() {
        if (sent == null) {
            CitizenCaseDetail shown = getDetail();
            sent = shown == null ? Optional.empty()
                    : intakes.findForCitizen(citizen.current().bsn(), shown.getSummary().getIntakeReference());
        }
        return sent.orElse(null);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference != null && reference.matches(REFERENCE) ? reference : null;
    }
}
