package nl.frontoffice.portal.staff;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;
import nl.frontoffice.cases.work.AssigneeFilter;
import nl.frontoffice.cases.work.CaseHandlingService;
import nl.frontoffice.cases.work.WorklistFilter;
import nl.frontoffice.cases.work.WorklistPage;
import nl.frontoffice.cases.work.WorklistQuery;
import nl.frontoffice.cases.work.WorklistRow;
import nl.frontoffice.cases.work.WorklistSort;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffRole;

/**
 * The worklist {@code /medewerker/werkvoorraad.xhtml}: the open cases of the domains of the
 * caller's teams, paged, sorted and filtered in the database by
 * {@link CaseHandlingService#worklist(WorklistQuery)} through a lazy PrimeFaces data table. The
 * filters are a plain form above the table; "Toon zaken" applies them and starts at the first page;
 * "Alle zaken" is a link to a fresh page.
 *
 * <p>Only consulenten and team leads have a worklist (the service refuses others); for other staff
 * the page says so instead of calling it.
 */
@Named
@ViewScoped
public class WorklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows per page. */
    public static final int PAGE_SIZE = 20;

    /**
     * The statuses to filter on: those of the case types of migration V7 (a case type's statuses
     * are data; all current case types use these codes).
     */
    private static final String TABLE_ID = ":worklist-table:cases";

    private static final List<String> STATUSES = List.of("RECEIVED", "FIRST_CONVERSATION_PLANNED", "IN_PROGRESS",
            "DECIDED");

    @EJB
    private CaseHandlingService cases;

    @EJB
    private StaffDirectory directory;

    private StaffAccess staff;

    private String status;
    private SocialDomain domain;
    private AssigneeFilter assignee = AssigneeFilter.ANYONE;
    private String urgent;
    private LocalDate deadlineFrom;
    private LocalDate deadlineTo;

    /** The filter the table shows (set by {@link #apply()}, so that typing alone changes nothing). */
    private transient WorklistFilter applied;

    private final LazyDataModel<WorklistRow> model = new Model();

    /** @return the logged-in staff member */
    public StaffAccess getStaff() {
        if (staff == null) {
            staff = directory.current();
        }
        return staff;
    }

    /** @return whether the caller has a worklist (consulent or team lead) */
    public boolean isAllowed() {
        return getStaff().hasRole(StaffRole.CONSULENT) || getStaff().hasRole(StaffRole.TEAMLEIDER);
    }

    /** "Toon": the table shows the cases of the filter, from the first page. */
    public void apply() {
        WorklistFilter filter = WorklistFilter.openCases()
                .withStatus(blankToNull(status))
                .withDomain(domain)
                .withAssignee(assignee == null ? AssigneeFilter.ANYONE : assignee)
                .withUrgent(urgent == null || urgent.isBlank() ? null : Boolean.valueOf(urgent))
                .withDeadlineBetween(deadlineFrom, deadlineTo);
        applied = filter;
        firstPage();
    }

    /** The table starts at its first page again (when the view has it yet). */
    private static void firstPage() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null
                && context.getViewRoot().findComponent(TABLE_ID) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    private WorklistFilter applied() {
        if (applied == null) {
            apply();
        }
        return applied;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** @return the table's lazy model */
    public LazyDataModel<WorklistRow> getModel() {
        return model;
    }

    /** @return the status codes to filter on */
    public List<String> getStatuses() {
        return STATUSES;
    }

    /** @return the domains the caller may filter on: those of his teams */
    public List<SocialDomain> getDomains() {
        return getStaff().getDomains();
    }

    /** @return the assignee choices */
    public List<AssigneeFilter> getAssigneeChoices() {
        return List.of(AssigneeFilter.ANYONE, AssigneeFilter.MINE, AssigneeFilter.UNASSIGNED);
    }

    /** The lazy model: each page is a query of the service; the service counts as well. */
    private final class Model extends LazyDataModel<WorklistRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!isAllowed()) {
                return 0;
            }
            WorklistPage page = cases.worklist(new WorklistQuery(applied(), WorklistSort.DEADLINE, true, 0, 1));
            return (int) Math.min(Integer.MAX_VALUE, page.total());
        }

        @Override
        public List<WorklistRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (!isAllowed()) {
                return List.of();
            }
            WorklistSort sort = WorklistSort.DEADLINE;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                if (meta.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                sort = switch (meta.getField()) {
                    case "startDate" -> WorklistSort.START_DATE;
                    case "reference" -> WorklistSort.REFERENCE;
                    case "statusCode" -> WorklistSort.STATUS;
                    default -> WorklistSort.DEADLINE;
                };
                ascending = meta.getOrder() != SortOrder.DESCENDING;
                break;
            }
            int size = Math.max(1, Math.min(pageSize, WorklistQuery.MAX_PAGE_SIZE));
            WorklistPage page = cases.worklist(new WorklistQuery(applied(), sort, ascending, Math.max(0, first), size));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        @Override
        public String getRowKey(WorklistRow row) {
            return row.reference();
        }

        @Override
        public WorklistRow getRowData(String rowKey) {
            return null;
        }
    }

    // ---- the filter form ----

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public SocialDomain getDomain() {
        return domain;
    }

    public void setDomain(SocialDomain domain) {
        this.domain = domain;
    }

    public AssigneeFilter getAssignee() {
        return assignee;
    }

    public void setAssignee(AssigneeFilter assignee) {
        this.assignee = assignee;
    }

    public String getUrgent() {
        return urgent;
    }

    public void setUrgent(String urgent) {
        this.urgent = urgent;
    }

    public LocalDate getDeadlineFrom() {
        return deadlineFrom;
    }

    public void setDeadlineFrom(LocalDate deadlineFrom) {
        this.deadlineFrom = deadlineFrom;
    }

    public LocalDate getDeadlineTo() {
        return deadlineTo;
    }

    public void setDeadlineTo(LocalDate deadlineTo) {
        this.deadlineTo = deadlineTo;
    }
}
