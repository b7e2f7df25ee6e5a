package nl.frontoffice.domain.cases;

import java.util.List;

/**
 * Stores and finds {@link DeadlineNotice}s. The JPA implementation lives in the EJB module.
 */
public interface DeadlineNoticeRepository {

    /** @return what the deadline watch reported about the case, oldest first */
    List<DeadlineNotice> findByCaseFile(CaseFile caseFile);

    /**
     * Stores a new notice and writes it at once, so that a second report of the same case, event
     * and deadline fails here (unique key) rather than at commit.
     *
     * @return the managed notice
     */
    DeadlineNotice saveAndFlush(DeadlineNotice notice);
}
