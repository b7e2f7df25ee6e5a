package nl.frontoffice.cases.work;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * How long closed cases took, from start to closing, in working days.
 *
 * @param domain      the domain, or {@code null} for all of the caller's domains together
 * @param closedCases the number of closed cases measured
 * @param median      the median in working days, or {@code null} when no case was closed
 */
public record HandlingTime(SocialDomain domain, long closedCases, Double median) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public SocialDomain getDomain() {
        return domain;
    }

    public long getClosedCases() {
        return closedCases;
    }

    public Double getMedian() {
        return median;
    }
}
