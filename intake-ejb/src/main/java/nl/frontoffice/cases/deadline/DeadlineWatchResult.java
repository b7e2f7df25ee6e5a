package nl.frontoffice.cases.deadline;

import java.time.LocalDate;

/**
 * What one run of the deadline watch did.
 *
 * @param day            the day judged on
 * @param dueSoonFlagged cases newly flagged as due soon
 * @param overdueFlagged cases newly flagged as overdue
 * @param mailsQueued    warnings queued to staff
 * @param skipped        cases another run (or cluster member) flagged first, or that changed meanwhile
 */
public record DeadlineWatchResult(LocalDate day, int dueSoonFlagged, int overdueFlagged, int mailsQueued, int skipped) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public LocalDate getDay() {
        return day;
    }

    public int getDueSoonFlagged() {
        return dueSoonFlagged;
    }

    public int getOverdueFlagged() {
        return overdueFlagged;
    }

    public int getMailsQueued() {
        return mailsQueued;
    }

    public int getSkipped() {
        return skipped;
    }
}
