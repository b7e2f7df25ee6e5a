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

    @Override
    public String toString() {
        return "CaseStatus[" + code + "]";
    }
}
