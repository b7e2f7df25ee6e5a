package nl.frontoffice.notification;

import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.platform.mail.MailCategory;
import nl.frontoffice.platform.mail.MailOutbox;
import nl.frontoffice.platform.mail.OutgoingMail;

/**
 * Queues the mails about a case in the caller's transaction: to the citizen when a change he should
 * know of was recorded, and deadline warnings to staff.
 *
 * <p>What the citizen is mailed about: a move into a status that is
 * {@link CaseStatus#isNotifyCitizen() notify_citizen} and {@link CaseStatus#isVisibleToCitizen()
 * visible}, a suspension (what we wait for) and an extension (why, and the new deadline). Nothing
 * when the citizen gave no e-mail address. One mail per history entry: the key is
 * {@code case-status:<case id>:<entry id>}.
 */
@Stateless
public class CaseNotifications {

    private static final Logger LOG = Logger.getLogger(CaseNotifications.class.getName());

    @EJB
    private MailOutbox outbox;

    @Inject
    private NotificationSettings settings;

    /**
     * @param caseFile the case
     * @param entry    the history entry just recorded, already stored (it has its id)
     * @return whether a mail was queued now
     */
    public boolean caseChanged(CaseFile caseFile, CaseStatusChange entry) {
        Objects.requireNonNull(caseFile, "caseFile");
        Objects.requireNonNull(entry, "entry");
        if (entry.getId() == null) {
            throw new IllegalStateException("Store the history entry (flush) before mailing about it");
        }
        Optional<MailText> text = textFor(caseFile, entry);
        if (text.isEmpty()) {
            return false;
        }
        Optional<String> email = caseFile.getCitizen().getContactDetails().getEmail();
        if (email.isEmpty()) {
            LOG.fine(() -> "Case " + caseFile.getReference() + ": no e-mail address, no mail about " + entry.getKind());
            return false;
        }
        return outbox.queue(OutgoingMail.text(statusMailKey(caseFile, entry), MailCategory.CASE_STATUS_CHANGED,
                email.get(), text.get().subject(), text.get().body()));
    }

    /** @return the idempotency key of the citizen's mail about a history entry */
    public static String statusMailKey(CaseFile caseFile, CaseStatusChange entry) {
        return "case-status:" + caseFile.getId() + ":" + entry.getId();
    }

    private Optional<MailText> textFor(CaseFile caseFile, CaseStatusChange entry) {
        NotificationTexts texts = NotificationTexts.in(settings.locale());
        String nameKey = caseFile.getCaseType().getNameKey();
        String link = settings.mijnZakenUrl();
        return switch (entry.getKind()) {
            case STATUS_CHANGED -> caseFile.getCaseType().findStatus(entry.getToStatus())
                    .filter(status -> entry.getFromStatus().isPresent())
                    .filter(status -> status.isNotifyCitizen() && status.isVisibleToCitizen())
                    .map(status -> texts.statusChanged(caseFile.getReference(), nameKey, status.getCode(),
                            status.getCitizenLabelKey(), status.getNextStepKey(), link));
            case SUSPENDED -> Optional.of(texts.suspended(caseFile.getReference(), nameKey,
                    entry.getReason().orElse(""), link));
            case EXTENDED -> Optional.of(texts.extended(caseFile.getReference(), nameKey,
                    entry.getReason().orElse(""), caseFile.getDeadline(), link));
            default -> Optional.empty();
        };
    }

    /**
     * Queues a deadline warning to one staff member.
     *
     * @param caseFile  the case
     * @param event     due soon or overdue
     * @param recipient the assignee, or a team lead when the case is unassigned
     * @param teamName  the team's name when the recipient is a team lead; {@code null} for the assignee
     * @return whether a mail was queued now ({@code false}: no address, or queued before)
     */
    public boolean deadlineWarning(CaseFile caseFile, DeadlineEvent event, StaffMember recipient, String teamName) {
        Optional<String> email = recipient.getEmail();
        if (email.isEmpty()) {
            return false;
        }
        MailText text = NotificationTexts.in(settings.locale()).deadlineWarning(event, recipient.getDisplayName(),
                caseFile.getReference(), caseFile.getCaseType().getNameKey(), caseFile.getDeadline(), teamName,
                settings.worklistUrl());
        String key = "deadline:" + caseFile.getId() + ":" + event + ":" + caseFile.getDeadline() + ":" + recipient.getUsername();
        return outbox.queue(OutgoingMail.text(key, MailCategory.DEADLINE_WARNING, email.get(), text.subject(), text.body()));
    }
}
