package nl.frontoffice.domain.cases;

import jakarta.persistence.Column;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record that the deadline watch reported an {@link DeadlineEvent event} of a case for one
 * deadline. The table's unique key (case, event, deadline) is what keeps a case from being reported
 * twice, across restarts and cluster members; a moved deadline may be reported again.
 */
@Entity
@Table(name = "case_deadline_notice",
        uniqueConstraints = @UniqueConstraint(name = "uq_case_deadline_notice", columnNames = {"case_file_id", "event", "deadline"}))
public class DeadlineNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_deadline_notice_seq")
    @SequenceGenerator(name = "case_deadline_notice_seq", sequenceName = "case_deadline_notice_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, updatable = false, length = 20)
    private DeadlineEvent event;

    @NotNull
    @Column(name = "deadline", nullable = false, updatable = false)
    private LocalDate deadline;

    @NotNull
    @Column(name = "flagged_at", nullable = false, updatable = false)
    private Instant flaggedAt;

    @Min(0)
    @Column(name = "recipients", nullable = false, updatable = false)
    private int recipients;

    /** For JPA only. */
    protected DeadlineNotice() {
    }

    /**
     * @param caseFile   the case
     * @param event      what was reported
     * @param deadline   the case's deadline at that moment
     * @param flaggedAt  when
     * @param recipients how many staff members were mailed (0: nobody with an e-mail address)
     */
    public DeadlineNotice(CaseFile caseFile, DeadlineEvent event, LocalDate deadline, Instant flaggedAt, int recipients) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.event = Objects.requireNonNull(event, "event");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.flaggedAt = Objects.requireNonNull(flaggedAt, "flaggedAt");
        if (recipients < 0) {
            throw new IllegalArgumentException("recipients must not be negative");
        }
        this.recipients = recipients;
    }

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public DeadlineEvent getEvent() {
        return event;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public int getRecipients() {
        return recipients;
    }

    @Override
    public String toString() {
        return "DeadlineNotice[" + event + " " + deadline + "]";
    }
}
