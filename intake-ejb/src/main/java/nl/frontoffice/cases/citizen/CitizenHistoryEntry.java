package nl.frontoffice.cases.citizen;

import java.time.Instant;
import java.time.LocalDate;

import nl.frontoffice.domain.cases.CaseEventKind;

/**
 * One step in the history of a case as the citizen sees it: status changes (visible statuses only),
 * suspension, resumption and extension. No staff names, no internal reasons.
 *
 * @param at          when
 * @param date        the day (Europe/Amsterdam)
 * @param kind        what happened
 * @param labelKey    for a status change the status label ({@code citizenstatus.*}); otherwise the kind ({@code caseevent.*})
 * @param reason      for a suspension what we wait for, for an extension why; otherwise {@code null}
 * @param newDeadline for a resumption or an extension the new deadline; otherwise {@code null}
 */
public record CitizenHistoryEntry(Instant at, LocalDate date, CaseEventKind kind, String labelKey, String reason,
                                  LocalDate newDeadline) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public Instant getAt() {
        return at;
    }

    public LocalDate getDate() {
        return date;
    }

    public CaseEventKind getKind() {
        return kind;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }
}
