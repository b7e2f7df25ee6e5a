package nl.frontoffice.domain.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.shared.Actor;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry in the history of a {@link CaseFile}: from which status to which, who did it, when and
 * why. The first entry of every case goes from nothing ({@code fromStatus} empty) to the initial
 * status. Other changes (assignment, suspension, resumption, extension, decision) are entries of
 * their own {@link #getKind() kind} with from and to status both the status at that moment. Entries
 * are never changed or removed.
 */
@Entity
@Table(name = "case_status_change")
public class CaseStatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest reason that can be stored. */
    public static final int REASON_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_status_change_seq")
    @SequenceGenerator(name = "case_status_change_seq", sequenceName = "case_status_change_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Size(max = 50)
    @Column(name = "from_status_code", updatable = false, length = 50)
    private String fromStatus;

    @NotBlank
    @Size(max = 50)
    @Column(name = "to_status_code", nullable = false, updatable = false, length = 50)
    private String toStatus;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "changed_by_type", nullable = false, updatable = false, length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "changed_by_identifier", nullable = false, updatable = false, length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "changed_by_name", nullable = false, updatable = false, length = 200))
    })
    private Actor changedBy;

    @NotNull
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Size(max = REASON_MAX_LENGTH, message = "{nl.frontoffice.status.reason.size}")
    @Column(name = "reason", updatable = false, length = REASON_MAX_LENGTH)
    private String reason;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private CaseEventKind kind = CaseEventKind.STATUS_CHANGED;

    @Size(max = 200)
    @Column(name = "detail", updatable = false, length = 200)
    private String detail;

    /** For JPA only. */
    protected CaseStatusChange() {
    }

    CaseStatusChange(CaseFile caseFile, String fromStatus, String toStatus, Actor changedBy, Instant changedAt, String reason) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.fromStatus = fromStatus;
        this.toStatus = Objects.requireNonNull(toStatus, "toStatus");
        this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.reason = reason;
        this.kind = CaseEventKind.STATUS_CHANGED;
    }

    CaseStatusChange(CaseFile caseFile, CaseEventKind kind, String status, Actor changedBy, Instant changedAt,
                     String reason, String detail) {
        this(caseFile, status, status, changedBy, changedAt, reason);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    /** @return the status before the change; empty for the first entry of a case */
    public Optional<String> getFromStatus() {
        return Optional.ofNullable(fromStatus);
    }

    public String getToStatus() {
        return toStatus;
    }

    public Actor getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    /** @return why the status changed, if someone said so */
    public Optional<String> getReason() {
        return Optional.ofNullable(reason);
    }

    /** @return what this entry records; {@link CaseEventKind#STATUS_CHANGED} for a status change */
    public CaseEventKind getKind() {
        return kind;
    }

    /**
     * @return what changed besides the status, in a fixed form per kind: the new deadline
     *         ({@code 2026-04-15}) for RESUMED and EXTENDED, the username for ASSIGNED, the outcome
     *         code for DECISION_RECORDED; empty otherwise
     */
    public Optional<String> getDetail() {
        return Optional.ofNullable(detail);
    }

    @Override
    public String toString() {
        return "CaseStatusChange[" + kind + " " + fromStatus + " -> " + toStatus + " at " + changedAt + " by " + changedBy + "]";
    }
}
