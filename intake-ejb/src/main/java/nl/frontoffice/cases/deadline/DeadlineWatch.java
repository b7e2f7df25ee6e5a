package nl.frontoffice.cases.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.cases.CaseSettings;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.domain.cases.DeadlineState;

/**
 * The deadline watch: on a timer, flags open cases that are due soon or overdue and mails the
 * assignee, or the team leads when nobody is assigned; never twice for the same case, event and
 * deadline ({@link DeadlineNotifier}). Suspended and closed cases are left alone.
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.deadline-watch.enabled}</td><td>{@code true}</td><td>{@code false}: no timer
 * ({@link #runNow()} still works)</td></tr>
 * <tr><td>{@code frontoffice.deadline-watch.second}</td><td>{@code 0}</td><td>the timer's second expression
 * (EJB {@code ScheduleExpression}); tests set e.g. {@code *}{@code /5} with minute {@code *} to run it every 5 seconds</td></tr>
 * <tr><td>{@code frontoffice.deadline-watch.minute}</td><td>{@code *}{@code /15}</td><td>the timer's minute
 * expression (EJB {@code ScheduleExpression}): every 15 minutes</td></tr>
 * <tr><td>{@code frontoffice.deadline-watch.hour}</td><td>{@code *}</td><td>the timer's hour expression</td></tr>
 * <tr><td>{@code frontoffice.deadline-watch.batch-size}</td><td>{@code 500}</td><td>most cases flagged per event
 * and run (the rest follow in the next run)</td></tr>
 * <tr><td>{@code frontoffice.cases.due-soon-working-days}</td><td>{@code 5}</td><td>"due soon" threshold</td></tr>
 * </table>
 * The timer is not persistent: every cluster member runs it, and the notices' unique key makes sure
 * only one of them reports a case.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @Resource
    private TimerService timerService;

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @EJB
    private DeadlineNotifier notifier;

    @Inject
    private CaseSettings settings;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "frontoffice.deadline-watch.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "frontoffice.deadline-watch.second", defaultValue = "0")
    String second;

    @Inject
    @ConfigProperty(name = "frontoffice.deadline-watch.minute", defaultValue = "*/15")
    String minute;

    @Inject
    @ConfigProperty(name = "frontoffice.deadline-watch.hour", defaultValue = "*")
    String hour;

    @Inject
    @ConfigProperty(name = "frontoffice.deadline-watch.batch-size", defaultValue = "500")
    int batchSize;

    private final Object running = new Object();

    @PostConstruct
    void schedule() {
        if (!enabled) {
            LOG.info("Deadline watch timer disabled (frontoffice.deadline-watch.enabled=false)");
            return;
        }
        ScheduleExpression expression = new ScheduleExpression().second(second).minute(minute).hour(hour)
                .dayOfWeek("*").dayOfMonth("*").month("*").year("*").timezone(WorkingDayCalendar.TIME_ZONE.getId());
        timerService.createCalendarTimer(expression, new TimerConfig("deadline-watch", false));
        LOG.info(() -> "Deadline watch runs at second " + second + " of minute " + minute + " of hour " + hour);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer(Timer timer) {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline watch run failed; the next run tries again", e);
        }
    }

    /**
     * Runs the watch now (a team lead or administrator asks; tests and the browser test use it).
     *
     * @return what this run flagged
     */
    @RolesAllowed({StaffRoles.TEAMLEIDER, StaffRoles.BEHEERDER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeadlineWatchResult runNow() {
        return run();
    }

    private DeadlineWatchResult run() {
        synchronized (running) {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);
            LocalDate limit = DeadlineState.dueSoonLimit(today, settings.dueSoonWorkingDays(), calendar);
            int[] overdue = flagAll(DeadlineEvent.OVERDUE, candidates(DeadlineEvent.OVERDUE,
                    "c.deadline < :today", today, null), now);
            int[] dueSoon = flagAll(DeadlineEvent.DUE_SOON, candidates(DeadlineEvent.DUE_SOON,
                    "c.deadline >= :today and c.deadline < :limit", today, limit), now);
            DeadlineWatchResult result = new DeadlineWatchResult(today, dueSoon[0], overdue[0], dueSoon[1] + overdue[1],
                    dueSoon[2] + overdue[2]);
            if (result.dueSoonFlagged() + result.overdueFlagged() + result.skipped() > 0) {
                LOG.info(() -> "Deadline watch: " + result);
            }
            return result;
        }
    }

    private List<Object[]> candidates(DeadlineEvent event, String condition, LocalDate today, LocalDate limit) {
        var query = em.createQuery("select c.id, c.deadline from CaseFile c where c.open = :open"
                        + " and c.suspendedSince is null and " + condition
                        + " and not exists (select n.id from DeadlineNotice n where n.caseFile = c"
                        + " and n.event = :event and n.deadline = c.deadline) order by c.deadline, c.id", Object[].class)
                // EclipseLink would print the parameters of this query (with its subquery) as literals,
                // TRUE as 1, which H2 2 refuses to compare with a boolean column: bind them
                .setHint("eclipselink.jdbc.bind-parameters", "true")
                .setParameter("open", Boolean.TRUE)
                .setParameter("today", today)
                .setParameter("event", event)
                .setMaxResults(Math.max(1, batchSize));
        if (limit != null) {
            query.setParameter("limit", limit);
        }
        return query.getResultList();
    }

    /** @return flagged, mails queued, skipped */
    private int[] flagAll(DeadlineEvent event, List<Object[]> candidates, Instant now) {
        int flagged = 0;
        int mails = 0;
        int skipped = 0;
        for (Object[] candidate : candidates) {
            long caseId = (Long) candidate[0];
            try {
                Optional<Integer> queued = notifier.flag(caseId, event, (LocalDate) candidate[1], now);
                if (queued.isPresent()) {
                    flagged++;
                    mails += queued.get();
                } else {
                    skipped++;
                }
            } catch (EJBException e) {
                // most likely flagged by another member between our query and our insert (unique key)
                skipped++;
                LOG.log(Level.FINE, "Case " + caseId + " not flagged " + event + " (" + e.getClass().getName() + ")", e);
            }
        }
        return new int[]{flagged, mails, skipped};
    }
}
