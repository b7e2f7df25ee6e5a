package nl.frontoffice.cases.work;

import java.time.LocalDate;
import java.util.List;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * The team lead's numbers for the domains of his teams, counted in the database.
 *
 * @param today                 the day counted on
 * @param domains               the domains counted
 * @param openByStatus          open cases per domain and status
 * @param perDomain             open, overdue, due soon and suspended cases per domain, in the order of
 *                              {@code domains}
 * @param open                  all open cases
 * @param overdue               open cases past their deadline (not suspended)
 * @param dueSoon               open cases due within the configured working days (not suspended)
 * @param suspended             open cases waiting for the citizen
 * @param handlingTimes         the median handling time per domain, in the order of {@code domains}
 * @param caseTypeHandlingTimes the median handling time per case type that has closed cases, by domain
 * @param overall               the median handling time of all those domains together
 */
public record TeamDashboard(LocalDate today, List<SocialDomain> domains, List<StatusCount> openByStatus,
                            List<DomainCount> perDomain, long open, long overdue, long dueSoon, long suspended,
                            List<HandlingTime> handlingTimes, List<HandlingTime> caseTypeHandlingTimes,
                            HandlingTime overall) {

    public TeamDashboard {
        domains = List.copyOf(domains);
        openByStatus = List.copyOf(openByStatus);
        perDomain = List.copyOf(perDomain);
        handlingTimes = List.copyOf(handlingTimes);
        caseTypeHandlingTimes = List.copyOf(caseTypeHandlingTimes);
    }

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public LocalDate getToday() {
        return today;
    }

    public List<SocialDomain> getDomains() {
        return domains;
    }

    public List<StatusCount> getOpenByStatus() {
        return openByStatus;
    }

    public List<DomainCount> getPerDomain() {
        return perDomain;
    }

    public long getOpen() {
        return open;
    }

    public long getOverdue() {
        return overdue;
    }

    public long getDueSoon() {
        return dueSoon;
    }

    public long getSuspended() {
        return suspended;
    }

    public List<HandlingTime> getHandlingTimes() {
        return handlingTimes;
    }

    public List<HandlingTime> getCaseTypeHandlingTimes() {
        return caseTypeHandlingTimes;
    }

    public HandlingTime getOverall() {
        return overall;
    }
}
