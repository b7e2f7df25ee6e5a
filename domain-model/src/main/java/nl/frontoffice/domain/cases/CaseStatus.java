package nl.frontoffice.domain.cases;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;

/**
 * A status a case of one {@link CaseType} can have, e.g. {@code RECEIVED}, {@code IN_PROGRESS},
 * {@code DECIDED}, {@code CLOSED}. Reference data from migrations, like its case type: exactly one
 * status per case type is {@link #isInitial() initial}; a case in a {@link #isTerminal() terminal}
 * status cannot change any more. The code is unique within the case type.
 *
 * <p>How the citizen sees a status is data too (migration {@code V7}): a
 * {@link #getCitizenLabelKey() label}, {@link #getNextStepKey() what happens next}, whether it is
 * {@link #isVisibleToCitizen() visible} at all and whether a move into it
 * {@link #isNotifyCitizen() mails the citizen}. A case moves through the statuses in the order of
 * their sequence numbers ({@link CaseType#nextStatusAfter(String)}); a status that
 * {@link #isRequiresDecision() requires a decision} is reached only once the decision is recorded.
 *
 * <p>The statuses of migration {@code V2} have ids below 1000 (the sequence
 * {@code case_status_seq} starts at 1001).
 */
@Entity
@Cacheable
@Table(name = "case_status",
        uniqueConstraints = @UniqueConstraint(name = "uq_case_status_code", columnNames = {"case_type_code", "code"}))
public class CaseStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_status_seq")
    @SequenceGenerator(name = "case_status_seq", sequenceName = "case_status_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_type_code", nullable = false, updatable = false)
    private CaseType caseType;

    @NotBlank
    @Size(max = 50)
    @Column(name = "code", nullable = false, updatable = false, length = 50)
    private String code;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Column(name = "is_initial", nullable = false)
    private boolean initial;

    @Column(name = "is_terminal", nullable = false)
    private boolean terminal;

    @NotBlank
    @Size(max = 100)
    @Column(name = "citizen_label_key", nullable = false, length = 100)
    private String citizenLabelKey;

    @NotBlank
    @Size(max = 100)
    @Column(name = "next_step_key", nullable = false, length = 100)
    private String nextStepKey;

    @Column(name = "visible_to_citizen", nullable = false)
    private boolean visibleToCitizen;

    @Column(name = "notify_citizen", nullable = false)
    private boolean notifyCitizen;

    @Column(name = "requires_decision", nullable = false)
    private boolean requiresDecision;

    /** For JPA only. */
    protected CaseStatus() {
    }

    CaseStatus(CaseType caseType, String code, int sequenceNumber, String nameKey, boolean initial, boolean terminal) {
        if (code == null || code.isBlank() || nameKey == null || nameKey.isBlank()) {
            throw new IllegalArgumentException("code and nameKey are required");
        }
        this.caseType = Objects.requireNonNull(caseType, "caseType");
        this.code = code;
        this.sequenceNumber = sequenceNumber;
        this.nameKey = nameKey;
        this.initial = initial;
        this.terminal = terminal;
        this.citizenLabelKey = "citizenstatus." + code;
        this.nextStepKey = "nextstep." + code;
        this.visibleToCitizen = true;
        this.notifyCitizen = !initial;
        this.requiresDecision = false;
    }

    /**
     * Sets how the citizen sees this status (for tests and tooling; the application reads it from
     * migrations).
     *
     * @param labelKey         bundle key of the label in Mijn zaken and mails
     * @param nextKey          bundle key of "what happens next"
     * @param visible          whether Mijn zaken shows this status (otherwise the last visible one)
     * @param notify           whether a move into this status mails the citizen
     * @return this status
     */
    public CaseStatus describeForCitizen(String labelKey, String nextKey, boolean visible, boolean notify) {
        if (labelKey == null || labelKey.isBlank() || nextKey == null || nextKey.isBlank()) {
            throw new IllegalArgumentException("labelKey and nextKey are required");
        }
        this.citizenLabelKey = labelKey;
        this.nextStepKey = nextKey;
        this.visibleToCitizen = visible;
        this.notifyCitizen = notify;
        return this;
    }

    /**
     * A case can only move into this status once its decision is recorded (for tests and tooling).
     *
     * @return this status
     */
    public CaseStatus requiringDecision() {
        this.requiresDecision = true;
        return this;
    }

    public Long getId() {
        return id;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    public String getCode() {
        return code;
    }

    /** @return the position of this status in the case type's list, starting at 1 */
    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getNameKey() {
        return nameKey;
    }

    /** @return whether a new case starts with this status */
    public boolean isInitial() {
        return initial;
    }

    /** @return whether a case in this status is finished and cannot change status any more */
    public boolean isTerminal() {
        return terminal;
    }

    /** @return the bundle key of the label the citizen sees, e.g. {@code citizenstatus.IN_PROGRESS} */
    public String getCitizenLabelKey() {
        return citizenLabelKey;
    }

    /** @return the bundle key of "what happens next" for the citizen, e.g. {@code nextstep.IN_PROGRESS} */
    public String getNextStepKey() {
        return nextStepKey;
    }

    /** @return whether Mijn zaken shows this status; an internal status shows as the last visible one */
    public boolean isVisibleToCitizen() {
        return visibleToCitizen;
    }

    /** @return whether a move into this status mails the citizen */
    public boolean isNotifyCitizen() {
        return notifyCitizen;
    }

    /** @return whether a case moves into this status only with a recorded decision */
    public boolean isRequiresDecision() {
        return requiresDecision;
    }

    @Override
    public String toString() {
        return "CaseStatus[" + code + "]";
    }
}
