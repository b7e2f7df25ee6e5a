package nl.frontoffice.intake;

import java.util.List;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.shared.Channel;

/**
 * CDI event fired once, inside the submitting transaction, when an intake was submitted through the
 * wizard: the hook for the confirmation e-mail (an observer queues it in the mail outbox in the same
 * transaction, so a rolled-back submission mails nothing). Not fired when a retry returns an earlier
 * receipt.
 *
 * @param intakeReference the intake's reference, e.g. {@code I-2026-000042}
 * @param citizen         the citizen (the BSN masks itself in {@code toString})
 * @param email           the e-mail address the citizen gave, or {@code null} when none
 * @param channel         the intake's channel
 * @param cases           the cases opened, with references and deadlines
 */
public record IntakeSubmitted(String intakeReference, Bsn citizen, String email, Channel channel,
                              List<CaseSummary> cases) {

    /** Copies the list. */
    public IntakeSubmitted {
        cases = List.copyOf(cases);
    }

    @Override
    public String toString() {
        return "IntakeSubmitted[" + intakeReference + ", cases=" + cases.size() + "]";
    }
}
