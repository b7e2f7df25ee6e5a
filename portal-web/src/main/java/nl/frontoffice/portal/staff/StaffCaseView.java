package nl.frontoffice.portal.staff;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.cases.work.CaseHandlingService;
import nl.frontoffice.cases.work.StaffCaseDetail;
import nl.frontoffice.domain.cases.CaseFile;
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
 */
@Named
@ViewScoped
public class StaffCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form of a case reference, e.g. {@code Z-2026-000012}; anything else is not looked up. */
    private static final String REFERENCE = "[A-Z]{1,3}-\\d{4}-\\d{1,12}";

    @EJB
    private CaseHandlingService cases;

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

    /** @return the case, or {@code null} when it does not exist or the caller may not see it */
    public StaffCaseDetail getDetail() {
        if (detail == null) {
            detail = reference == null ? Optional.empty() : cases.findCase(reference);
            detail.ifPresent(found -> {
                version = found.version();
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
}
