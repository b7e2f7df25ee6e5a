package nl.frontoffice.domain.intake;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.shared.SocialDomain;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A question for help ("hulpvraag") in an {@link Intake}: the social domain, the citizen's own
 * words, and the {@link UrgencyReason reasons} it cannot wait, if any. Once cases are opened the
 * question belongs to the {@link CaseFile} of its domain.
 */
@Entity
@Table(name = "intake_question")
public class Question implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest description that can be stored. */
    public static final int DESCRIPTION_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_question_seq")
    @SequenceGenerator(name = "intake_question_seq", sequenceName = "intake_question_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "intake_id", nullable = false, updatable = false)
    private Intake intake;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private int sequenceNumber;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "domain_code", nullable = false, updatable = false, length = 30)
    private SocialDomain domain;

    @NotBlank(message = "{nl.frontoffice.question.description.required}")
    @Size(max = DESCRIPTION_MAX_LENGTH, message = "{nl.frontoffice.question.description.size}")
    @Column(name = "description", nullable = false, updatable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_question_urgency", joinColumns = @JoinColumn(name = "question_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code", nullable = false, length = 40)
    private Set<UrgencyReason> urgencyReasons = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id")
    private CaseFile caseFile;

    /** For JPA only. */
    protected Question() {
    }

    Question(Intake intake, int sequenceNumber, QuestionDraft draft) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.sequenceNumber = sequenceNumber;
        this.domain = draft.domain();
        this.description = draft.description();
        this.urgencyReasons.addAll(draft.urgencyReasons());
    }

    /**
     * Records the inverse side of {@link CaseFile#cover(Question)}; call that method instead.
     *
     * @param coveringCase the case that already lists this question
     * @throws IllegalStateException when the case does not list this question, or another case does
     */
    public void coverBy(CaseFile coveringCase) {
        Objects.requireNonNull(coveringCase, "coveringCase");
        if (!coveringCase.getQuestions().contains(this)) {
            throw new IllegalStateException("Use CaseFile.cover(question) to add a question to a case");
        }
        if (caseFile != null && caseFile != coveringCase) {
            throw new IllegalStateException("The question is already covered by another case");
        }
        this.caseFile = coveringCase;
    }

    /** @return whether any reason makes this question urgent */
    public boolean isUrgent() {
        return !urgencyReasons.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public Intake getIntake() {
        return intake;
    }

    /** @return the position of the question in its intake, starting at 1 */
    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public SocialDomain getDomain() {
        return domain;
    }

    /** @return the question in the citizen's own words */
    public String getDescription() {
        return description;
    }

    /** @return why the question cannot wait (read-only, empty when it can) */
    public Set<UrgencyReason> getUrgencyReasons() {
        return urgencyReasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(urgencyReasons));
    }

    /** @return the case that covers this question, once cases are opened */
    public Optional<CaseFile> getCaseFile() {
        return Optional.ofNullable(caseFile);
    }

    @Override
    public String toString() {
        return "Question[id=" + id + ", #" + sequenceNumber + ", " + domain + (isUrgent() ? ", urgent" : "") + "]";
    }
}
