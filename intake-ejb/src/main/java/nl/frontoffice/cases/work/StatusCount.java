package nl.frontoffice.cases.work;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * The number of open cases of a domain in a status.
 *
 * @param domain        the domain
 * @param statusCode    the status
 * @param statusNameKey its bundle key
 * @param count         the number of open cases
 */
public record StatusCount(SocialDomain domain, String statusCode, String statusNameKey, long count) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public SocialDomain getDomain() {
        return domain;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusNameKey() {
        return statusNameKey;
    }

    public long getCount() {
        return count;
    }
}
