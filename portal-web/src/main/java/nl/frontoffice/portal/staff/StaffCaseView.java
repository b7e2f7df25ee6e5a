package nl.frontoffice.portal.staff;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.cases.work.AssignableStaff;
import nl.frontoffice.cases.work.CaseHandlingService;
import nl.frontoffice.cases.work.CaseIntake;
import nl.frontoffice.cases.work.CaseIntakeService;
import nl.frontoffice.cases.work.StaffCaseDetail;
import nl.frontoffice.citizens.CitizenProfile;
import nl.frontoffice.citizens.CitizenViewService;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.DecisionOutcome;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The staff case page {@code /medewerker/zaak.xhtml?zaak=…}: the case as
 * {@link CaseHandlingService#findCase(String)} gives it to the caller, and its actions. A case that
 * does not exist, or that the caller may not see (another team's domain), shows "not found".
 *
 * <p>The page shows an action only when the flags of {@link StaffCaseDetail} allow it; the service
 * checks again on every call. Every action posts the version of the case the page showed
 * (optimistic locking): when a colleague changed the case in between, the page says so and shows
 * the case as it is now. A refusal of the service is shown as its message, never as an error page.
 *
 * <p>For a caller who may see the case's details the page also shows what the citizen sent with the intake
 * ({@link CaseIntakeService}, read once per page view and audited there), links to the files through
 * {@link StaffAttachmentServlet}, shows the citizen's BRP data on request ({@link CitizenViewService#profile},
 * audited there) and links to his klantbeeld by the session's {@link CitizenSelection} token (never the BSN).
 * Opening the page is audited by {@link CaseHandlingService#findCase}. Every read of personal data gives
 * {@link AccessPurpose#CASE_HANDLING} as the reason.
 */
@Named
@ViewScoped
public class StaffCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form of a case reference, e.g. {@code Z-2026-000012}; anything else is not looked up. */
    private static final String REFERENCE = "[A-Z]{1,3}-\\d{4}-\\d{1,12}";

    /** Why the page reads the citizen's data: handling (or answering about) this case. */
    private static final AccessReason REASON = AccessReason.of(AccessPurpose.CASE_HANDLING);

    @EJB
    private CaseHandlingService cases;

    @EJB
    private CaseIntakeService caseIntakes;

    @EJB
    private CitizenViewService citizenView;

    @Inject
    private CitizenSelection citizenSelection;

    @Inject
    private Texts texts;

    private String reference;

    /** The case as last read (transient: read again after a passivation). */
    private transient Optional<StaffCaseDetail> detail;

    private Long version;
    private String nextStatus;
    private String moveReason;
    private String suspendReason;
    private String extendReason;
    private String note;
    private String assignee;
    private DecisionOutcome decisionOutcome;
    private String decisionText;

    /** Who the team lead may assign the case to (transient: read again after a passivation). */
    private transient List<AssignableStaff> assignable;

    /** What the citizen sent, read once per page view (each read is an audit row). */
    private transient Optional<CaseIntake> intake;

    /** The citizen's BRP data, once asked for with "Gegevens uit de BRP tonen". */
    private CitizenProfile brp;

    /** @return the case, or {@code null} when it does not exist or the caller may not see it */
    public StaffCaseDetail getDetail() {
        if (detail == null) {
            detail = reference == null ? Optional.empty() : cases.findCase(reference);
            detail.ifPresent(found -> {
                version = found.version();
                assignee = found.assigneeUsername();
                if (!found.nextStatuses().isEmpty()) {
                    nextStatus = found.nextStatuses().get(0).code();
                }
            });
        }
        return detail.orElse(null);
    }

    /** "In behandeling nemen". */
    public void claim() {
        act(() -> cases.claim(reference, postedVersion()), "staffCase.done.claimed");
    }

    /** "Naar de volgende status", with an optional reason. */
    public void moveToStatus() {
        act(() -> cases.moveToStatus(reference, postedVersion(), nextStatus, blankToNull(moveReason)),
                "staffCase.done.moved");
    }

    /** "Opschorten": waiting for the citizen; the reason is required and shown to him. */
    public void suspend() {
        act(() -> cases.suspend(reference, postedVersion(), blankToNull(suspendReason)), "staffCase.done.suspended");
    }

    /** "Hervatten": the deadline moves by the suspended working days. */
    public void resume() {
        act(() -> cases.resume(reference, postedVersion()), "staffCase.done.resumed");
    }

    /** "Termijn verlengen", once, with a reason. */
    public void extend() {
        act(() -> cases.extend(reference, postedVersion(), blankToNull(extendReason)), "staffCase.done.extended");
    }

    /** "Toewijzen" (team lead): to a member of the case's team, from {@link #getAssignableStaff()}. */
    public void assign() {
        act(() -> cases.assign(reference, postedVersion(), assignee), "staffCase.done.assigned");
    }

    /** "Besluit vastleggen": outcome and text; the page checks both are there, the service again. */
    public void recordDecision() {
        act(() -> cases.recordDecision(reference, postedVersion(), decisionOutcome, blankToNull(decisionText)),
                "staffCase.done.decided");
    }

    /** "Gegevens uit de BRP tonen": the citizen's registered data, fetched now and audited by the service. */
    public void showBrp() {
        StaffCaseDetail shown = getDetail();
        if (shown == null || shown.citizen() == null) {
            message(FacesMessage.SEVERITY_ERROR, texts.format("staffCase.notFound.text"));
            return;
        }
        try {
            brp = citizenView.profile(shown.citizen(), REASON);
        } catch (DomainException e) {
            brp = null;
            message(FacesMessage.SEVERITY_ERROR, texts.format(e.getMessageKey(), e.getArguments()));
        }
    }

    /** @return the team members the caller may assign the case to; empty when he may not assign it */
    public List<AssignableStaff> getAssignableStaff() {
        StaffCaseDetail shown = getDetail();
        if (shown == null || !shown.mayAssign()) {
            return List.of();
        }
        if (assignable == null) {
            try {
                assignable = cases.assignableStaff(reference);
            } catch (DomainException | EJBAccessException e) {
                assignable = List.of();
            }
        }
        return assignable;
    }

    /** @return the outcomes a decision can have, in the enum's order */
    public DecisionOutcome[] getDecisionOutcomes() {
        return DecisionOutcome.values();
    }

    /**
     * @return what the citizen sent with the case's intake, or {@code null} when the caller may not see the
     *         case's details (read once per page view)
     */
    public CaseIntake getIntake() {
        if (intake == null) {
            StaffCaseDetail shown = getDetail();
            intake = shown != null && shown.detailsVisible() ? caseIntakes.findIntakeOfCase(reference) : Optional.empty();
        }
        return intake.orElse(null);
    }

    /** @return the BRP data once asked for, or {@code null} */
    public CitizenProfile getBrp() {
        return brp;
    }

    /** @return the registered person when the BRP found him, else {@code null} */
    public RegisteredPerson getBrpPerson() {
        return brp == null ? null : brp.person().orElse(null);
    }

    /** @return the citizen's token for links to his klantbeeld ({@code ?klant=…}), or {@code null} without details */
    public String getCitizenToken() {
        StaffCaseDetail shown = getDetail();
        return shown == null || shown.citizen() == null ? null : citizenSelection.tokenOf(shown.citizen());
    }

    /** "Notitie toevoegen". */
    public void addNote() {
        act(() -> cases.addNote(reference, note), "staffCase.done.noted");
    }

    private long postedVersion() {
        return version == null ? -1 : version;
    }

    private void act(Supplier<StaffCaseDetail> action, String doneKey) {
        if (getDetail() == null) {
            message(FacesMessage.SEVERITY_ERROR, texts.format("staffCase.notFound.text"));
            return;
        }
        try {
            StaffCaseDetail changed = action.get();
            show(changed);
            moveReason = null;
            suspendReason = null;
            extendReason = null;
            note = null;
            decisionText = null;
            decisionOutcome = null;
            message(FacesMessage.SEVERITY_INFO, texts.format(doneKey));
        } catch (DomainException e) {
            message(FacesMessage.SEVERITY_ERROR, texts.format(e.getMessageKey(), e.getArguments()));
            if (CaseFile.VERSION_CONFLICT.equals(e.getMessageKey())) {
                // show the case as it is now; what was typed stays
                detail = null;
                getDetail();
            }
        }
    }

    private void show(StaffCaseDetail changed) {
        detail = Optional.of(changed);
        version = changed.version();
        assignable = null;
        assignee = changed.assigneeUsername();
        nextStatus = changed.nextStatuses().isEmpty() ? null : changed.nextStatuses().get(0).code();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        String valid = reference != null && reference.matches(REFERENCE) ? reference : null;
        if (valid == null || !valid.equals(this.reference)) {
            detail = null;
            intake = null;
            assignable = null;
            brp = null;
        }
        this.reference = valid;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getNextStatus() {
        return nextStatus;
    }

    public void setNextStatus(String nextStatus) {
        this.nextStatus = nextStatus;
    }

    public String getMoveReason() {
        return moveReason;
    }

    public void setMoveReason(String moveReason) {
        this.moveReason = moveReason;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }

    public String getExtendReason() {
        return extendReason;
    }

    public void setExtendReason(String extendReason) {
        this.extendReason = extendReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public DecisionOutcome getDecisionOutcome() {
        return decisionOutcome;
    }

    public void setDecisionOutcome(DecisionOutcome decisionOutcome) {
        this.decisionOutcome = decisionOutcome;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }
}
