package nl.frontoffice.cases.work;

import java.time.Instant;

import nl.frontoffice.domain.cases.CaseEventKind;
import nl.frontoffice.domain.shared.ActorType;

/**
 * One entry of a case's history as staff see it.
 *
 * @param id              the entry id
 * @param kind            what happened
 * @param kindKey         bundle key of the kind, e.g. {@code caseevent.SUSPENDED}
 * @param fromStatus      the status before, or {@code null} for the first entry
 * @param toStatus        the status after
 * @param toStatusNameKey bundle key of that status
 * @param actorType       staff, citizen or system
 * @param actorName       who did it
 * @param at              when
 * @param reason          why, or {@code null}
 * @param detail          what changed besides the status (new deadline, assignee's username, outcome), or {@code null}
 */
public record HistoryEntry(long id, CaseEventKind kind, String kindKey, String fromStatus, String toStatus,
                           String toStatusNameKey, ActorType actorType, String actorName, Instant at, String reason,
                           String detail) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public long getId() {
        return id;
    }

    public CaseEventKind getKind() {
        return kind;
    }

    public String getKindKey() {
        return kindKey;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getToStatusNameKey() {
        return toStatusNameKey;
    }

    public ActorType getActorType() {
        return actorType;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }

    public String getDetail() {
        return detail;
    }
}
