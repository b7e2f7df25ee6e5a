package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.shared.SocialDomain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A question for help as the citizen wrote it, before it becomes part of an {@link Intake}.
 *
 * <p>Usage: {@code QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING, "Ik kan de huur niet meer betalen.", UrgencyReason.EVICTION)}.
 *
 * @param domain         the social domain the question is about
 * @param description    the question in the citizen's own words (at most 4000 characters)
 * @param urgencyReasons why the question cannot wait; empty when it can
 */
public record QuestionDraft(SocialDomain domain, String description, Set<UrgencyReason> urgencyReasons) {

    /**
     * Checks the draft and copies the reasons.
     */
    public QuestionDraft {
        Objects.requireNonNull(domain, "domain");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description is required");
        }
        if (description.strip().length() > Question.DESCRIPTION_MAX_LENGTH) {
            throw new IllegalArgumentException("description is longer than " + Question.DESCRIPTION_MAX_LENGTH + " characters");
        }
        description = description.strip();
        urgencyReasons = urgencyReasons == null || urgencyReasons.isEmpty()
                ? Set.of()
                : Set.copyOf(EnumSet.copyOf(urgencyReasons));
    }

    /**
     * @param domain         the social domain
     * @param description    the citizen's own words
     * @param urgencyReasons why it cannot wait (none when it can)
     * @return the draft
     */
    public static QuestionDraft of(SocialDomain domain, String description, UrgencyReason... urgencyReasons) {
        return new QuestionDraft(domain, description, urgencyReasons.length == 0 ? Set.of() : Set.of(urgencyReasons));
    }
}
