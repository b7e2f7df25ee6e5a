package nl.frontoffice.cases;

import java.time.Instant;

import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.shared.ActorType;

/** One entry of a case's status history: from, to, who, when, why. */
public record StatusChange(String fromStatus, String toStatus, ActorType actorType, String actorName,
                           Instant changedAt, String reason) {

    static StatusChange of(CaseStatusChange change) {
        return new StatusChange(change.getFromStatus().orElse(null), change.getToStatus(),
                change.getChangedBy().getType(), change.getChangedBy().getDisplayName(),
                change.getChangedAt(), change.getReason().orElse(null));
    }
}
