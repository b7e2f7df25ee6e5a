package nl.frontoffice.cases.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.domain.cases.DeadlineNotice;
import nl.frontoffice.domain.cases.DeadlineNoticeRepository;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.notification.CaseNotifications;

/**
 * Flags one case for one deadline event, in a transaction of its own: the notice row (unique per
 * case, event and deadline) and the warning mails commit together or not at all. Used by
 * {@link DeadlineWatch} only.
 */
@Stateless
public class DeadlineNotifier {

    private static final Logger LOG = Logger.getLogger(DeadlineNotifier.class.getName());

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Inject
    private DeadlineNoticeRepository notices;

    @Inject
    private StaffMemberRepository staff;

    @EJB
    private CaseNotifications notifications;

    /**
     * @param caseId   the case
     * @param event    due soon or overdue
     * @param deadline the deadline the watch saw; nothing happens when the case's deadline changed since
     * @param now      the moment
     * @return the number of mails queued, or empty when the case no longer qualifies or was reported
     *         already; should another cluster member report it between that check and the insert,
     *         the unique key fails this transaction, which the caller counts as skipped
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Integer> flag(long caseId, DeadlineEvent event, LocalDate deadline, Instant now) {
        CaseFile caseFile = em.find(CaseFile.class, caseId);
        if (caseFile == null || !caseFile.isOpen() || caseFile.isSuspended() || !caseFile.getDeadline().equals(deadline)) {
            return Optional.empty();
        }
        boolean reported = notices.findByCaseFile(caseFile).stream()
                .anyMatch(notice -> notice.getEvent() == event && notice.getDeadline().equals(deadline));
        if (reported) {
            return Optional.empty();
        }
        Optional<StaffMember> assignee = caseFile.getAssignee().filter(StaffMember::isActive);
        List<StaffMember> recipients = assignee.map(List::of).orElseGet(() -> teamLeads(caseFile));
        notices.saveAndFlush(new DeadlineNotice(caseFile, event, deadline, now,
                (int) recipients.stream().filter(member -> member.getEmail().isPresent()).count()));
        int queued = 0;
        for (StaffMember recipient : recipients) {
            String teamName = assignee.isPresent() ? null : teamName(caseFile, recipient);
            if (notifications.deadlineWarning(caseFile, event, recipient, teamName)) {
                queued++;
            }
        }
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Case " + caseFile.getReference() + " is " + event + " and has nobody to tell"
                    + " (no assignee, no team lead)");
        }
        int mails = queued;
        LOG.info(() -> "Case " + caseFile.getReference() + " flagged " + event + " (deadline " + deadline + "), "
                + mails + " mail(s)");
        return Optional.of(queued);
    }

    /** The active team leads of the case's team, or of the teams serving its domain when it has none. */
    private List<StaffMember> teamLeads(CaseFile caseFile) {
        return staff.findActiveServing(caseFile.getDomain()).stream()
                .filter(member -> member.hasRole(StaffRole.TEAMLEIDER))
                .filter(member -> caseFile.getTeam().map(member::isMemberOf).orElse(true))
                .toList();
    }

    /** The case's team, or the team through which the team lead serves the case's domain. */
    private static String teamName(CaseFile caseFile, StaffMember lead) {
        return caseFile.getTeam().map(Team::getName).orElseGet(() -> lead.getTeams().stream()
                .filter(team -> team.serves(caseFile.getDomain())).map(Team::getName)
                .min(Comparator.naturalOrder()).orElse(""));
    }
}
