package nl.frontoffice.portal.staff.audit;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.audit.AuditQuery;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.platform.audit.AuditEntry;
import nl.frontoffice.platform.audit.AuditPage;
import nl.frontoffice.platform.audit.AuditTrailService;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The audit trail search {@code /medewerker/audit.xhtml}: a posted form (citizen BSN, staff username,
 * kind of view, period) and a lazy PrimeFaces table whose pages are queries of
 * {@link AuditTrailService#search} (paged in the database, newest first; each page shown is logged by
 * the service as {@code AUDIT_TRAIL_SEARCHED}, with the criteria used but not their values).
 *
 * <p>The BSN is typed in the form and posted; it is kept in this view only and never appears in an
 * address, so it ends up in no browser history or access log. It must pass the 11-proef. The results
 * show the citizen's BSN masked ({@code ******847}): the search by BSN already says whose rows they are,
 * and a search by staff member or period lists many citizens, whose full numbers the BEHEERDER does not
 * need to see to answer "who looked at what"; to check one citizen he searches by that citizen's BSN.
 *
 * <p>Only a BEHEERDER may use it: {@link #checkAccess()} (the page's view action) answers anyone else
 * with 403, and the service refuses other callers anyway.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page. */
    public static final int PAGE_SIZE = 25;

    private static final String TABLE_ID = ":audit-results:entries";

    @EJB
    private AuditTrailService trail;

    @Inject
    private Texts texts;

    private String bsn;
    private String staffUsername;
    private PersonalDataEvent event;
    private LocalDate from;
    private LocalDate until;

    /** The query the table shows; {@code null} until the first search. */
    private AuditQuery applied;

    private final LazyDataModel<AuditEntry> model = new Model();

    /**
     * The view action: a caller who is not a BEHEERDER gets the 403 page.
     *
     * @throws IOException when the error cannot be sent
     */
    public void checkAccess() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (!external.isUserInRole(StaffRoles.BEHEERDER)) {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            context.responseComplete();
        }
    }

    /** Validator of the BSN field: empty, or nine digits that pass the 11-proef (spaces and dots are ignored). */
    public void validateBsn(FacesContext context, UIComponent component, Object value) {
        String typed = normalise((String) value);
        if (typed != null && !Bsn.isValid(typed)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.format("audit.search.bsn.invalid"), null));
        }
    }

    /** "Zoeken": the table shows the rows of the criteria, from the first page. */
    public void search() {
        FacesContext context = FacesContext.getCurrentInstance();
        String citizen = normalise(bsn);
        if (citizen == null && blankToNull(staffUsername) == null && event == null && from == null && until == null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.format("audit.search.nothing"), null));
            return;
        }
        if (from != null && until != null && until.isBefore(from)) {
            context.addMessage("audit-search:until", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.format("audit.search.period.reversed"), null));
            context.validationFailed();
            return;
        }
        applied = new AuditQuery(blankToNull(staffUsername), citizen == null ? null : Bsn.of(citizen), event,
                startOf(from), until == null ? null : startOf(until.plusDays(1)));
        if (context.getViewRoot() != null && context.getViewRoot().findComponent(TABLE_ID) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** @return whether a search was made (the table shows only then) */
    public boolean isSearched() {
        return applied != null;
    }

    /** @return whether the search was for one citizen */
    public boolean isCitizenSearch() {
        return applied != null && applied.citizenBsn() != null;
    }

    /** @return the kinds of view to choose from */
    public List<PersonalDataEvent> getEvents() {
        return List.of(PersonalDataEvent.values());
    }

    /** @return the table's lazy model */
    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(WorkingDayCalendar.TIME_ZONE).toInstant();
    }

    private static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s.]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The lazy model: each page is a search of the service (logged there); the count is not. */
    private final class Model extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return applied == null ? 0 : (int) Math.min(Integer.MAX_VALUE, trail.count(applied));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (applied == null) {
                return List.of();
            }
            int size = Math.max(1, Math.min(pageSize, AuditTrailService.MAX_PAGE_SIZE));
            AuditPage page = trail.search(applied, Math.max(0, first), size);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.entries();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public AuditEntry getRowData(String rowKey) {
            return null;
        }
    }

    // ---- the search form ----

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public PersonalDataEvent getEvent() {
        return event;
    }

    public void setEvent(PersonalDataEvent event) {
        this.event = event;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
