package nl.frontoffice.domain.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.shared.SocialDomain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of case ("zaaktype"), e.g. {@code WMO_MELDING}: its social domain, legal basis, deadlines
 * and ordered statuses.
 *
 * <p>Case types are <strong>reference data maintained by Flyway migrations</strong> (see
 * {@code V2__case_types_and_statuses.sql}), read-only for the application and kept in the shared
 * cache. {@link #define} and {@link #addStatus} exist for tests and tooling; the application never
 * stores a case type.
 *
 * <p>A case moves through the statuses in their order ({@link #nextStatusAfter(String)}) and may be
 * extended once by the case type's {@link #getExtension() extension term} (migration {@code V7}).
 *
 * <p>The case type with {@link #isIntakeDefault() intakeDefault} is the one a question for help in
 * its domain opens; there is at most one per domain.
 */
@Entity
@Cacheable
@Table(name = "case_type")
public class CaseType implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "code", length = 50)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "domain_code", nullable = false, length = 30)
    private SocialDomain domain;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @NotBlank
    @Size(max = 200)
    @Column(name = "legal_basis", nullable = false, length = 200)
    private String legalBasis;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "deadline_amount", nullable = false)),
            @AttributeOverride(name = "unit", column = @Column(name = "deadline_unit", nullable = false, length = 20))
    })
    private DeadlineRule deadline;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "urgent_deadline_amount")),
            @AttributeOverride(name = "unit", column = @Column(name = "urgent_deadline_unit", length = 20))
    })
    private DeadlineRule urgentDeadline;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "extension_amount")),
            @AttributeOverride(name = "unit", column = @Column(name = "extension_unit", length = 20))
    })
    private DeadlineRule extension;

    @Column(name = "intake_default", nullable = false)
    private boolean intakeDefault;

    @OneToMany(mappedBy = "caseType", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("sequenceNumber ASC")
    private List<CaseStatus> statuses = new ArrayList<>();

    /** For JPA only. */
    protected CaseType() {
    }

    private CaseType(String code, SocialDomain domain, String nameKey, String legalBasis,
                     DeadlineRule deadline, DeadlineRule urgentDeadline, boolean intakeDefault) {
        this.code = requireText(code, "code");
        this.domain = Objects.requireNonNull(domain, "domain");
        this.nameKey = requireText(nameKey, "nameKey");
        this.legalBasis = requireText(legalBasis, "legalBasis");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.urgentDeadline = urgentDeadline;
        this.intakeDefault = intakeDefault;
    }

    /**
     * Defines a case type (for tests and tooling: the application reads case types from migrations).
     *
     * @param code           unique code, e.g. {@code SHV_AANMELDING}
     * @param domain         the social domain
     * @param nameKey        resource-bundle key of the name
     * @param legalBasis     the legal basis of the deadline, e.g. "Wgs art. 4a"
     * @param deadline       the regular deadline
     * @param urgentDeadline the deadline for urgent cases, or {@code null} when the law has none
     * @param intakeDefault  whether a question for help in the domain opens this case type
     */
    public static CaseType define(String code, SocialDomain domain, String nameKey, String legalBasis,
                                  DeadlineRule deadline, DeadlineRule urgentDeadline, boolean intakeDefault) {
        return new CaseType(code, domain, nameKey, legalBasis, deadline, urgentDeadline, intakeDefault);
    }

    /**
     * Adds the next status (for tests and tooling). Its sequence number follows the last one.
     *
     * @param statusCode the code, unique within this case type, e.g. {@code RECEIVED}
     * @param nameKey    resource-bundle key of the name
     * @param initial    whether a new case starts with this status (exactly one status is initial)
     * @param terminal   whether the case is finished in this status
     * @return the new status
     */
    public CaseStatus addStatus(String statusCode, String nameKey, boolean initial, boolean terminal) {
        if (findStatus(statusCode).isPresent()) {
            throw new IllegalArgumentException("Case type " + code + " already has status " + statusCode);
        }
        if (initial && statuses.stream().anyMatch(CaseStatus::isInitial)) {
            throw new IllegalArgumentException("Case type " + code + " already has an initial status");
        }
        int next = statuses.stream().mapToInt(CaseStatus::getSequenceNumber).max().orElse(0) + 1;
        CaseStatus status = new CaseStatus(this, statusCode, next, nameKey, initial, terminal);
        statuses.add(status);
        return status;
    }

    /**
     * Sets the term by which a case of this type may be extended once (for tests and tooling).
     *
     * @param term the extension term, or {@code null} when the law allows no extension
     * @return this case type
     */
    public CaseType allowExtension(DeadlineRule term) {
        this.extension = term;
        return this;
    }

    /**
     * The status a case moves to next: the one with the next sequence number.
     *
     * @param statusCode the current status
     * @return the next status; empty after the last one or for an unknown code
     */
    public Optional<CaseStatus> nextStatusAfter(String statusCode) {
        return findStatus(statusCode).flatMap(current -> statuses.stream()
                .filter(status -> status.getSequenceNumber() > current.getSequenceNumber())
                .min(java.util.Comparator.comparingInt(CaseStatus::getSequenceNumber)));
    }

    private static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return text;
    }

    /**
     * @param statusCode a status code
     * @return this case type's status with that code
     */
    public Optional<CaseStatus> findStatus(String statusCode) {
        return statuses.stream().filter(status -> status.getCode().equals(statusCode)).findFirst();
    }

    /**
     * @return the status a new case starts with
     * @throws IllegalStateException when the reference data has no initial status for this type
     */
    public CaseStatus getInitialStatus() {
        return statuses.stream().filter(CaseStatus::isInitial).findFirst()
                .orElseThrow(() -> new IllegalStateException("Case type " + code + " has no initial status"));
    }

    /** @return whether the law gives urgent cases of this type a shorter deadline */
    public boolean hasUrgentDeadline() {
        return urgentDeadline != null;
    }

    /**
     * @param urgent whether the case is urgent
     * @return the urgent deadline when urgent and there is one, else the regular deadline
     */
    public DeadlineRule deadlineFor(boolean urgent) {
        return urgent && urgentDeadline != null ? urgentDeadline : deadline;
    }

    public String getCode() {
        return code;
    }

    public SocialDomain getDomain() {
        return domain;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    /** @return the regular deadline */
    public DeadlineRule getDeadline() {
        return deadline;
    }

    /** @return the deadline for urgent cases, if the law has one */
    public Optional<DeadlineRule> getUrgentDeadline() {
        return Optional.ofNullable(urgentDeadline);
    }

    /** @return the term by which a case may be extended once; empty when the law allows none */
    public Optional<DeadlineRule> getExtension() {
        return Optional.ofNullable(extension);
    }

    public boolean isIntakeDefault() {
        return intakeDefault;
    }

    /** @return the statuses in their order (read-only) */
    public List<CaseStatus> getStatuses() {
        return Collections.unmodifiableList(statuses);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CaseType that && Objects.equals(code, that.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return "CaseType[" + code + "]";
    }
}
