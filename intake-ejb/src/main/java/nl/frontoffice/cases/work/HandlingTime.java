package nl.frontoffice.cases.work;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * How long closed cases took, from start to closing, in working days.
 *
 * @param domain          the domain, or {@code null} for all of the caller's domains together
 * @param caseTypeCode    the case type, or {@code null} for all case types of the domain (or domains)
 * @param caseTypeNameKey the case type's bundle key ({@code domainMsg}), or {@code null} with the code
 * @param closedCases     the number of closed cases measured
 * @param median          the median in working days, or {@code null} when no case was closed
 */
public record HandlingTime(SocialDomain domain, String caseTypeCode, String caseTypeNameKey, long closedCases,
                           Double median) {

    /** The handling time of a whole domain ({@code null}: of all the caller's domains). */
    public HandlingTime(SocialDomain domain, long closedCases, Double median) {
        this(domain, null, null, closedCases, median);
    }

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public SocialDomain getDomain() {
        return domain;
    }

    public String getCaseTypeCode() {
        return caseTypeCode;
    }

    public String getCaseTypeNameKey() {
        return caseTypeNameKey;
    }

    public long getClosedCases() {
        return closedCases;
    }

    public Double getMedian() {
        return median;
    }
}
