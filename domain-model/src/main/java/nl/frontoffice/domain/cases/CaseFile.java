package nl.frontoffice.domain.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.Question;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.References;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.Team;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case ("zaak"): the municipality's handling of a citizen's questions for help in one social
 * domain, from the intake it came from until it is closed. Named {@code CaseFile} because
 * {@code CASE} is a reserved word in JPQL and SQL.
 *
 * <p>A case is {@link #open opened} with its case type's initial status; its deadline follows from
 * the case type's {@link nl.frontoffice.domain.calendar.DeadlineRule} (the urgent one when the case
 * is urgent and the case type has one) and the working-day calendar. Every status change is
 * recorded in the {@link #getHistory() history}.
 *
 * <p>The human reference ({@code Z-2026-000123}) is derived from the id: persist the case, then
 * call {@link #assignReference(int, long) assignReference(year, getId())} in the same transaction;
 * the column is {@code NOT NULL}, so a forgotten reference fails the insert.
 */
@Entity
@Table(name = "case_file")
public class CaseFile implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The prefix of case references. */
    public static final String REFERENCE_PREFIX = "Z";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "intake_id", nullable = false, updatable = false)
    private Intake intake;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "citizen_id", nullable = false, updatable = false)
    private Citizen citizen;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "case_type_code", nullable = false, updatable = false)
    private CaseType caseType;

    @NotBlank
    @Column(name = "status_code", nullable = false, length = 50)
    private String statusCode;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "consent_to_share", nullable = false)
    private boolean consentToShare;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffMember assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @OneToMany(mappedBy = "caseFile")
    @OrderBy("sequenceNumber ASC")
    private List<Question> questions = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("changedAt ASC, id ASC")
    private List<CaseStatusChange> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected CaseFile() {
    }

    private CaseFile(Intake intake, CaseType caseType, LocalDate startDate, boolean urgent, LocalDate deadline) {
        this.intake = intake;
        this.citizen = intake.getCitizen();
        this.caseType = caseType;
        this.startDate = startDate;
        this.urgent = urgent;
        this.deadline = deadline;
    }

    /**
     * Opens a case for an intake: initial status, deadline, and the first history entry (from no
     * status to the initial one). The case is added to the intake's cases. Questions are added with
     * {@link #cover(Question)}.
     *
     * @param intake    the intake the case comes from
     * @param caseType  the kind of case
     * @param startDate the day the deadline runs from (usually the day the intake arrived)
     * @param urgent    whether the case is urgent; the urgent deadline applies only if the case type has one
     * @param calendar  the working-day calendar
     * @param actor     who opens the case
     * @param now       the moment of opening
     * @return the new case (not yet stored)
     */
    public static CaseFile open(Intake intake, CaseType caseType, LocalDate startDate, boolean urgent,
                                WorkingDayCalendar calendar, Actor actor, Instant now) {
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        LocalDate deadline = caseType.deadlineFor(urgent).deadlineFrom(startDate, calendar);
        CaseFile caseFile = new CaseFile(intake, caseType, startDate, urgent, deadline);
        CaseStatus initial = caseType.getInitialStatus();
        caseFile.statusCode = initial.getCode();
        caseFile.history.add(new CaseStatusChange(caseFile, null, initial.getCode(), actor, now, null));
        intake.recordOpenedCase(caseFile);
        return caseFile;
    }

    /**
     * Gives the case its human reference, e.g. {@code Z-2026-000123}.
     *
     * @param year   the year the case was opened
     * @param number the number, normally the case's id
     * @throws IllegalStateException when the case already has another reference
     */
    public void assignReference(int year, long number) {
        String newReference = References.format(REFERENCE_PREFIX, year, number);
        if (reference != null && !reference.equals(newReference)) {
            throw new IllegalStateException("Case already has reference " + reference);
        }
        this.reference = newReference;
    }

    /**
     * The case covers a question for help (questions of the same citizen in the case's domain).
     *
     * @param question a question of the same citizen, in the domain of the case type, not covered by another case
     */
    public void cover(Question question) {
        Objects.requireNonNull(question, "question");
        if (questions.contains(question)) {
            return;
        }
        if (!question.getIntake().getCitizen().hasBsn(citizen.getBsn())) {
            throw new IllegalArgumentException("The question belongs to another citizen");
        }
        if (question.getDomain() != caseType.getDomain()) {
            throw new IllegalArgumentException("Question in domain " + question.getDomain()
                    + " cannot be covered by a case of type " + caseType.getCode());
        }
        if (question.getCaseFile().isPresent()) {
            throw new IllegalArgumentException("The question is already covered by another case");
        }
        questions.add(question);
        question.coverBy(this);
    }

    /**
     * Moves the case to another status of its case type and records the change in the history.
     *
     * @param toStatusCode the code of the new status
     * @param actor        who changes the status
     * @param reason       why, may be {@code null}; at most {@value CaseStatusChange#REASON_MAX_LENGTH} characters
     * @param now          the moment of the change
     * @throws CaseStatusTransitionException when the status is unknown for this case type
     *         ({@code case.status.unknown}), is the current one ({@code case.status.same}), or the
     *         current status is terminal ({@code case.status.terminal})
     */
    public void changeStatus(String toStatusCode, Actor actor, String reason, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        CaseStatus target = caseType.findStatus(toStatusCode)
                .orElseThrow(() -> CaseStatusTransitionException.unknownStatus(toStatusCode));
        if (target.getCode().equals(statusCode)) {
            throw CaseStatusTransitionException.sameStatus(statusCode);
        }
        if (getCurrentStatus().isTerminal()) {
            throw CaseStatusTransitionException.terminalStatus(statusCode, target.getCode());
        }
        String trimmedReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (trimmedReason != null && trimmedReason.length() > CaseStatusChange.REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("reason is longer than " + CaseStatusChange.REASON_MAX_LENGTH + " characters");
        }
        history.add(new CaseStatusChange(this, statusCode, target.getCode(), actor, now, trimmedReason));
        this.statusCode = target.getCode();
    }

    /**
     * Assigns the case to a staff member.
     *
     * @param staffMember an active staff member in a team that serves the case's domain
     * @throws DomainException {@code case.assignee.inactive} or {@code case.assignee.domain}
     */
    public void assignTo(StaffMember staffMember) {
        Objects.requireNonNull(staffMember, "staffMember");
        if (!staffMember.isActive()) {
            throw new DomainException("case.assignee.inactive");
        }
        if (!staffMember.servesDomain(getDomain())) {
            throw new DomainException("case.assignee.domain", getDomain());
        }
        this.assignee = staffMember;
    }

    /**
     * Records the citizen's choice whether this case's question may be shared with chain partners
     * (e.g. the debt counselling organisation or a youth-care provider). Without a recorded "yes"
     * nothing is shared.
     *
     * @param consent the citizen's choice
     */
    public void recordConsentToShare(boolean consent) {
        this.consentToShare = consent;
    }

    /** @return whether the citizen allowed sharing this case with chain partners */
    public boolean hasConsentToShare() {
        return consentToShare;
    }

    /** The case no longer has an assignee (it stays with its team, if any). */
    public void unassign() {
        this.assignee = null;
    }

    /**
     * Makes a team responsible for the case.
     *
     * @param newTeam a team that serves the case's domain
     * @throws DomainException {@code case.team.domain}
     */
    public void assignToTeam(Team newTeam) {
        Objects.requireNonNull(newTeam, "newTeam");
        if (!newTeam.serves(getDomain())) {
            throw new DomainException("case.team.domain", getDomain());
        }
        this.team = newTeam;
    }

    public Long getId() {
        return id;
    }

    /** @return the human reference, e.g. {@code Z-2026-000123}; {@code null} only before it is assigned */
    public String getReference() {
        return reference;
    }

    public Intake getIntake() {
        return intake;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public CaseType getCaseType() {
        return caseType;
    }

    /** @return the domain of the case's type */
    public SocialDomain getDomain() {
        return caseType.getDomain();
    }

    /** @return the code of the current status */
    public String getStatusCode() {
        return statusCode;
    }

    /** @return the current status */
    public CaseStatus getCurrentStatus() {
        return caseType.findStatus(statusCode)
                .orElseThrow(() -> new IllegalStateException("Case type " + caseType.getCode() + " lost status " + statusCode));
    }

    /** @return whether the case is not in a terminal status yet */
    public boolean isOpen() {
        return !getCurrentStatus().isTerminal();
    }

    public boolean isUrgent() {
        return urgent;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    /** @return the day by which the case must be decided */
    public LocalDate getDeadline() {
        return deadline;
    }

    public Optional<StaffMember> getAssignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<Team> getTeam() {
        return Optional.ofNullable(team);
    }

    /** @return the questions for help the case covers (read-only) */
    public List<Question> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    /** @return the status changes, oldest first (read-only) */
    public List<CaseStatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    @Override
    public String toString() {
        return "CaseFile[id=" + id + ", reference=" + reference + ", type=" + caseType.getCode() + ", status=" + statusCode + "]";
    }
}
