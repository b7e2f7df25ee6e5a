package nl.frontoffice.cases.work;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * The open cases of one domain on the team lead's dashboard.
 *
 * @param domain    the domain
 * @param open      its open cases
 * @param overdue   open cases past their deadline (not suspended)
 * @param dueSoon   open cases due within the configured working days (not suspended)
 * @param suspended open cases waiting for the citizen
 */
public record DomainCount(SocialDomain domain, long open, long overdue, long dueSoon, long suspended) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public SocialDomain getDomain() {
        return domain;
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
}
