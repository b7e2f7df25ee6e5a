package nl.frontoffice.portal.staff.lead;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;
import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.cases.work.DomainCount;
import nl.frontoffice.cases.work.HandlingTime;
import nl.frontoffice.cases.work.StatusCount;
import nl.frontoffice.cases.work.TeamDashboard;
import nl.frontoffice.cases.work.TeamDashboardService;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The team lead's dashboard {@code /medewerker/dashboard.xhtml}: the numbers of
 * {@link TeamDashboardService#dashboard()} for the domains of the lead's teams, read once per request,
 * with the bars of its charts ({@link ChartBar}) and the texts of its figures.
 *
 * <p>Only a TEAMLEIDER may see it: {@link #checkAccess()} (the page's view action) answers anyone else
 * with 403 before anything renders, so the service's own refusal ({@code @RolesAllowed}) never surfaces
 * as a 500.
 */
@Named
@RequestScoped
public class DashboardView {

    @EJB
    private TeamDashboardService dashboards;

    @EJB
    private StaffDirectory directory;

    @Inject
    private Texts texts;

    private TeamDashboard dashboard;
    private StaffAccess staff;

    /**
     * The view action: a caller who is not a team lead gets the 403 page.
     *
     * @throws IOException when the error cannot be sent
     */
    public void checkAccess() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (!external.isUserInRole(StaffRoles.TEAMLEIDER)) {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            context.responseComplete();
        }
    }

    /** @return the numbers, counted once per request */
    public TeamDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = dashboards.dashboard();
        }
        return dashboard;
    }

    /** @return the logged-in team lead (his teams) */
    public StaffAccess getStaff() {
        if (staff == null) {
            staff = directory.current();
        }
        return staff;
    }

    /** @return the names of the lead's teams, separated by commas */
    public String getTeams() {
        return String.join(", ", getStaff().getTeamNames());
    }

    /** @return the median in working days as "12,5" in the page's language, or "–" without closed cases */
    public String days(Double median) {
        if (median == null) {
            return texts.format("dashboard.median.none");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(median);
    }

    /** @return the median in words, e.g. "12,5 werkdagen", or "geen afgesloten zaken" */
    public String medianText(HandlingTime time) {
        return time.median() == null ? texts.format("dashboard.median.none")
                : texts.format("dashboard.median.days", days(time.median()));
    }

    /** The bars of the chart "open cases per domain and status". */
    public List<ChartBar> getStatusBars() {
        List<ChartBar.Value> values = new ArrayList<>();
        for (StatusCount count : getDashboard().openByStatus()) {
            values.add(new ChartBar.Value(texts.format("dashboard.chart.statusBar",
                    texts.format(count.domain().getMessageKey()), texts.format(count.statusNameKey()), count.count()),
                    count.count(), "open"));
        }
        return ChartBar.layout(values);
    }

    /** The bars of the chart "overdue, due soon and suspended per domain". */
    public List<ChartBar> getDeadlineBars() {
        List<ChartBar.Value> values = new ArrayList<>();
        for (DomainCount count : getDashboard().perDomain()) {
            String domain = texts.format(count.domain().getMessageKey());
            values.add(new ChartBar.Value(texts.format("dashboard.chart.overdueBar", domain, count.overdue()),
                    count.overdue(), "overdue"));
            values.add(new ChartBar.Value(texts.format("dashboard.chart.dueSoonBar", domain, count.dueSoon()),
                    count.dueSoon(), "due-soon"));
            values.add(new ChartBar.Value(texts.format("dashboard.chart.suspendedBar", domain, count.suspended()),
                    count.suspended(), "suspended"));
        }
        return ChartBar.layout(values);
    }

    /** The bars of the chart "median handling time per case type". */
    public List<ChartBar> getHandlingBars() {
        List<ChartBar.Value> values = new ArrayList<>();
        for (HandlingTime time : getDashboard().caseTypeHandlingTimes()) {
            values.add(new ChartBar.Value(texts.format("dashboard.chart.handlingBar",
                    texts.format(time.caseTypeNameKey()), medianText(time)),
                    time.median() == null ? 0 : time.median(), "time"));
        }
        return ChartBar.layout(values);
    }

    private static java.util.Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot().getLocale();
    }
}
