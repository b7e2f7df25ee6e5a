package nl.frontoffice.portal.staff.citizens;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.contact.CallbackListEntry;
import nl.frontoffice.contact.CallbackRequestView;
import nl.frontoffice.contact.ContactService;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The callback list {@code /medewerker/terugbelverzoeken.xhtml}: the open callback requests of the caller's teams
 * ({@link ContactService#openCallbackRequestList()}, audited there), earliest due first, the due date in words and
 * colour like the worklist's deadlines, whom to call by name, and per request "Afgehandeld" with a short result.
 * The service refuses a request of another team. Each citizen's name links to his citizen page, selected with the
 * reason "calling back".
 */
@Named
@ViewScoped
public class CallbackListView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A request is "due soon" on its due date (no working day left before it). */
    static final int DUE_SOON_WORKING_DAYS = 0;

    /** The form of the list: the result field of a row is {@code callbacks-form:rows:<index>:note}. */
    static final String FORM_ID = "callbacks-form";

    /** A row of the list as the page shows it. */
    public record Row(long id, String token, String citizenName, String teamName, String phone, String question,
            LocalDate dueDate, DeadlineState dueState, int workingDaysLeft, String requestedBy) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @EJB
    private ContactService contact;

    @Inject
    private CitizenAccessReasons reasons;

    @Inject
    private Texts texts;

    private List<Row> rows;
    private final Map<Long, String> notes = new HashMap<>();

    /** @return whether the caller has a role with callback requests (KCC, CONSULENT, TEAMLEIDER) */
    public boolean isAllowed() {
        return StaffRolesOfRequest.mayViewCitizens();
    }

    /** @return the open requests of the caller's teams; read once per view and after each completion */
    public List<Row> getRows() {
        if (rows == null) {
            rows = isAllowed() ? load() : List.of();
        }
        return rows;
    }

    private List<Row> load() {
        WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();
        LocalDate today = LocalDate.now(Clock.system(WorkingDayCalendar.TIME_ZONE));
        AccessReason callingBack = AccessReason.of(AccessPurpose.CALLBACK);
        return contact.openCallbackRequestList().stream().map(entry -> {
            CallbackRequestView request = entry.request();
            return new Row(request.id(), reasons.select(request.citizen(), callingBack),
                    entry.citizenName() == null ? null : entry.citizenName().displayName(), request.teamName(),
                    request.phone(), request.question(), request.dueDate(),
                    dueState(request.dueDate(), today, calendar), calendar.workingDaysBetween(today, request.dueDate()),
                    request.requestedBy());
        }).toList();
    }

    /** @return the state of a due date in the worklist's words: on track, due soon (today), overdue */
    static DeadlineState dueState(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        return DeadlineState.of(due, today, true, false, DUE_SOON_WORKING_DAYS, calendar);
    }

    /** "Afgehandeld" on a row: completes the request with the result typed in that row. */
    public String complete(long id) {
        int index = indexOf(id);
        String note = DutchInput.clean(notes.get(id));
        String field = FORM_ID + ":rows:" + Math.max(index, 0) + ":note";
        if (note == null) {
            error(field, texts.format("callbacks.note.required"));
            return null;
        }
        if (note.length() > CallbackRequest.NOTE_MAX_LENGTH) {
            error(field, texts.format("callbacks.note.tooLong", CallbackRequest.NOTE_MAX_LENGTH));
            return null;
        }
        try {
            contact.completeCallbackRequest(id, note);
        } catch (DomainException e) {
            error(null, texts.format(e.getMessageKey(), e.getArguments()));
            rows = null;
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        String done = texts.format("callbacks.done");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, done));
        context.getExternalContext().getFlash().setKeepMessages(true);
        return "/medewerker/terugbelverzoeken.xhtml?faces-redirect=true";
    }

    private int indexOf(long id) {
        List<Row> shown = getRows();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** @return whether the last post found a problem with the result of that row (for aria-invalid) */
    public boolean invalid(int index) {
        return FacesContext.getCurrentInstance().getMessageList(FORM_ID + ":rows:" + index + ":note").stream()
                .findAny().isPresent();
    }

    /** @return the result typed per request id */
    public Map<Long, String> getNotes() {
        return notes;
    }
}
