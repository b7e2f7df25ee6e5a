package nl.frontoffice.domain.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.References;
import nl.frontoffice.domain.shared.SocialDomain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An intake ("aanmelding"): a citizen asks for help with one or more {@link Question questions},
 * through a {@link Channel channel}, by himself or through a staff
 * member (the {@link #getAuthor() author}).
 *
 * <p>{@link #openCases} is the domain rule that turns the questions into cases. The human reference
 * ({@code I-2026-000042}) is derived from the id: persist, then
 * {@link #assignReference(int, long) assignReference(year, getId())} in the same transaction.
 * The optional {@link #getSubmissionKey() submission key} makes a submission idempotent: a second
 * submit with the same key finds the first intake instead of creating another.
 *
 * <p>An intake made with the wizard also {@link #recordWizardContent records} everything the citizen
 * entered ({@link #getForm()}: personal data as shown, contact details, life areas, every answer),
 * whether the personal data was verified by the BRP, when the citizen declared it correct, and the
 * draft it came from (so a second submit of that draft finds this intake).
 */
@Entity
@Table(name = "intake")
public class Intake implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The prefix of intake references. */
    public static final String REFERENCE_PREFIX = "I";

    /** The error key when an intake has no questions. */
    public static final String QUESTIONS_REQUIRED = "intake.questions.required";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_seq")
    @SequenceGenerator(name = "intake_seq", sequenceName = "intake_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "citizen_id", nullable = false, updatable = false)
    private Citizen citizen;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private Channel channel;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "author_type", nullable = false, updatable = false, length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "author_identifier", nullable = false, updatable = false, length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "author_name", nullable = false, updatable = false, length = 200))
    })
    private Actor author;

    @NotNull
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Size(max = 100)
    @Column(name = "submission_key", unique = true, updatable = false, length = 100)
    private String submissionKey;

    @Valid
    @Size(min = 1)
    @OneToMany(mappedBy = "intake", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequenceNumber ASC")
    private List<Question> questions = new ArrayList<>();

    @OneToMany(mappedBy = "intake", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<CaseFile> cases = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "intake_answer", joinColumns = @JoinColumn(name = "intake_id"))
    @MapKeyColumn(name = "answer_key", length = IntakeForm.KEY_MAX_LENGTH)
    @Column(name = "answer_value", nullable = false, length = IntakeForm.VALUE_MAX_LENGTH)
    private Map<String, String> answers = new HashMap<>();

    @Column(name = "answers_version", updatable = false)
    private Integer answersVersion;

    @Column(name = "source_draft_id", unique = true, updatable = false)
    private Long sourceDraftId;

    @Column(name = "personal_data_verified", nullable = false, updatable = false)
    private boolean personalDataVerified;

    @Column(name = "declared_at", updatable = false)
    private Instant declaredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Intake() {
    }

    private Intake(Citizen citizen, Channel channel, Actor author, Instant submittedAt) {
        this.citizen = Objects.requireNonNull(citizen, "citizen");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.author = Objects.requireNonNull(author, "author");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /**
     * A citizen (or a staff member for him) submits questions for help.
     *
     * @param citizen   the citizen the questions are about
     * @param channel   how the intake reached us
     * @param author    who submitted it: the citizen or a staff member acting for him
     * @param questions the questions, in the order the citizen gave them; at least one
     * @param now       the moment of submission
     * @return the intake (not yet stored, without reference)
     * @throws DomainException {@value #QUESTIONS_REQUIRED} when there are no questions
     */
    public static Intake submit(Citizen citizen, Channel channel, Actor author,
                                List<QuestionDraft> questions, Instant now) {
        if (questions == null || questions.isEmpty()) {
            throw new DomainException(QUESTIONS_REQUIRED);
        }
        Intake intake = new Intake(citizen, channel, author, now);
        int sequenceNumber = 0;
        for (QuestionDraft draft : questions) {
            intake.questions.add(new Question(intake, ++sequenceNumber, Objects.requireNonNull(draft, "question")));
        }
        return intake;
    }

    /**
     * Remembers the client's idempotency key for this submission (once).
     *
     * @param key a key unique per submission, e.g. a UUID from the form, at most 100 characters
     */
    public void rememberSubmissionKey(String key) {
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("A submission key has 1 to 100 characters");
        }
        if (submissionKey != null && !submissionKey.equals(key)) {
            throw new IllegalStateException("The intake already has a submission key");
        }
        this.submissionKey = key;
    }

    /**
     * Records what the citizen entered in the wizard (once, before the intake is stored).
     *
     * @param form          the checked form ({@link IntakeCatalogue#forSubmission})
     * @param sourceDraftId the id of the draft it was submitted from
     * @param declaredAt    when the citizen declared the data correct
     * @throws IllegalStateException when the content was recorded before
     */
    public void recordWizardContent(IntakeForm form, long sourceDraftId, Instant declaredAt) {
        Objects.requireNonNull(form, "form");
        if (answersVersion != null) {
            throw new IllegalStateException("The intake's content is already recorded");
        }
        Map<String, String> fields = form.toFields();
        fields.keySet().removeIf(key -> key.startsWith(IntakeForm.CONSENT_PREFIX));
        this.answers.putAll(fields);
        this.answersVersion = IntakeForm.FIELDS_VERSION;
        this.sourceDraftId = sourceDraftId;
        this.personalDataVerified = form.personalDataVerified();
        this.declaredAt = Objects.requireNonNull(declaredAt, "declaredAt");
    }

    /**
     * Gives the intake its human reference, e.g. {@code I-2026-000042}.
     *
     * @param year   the year the intake was submitted
     * @param number the number, normally the intake's id
     * @throws IllegalStateException when the intake already has another reference
     */
    public void assignReference(int year, long number) {
        String newReference = References.format(REFERENCE_PREFIX, year, number);
        if (reference != null && !reference.equals(newReference)) {
            throw new IllegalStateException("Intake already has reference " + reference);
        }
        this.reference = newReference;
    }

    /**
     * Opens the cases for the questions that have none yet: one case per social domain among them
     * (questions in the same domain share a case), in the order the domains first appear. A case is
     * urgent when any of its questions is urgent and its case type has an urgent deadline; otherwise
     * urgency does not change the deadline.
     *
     * <p>The new cases are added to {@link #getCases()} (which cascades persist); persist each one
     * and {@link CaseFile#assignReference assign its reference} straight away, before anything else
     * can flush: the reference column is {@code NOT NULL}.
     *
     * @param intakeCaseTypeOf the case type a question in a domain opens (the domain's intake default);
     *                         called for every domain before any case is opened, so it may run queries
     * @param startDate        the day the deadlines run from, usually {@link #getSubmissionDate()}
     * @param calendar         the working-day calendar
     * @param actor            who opens the cases (usually the system)
     * @param now              the moment of opening
     * @return the cases opened by this call (empty when every question already has a case)
     * @throws IllegalStateException when there is no case type for a domain, or it is of another domain
     */
    public List<CaseFile> openCases(Function<SocialDomain, CaseType> intakeCaseTypeOf, LocalDate startDate,
                                    WorkingDayCalendar calendar, Actor actor, Instant now) {
        Objects.requireNonNull(intakeCaseTypeOf, "intakeCaseTypeOf");
        Map<SocialDomain, List<Question>> byDomain = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.getCaseFile().isEmpty()) {
                byDomain.computeIfAbsent(question.getDomain(), domain -> new ArrayList<>()).add(question);
            }
        }
        // Resolve every case type before opening any case: a lookup that runs a query may flush, and
        // a case opened before that flush would reach the database without its reference.
        Map<SocialDomain, CaseType> caseTypes = new LinkedHashMap<>();
        for (SocialDomain domain : byDomain.keySet()) {
            CaseType caseType = intakeCaseTypeOf.apply(domain);
            if (caseType == null) {
                throw new IllegalStateException("No intake case type for domain " + domain + ": add one by migration");
            }
            if (caseType.getDomain() != domain) {
                throw new IllegalStateException("Case type " + caseType.getCode() + " is not of domain " + domain);
            }
            caseTypes.put(domain, caseType);
        }
        List<CaseFile> opened = new ArrayList<>();
        byDomain.forEach((domain, domainQuestions) -> {
            CaseType caseType = caseTypes.get(domain);
            boolean urgent = caseType.hasUrgentDeadline() && domainQuestions.stream().anyMatch(Question::isUrgent);
            CaseFile caseFile = CaseFile.open(this, caseType, startDate, urgent, calendar, actor, now);
            domainQuestions.forEach(caseFile::cover);
            opened.add(caseFile);
        });
        return Collections.unmodifiableList(opened);
    }

    /**
     * Records the inverse side of {@link CaseFile#open}; called by that method.
     *
     * @param caseFile a case opened for this intake
     * @throws IllegalArgumentException when the case was opened for another intake
     */
    public void recordOpenedCase(CaseFile caseFile) {
        Objects.requireNonNull(caseFile, "caseFile");
        if (caseFile.getIntake() != this) {
            throw new IllegalArgumentException("The case was opened for another intake");
        }
        if (!cases.contains(caseFile)) {
            cases.add(caseFile);
        }
    }

    public Long getId() {
        return id;
    }

    /** @return the human reference, e.g. {@code I-2026-000042}; {@code null} only before it is assigned */
    public String getReference() {
        return reference;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public Channel getChannel() {
        return channel;
    }

    /** @return who submitted the intake: the citizen or a staff member for him */
    public Actor getAuthor() {
        return author;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** @return the day the intake arrived, in the municipality's time zone (Europe/Amsterdam) */
    public LocalDate getSubmissionDate() {
        return LocalDate.ofInstant(submittedAt, WorkingDayCalendar.TIME_ZONE);
    }

    /** @return the client's idempotency key, if it gave one */
    public Optional<String> getSubmissionKey() {
        return Optional.ofNullable(submissionKey);
    }

    /** @return the questions in the citizen's order (read-only) */
    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    /** @return the cases opened for this intake (read-only) */
    public List<CaseFile> getCases() {
        return Collections.unmodifiableList(cases);
    }

    /**
     * @return what the citizen entered in the wizard (without consent, which each case records),
     *         or empty for an intake registered without the wizard
     */
    public Optional<IntakeForm> getForm() {
        return answersVersion == null ? Optional.empty() : Optional.of(IntakeForm.fromFields(answers, answersVersion));
    }

    /** @return the id of the draft the intake was submitted from, if any */
    public Optional<Long> getSourceDraftId() {
        return Optional.ofNullable(sourceDraftId);
    }

    /** @return whether the personal data came from the BRP (false when the citizen typed it, or without the wizard) */
    public boolean isPersonalDataVerified() {
        return personalDataVerified;
    }

    /** @return when the citizen declared the data correct, if through the wizard */
    public Optional<Instant> getDeclaredAt() {
        return Optional.ofNullable(declaredAt);
    }

    /** @return whether any question is urgent */
    public boolean isUrgent() {
        return questions.stream().anyMatch(Question::isUrgent);
    }

    @Override
    public String toString() {
        return "Intake[id=" + id + ", reference=" + reference + ", questions=" + questions.size() + "]";
    }
}
