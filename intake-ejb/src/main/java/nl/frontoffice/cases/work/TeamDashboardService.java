package nl.frontoffice.cases.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;
import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.cases.CaseSettings;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.cases.CaseTypeRepository;
import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * The team lead's dashboard: cases per status and domain, overdue, due soon and suspended per domain,
 * and the median handling time overall, per domain and per case type, for the domains of the caller's
 * teams. Aggregate queries only, one set per domain ({@code domain_code = ?}), served by the indexes
 * of migration V7; the medians come from a count per number of working days (a histogram of a few
 * dozen rows), never from loading the cases.
 */
@Stateless
@RolesAllowed(StaffRoles.TEAMLEIDER)
public class TeamDashboardService {

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @EJB
    private StaffDirectory directory;

    @Inject
    private CaseTypeRepository caseTypes;

    @Inject
    private CaseSettings settings;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Clock clock;

    /** @return the numbers of the caller's teams' domains today */
    public TeamDashboard dashboard() {
        StaffAccess me = directory.current();
        List<SocialDomain> domains = me.getDomains();
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.TIME_ZONE));
        if (domains.isEmpty()) {
            return new TeamDashboard(today, domains, List.of(), List.of(), 0, 0, 0, 0, List.of(), List.of(),
                    new HandlingTime(null, 0, null));
        }
        List<StatusCount> byStatus = new ArrayList<>();
        List<DomainCount> perDomainCounts = new ArrayList<>();
        long open = 0;
        long overdue = 0;
        long dueSoon = 0;
        long suspended = 0;
        LocalDate limit = DeadlineState.dueSoonLimit(today, settings.dueSoonWorkingDays(), calendar);
        // per domain with domain_code = ?: PostgreSQL counts from the indexes alone (see V7)
        for (SocialDomain domain : domains) {
            long domainOpen = 0;
            for (Object[] row : em.createQuery("select c.statusCode, count(c) from CaseFile c"
                            + " where c.domain = :domain and c.open = :open group by c.statusCode order by c.statusCode",
                            Object[].class)
                    .setParameter("domain", domain).setParameter("open", Boolean.TRUE).getResultList()) {
                long count = ((Number) row[1]).longValue();
                domainOpen += count;
                byStatus.add(new StatusCount(domain, (String) row[0], statusNameKey((String) row[0]), count));
            }
            long domainOverdue = count("c.suspendedSince is null and c.deadline < :today", domain, today, null);
            long domainDueSoon = count("c.suspendedSince is null and c.deadline >= :today and c.deadline < :limit",
                    domain, today, limit);
            long domainSuspended = count("c.suspendedSince is not null", domain, null, null);
            perDomainCounts.add(new DomainCount(domain, domainOpen, domainOverdue, domainDueSoon, domainSuspended));
            open += domainOpen;
            overdue += domainOverdue;
            dueSoon += domainDueSoon;
            suspended += domainSuspended;
        }
        List<HandlingTime> perDomain = new ArrayList<>();
        TreeMap<Integer, Long> all = new TreeMap<>();
        for (SocialDomain domain : domains) {
            TreeMap<Integer, Long> histogram = handlingDays(domain);
            histogram.forEach((days, count) -> all.merge(days, count, Long::sum));
            perDomain.add(handlingTime(domain, histogram));
        }
        List<HandlingTime> perCaseType = new ArrayList<>();
        for (SocialDomain domain : domains) {
            handlingDaysPerCaseType(domain).forEach((caseType, histogram) -> {
                long closed = histogram.values().stream().mapToLong(Long::longValue).sum();
                perCaseType.add(new HandlingTime(domain, caseType, caseTypeNameKey(caseType), closed,
                        median(histogram, closed)));
            });
        }
        return new TeamDashboard(today, domains, byStatus, perDomainCounts, open, overdue, dueSoon, suspended,
                perDomain, perCaseType, handlingTime(null, all));
    }

    private long count(String condition, SocialDomain domain, LocalDate today, LocalDate limit) {
        var query = em.createQuery("select count(c) from CaseFile c where c.domain = :domain and c.open = :open and "
                + condition, Long.class).setParameter("domain", domain).setParameter("open", Boolean.TRUE);
        if (today != null) {
            query.setParameter("today", today);
        }
        if (limit != null) {
            query.setParameter("limit", limit);
        }
        return query.getSingleResult();
    }

    /**
     * How many closed cases of the domain took how many working days: a few dozen rows, read from
     * the index (domain_code, handling_working_days) alone; the medians follow from it exactly, per
     * domain and for several domains together.
     */
    private TreeMap<Integer, Long> handlingDays(SocialDomain domain) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        for (Object[] row : em.createQuery("select c.handlingWorkingDays, count(c.handlingWorkingDays) from CaseFile c"
                        + " where c.domain = :domain and c.handlingWorkingDays is not null group by c.handlingWorkingDays",
                        Object[].class)
                .setParameter("domain", domain).getResultList()) {
            histogram.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return histogram;
    }

    /**
     * The same histogram per case type of the domain (case types without closed cases are left out),
     * ordered by case type code.
     */
    private SortedMap<String, TreeMap<Integer, Long>> handlingDaysPerCaseType(SocialDomain domain) {
        SortedMap<String, TreeMap<Integer, Long>> perType = new TreeMap<>();
        for (Object[] row : em.createQuery("select c.caseType.code, c.handlingWorkingDays, count(c.handlingWorkingDays)"
                        + " from CaseFile c where c.domain = :domain and c.handlingWorkingDays is not null"
                        + " group by c.caseType.code, c.handlingWorkingDays", Object[].class)
                .setParameter("domain", domain).getResultList()) {
            perType.computeIfAbsent((String) row[0], code -> new TreeMap<>())
                    .put(((Number) row[1]).intValue(), ((Number) row[2]).longValue());
        }
        return perType;
    }

    static HandlingTime handlingTime(SocialDomain label, SortedMap<Integer, Long> histogram) {
        long closed = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new HandlingTime(label, closed, median(histogram, closed));
    }

    /** @return the median of the counted values: the middle one, or the mean of the middle two */
    static Double median(SortedMap<Integer, Long> histogram, long total) {
        if (total == 0) {
            return null;
        }
        long lowerIndex = (total - 1) / 2;
        long upperIndex = total / 2;
        Integer lower = null;
        Integer upper = null;
        long seen = 0;
        for (var entry : histogram.entrySet()) {
            long next = seen + entry.getValue();
            if (lower == null && lowerIndex < next) {
                lower = entry.getKey();
            }
            if (upperIndex < next) {
                upper = entry.getKey();
                break;
            }
            seen = next;
        }
        return (lower + upper) / 2.0;
    }

    private String caseTypeNameKey(String caseTypeCode) {
        return caseTypes.findAll().stream().filter(type -> type.getCode().equals(caseTypeCode))
                .map(CaseType::getNameKey).findFirst().orElse(caseTypeCode);
    }

    private String statusNameKey(String statusCode) {
        return caseTypes.findAll().stream().map(CaseType::getStatuses).flatMap(List::stream)
                .filter(status -> status.getCode().equals(statusCode)).map(CaseStatus::getNameKey)
                .findFirst().orElse(statusCode);
    }
}
