package nl.frontoffice.citizens;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * One event in a citizen's timeline. What is filled in depends on the {@link #kind()} and on {@link #access()}: an
 * item the caller may only see {@link ItemAccess#EXISTENCE exist} has only kind, time and domains; a
 * {@link ItemAccess#SUMMARY summary} has no {@code text} or {@code detail}.
 *
 * <table>
 * <caption>Fields per kind</caption>
 * <tr><th>kind</th><th>reference</th><th>titleKey</th><th>text</th><th>detail</th></tr>
 * <tr><td>CONTACT_MOMENT</td><td>-</td><td>-</td><td>subject</td><td>answer given</td></tr>
 * <tr><td>INTAKE</td><td>intake</td><td>-</td><td>-</td><td>-</td></tr>
 * <tr><td>CASE_OPENED</td><td>case</td><td>case type name key</td><td>-</td><td>-</td></tr>
 * <tr><td>CASE_STATUS_CHANGED</td><td>case</td><td>status name key</td><td>-</td><td>reason</td></tr>
 * <tr><td>CALLBACK_REQUESTED</td><td>-</td><td>-</td><td>question</td><td>phone number</td></tr>
 * <tr><td>CALLBACK_COMPLETED</td><td>-</td><td>-</td><td>note</td><td>-</td></tr>
 * </table>
 *
 * @param kind              what happened
 * @param at                when
 * @param channel           the channel (contact moments and intakes), or {@code null}
 * @param domains           the social domains it concerns (cases, intakes), possibly empty
 * @param reference         the intake or case reference, or {@code null}
 * @param titleKey          a DomainMessages key naming the case type or status, or {@code null}
 * @param text              the item's main text (subject, question, note), or {@code null}
 * @param detail            more text (answer, reason, phone number), or {@code null}
 * @param actorName         who did it (display name), or {@code null}
 * @param team              the team of a callback request, or {@code null}
 * @param dueDate           the due date of a callback request, or {@code null}
 * @param relatedReferences the references of linked cases the caller may see (contact moments, intakes)
 * @param access            what the caller may see and open
 */
public record TimelineItem(TimelineItemKind kind, Instant at, Channel channel, List<SocialDomain> domains,
        String reference, String titleKey, String text, String detail, String actorName, String team,
        LocalDate dueDate, List<String> relatedReferences, ItemAccess access) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the lists; checks kind, time and access. */
    public TimelineItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(access, "access");
        domains = domains == null ? List.of() : List.copyOf(domains);
        relatedReferences = relatedReferences == null ? List.of() : List.copyOf(relatedReferences);
    }

    /** @return whether the caller may open the item's details (case page, intake answers, documents) */
    public boolean mayOpen() {
        return access.mayOpen();
    }

    /** @return kind, time and access only */
    @Override
    public String toString() {
        return "TimelineItem[" + kind + " at " + at + ", " + access + "]";
    }
}
