package nl.frontoffice.domain.cases;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.calendar.DeadlineRule;
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
 * <p>Handling in the back office (migration {@code V7}): {@link #assign} (claim or assignment),
 * {@link #advanceTo} the next status, {@link #suspend} while waiting for the citizen and
 * {@link #resume} (the deadline moves by the suspended working days), {@link #extend} once by the
 * case type's term, {@link #recordDecision}. Each is a history entry of its
 * {@link CaseEventKind kind}; a closed case changes no more. Callers that show a case and act on it
 * later check {@link #requireVersion(long)} first (optimistic locking).
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

    /** The longest decision text. */
    public static final int DECISION_TEXT_MAX_LENGTH = 4000;

    /** Message key: someone else changed the case since the caller read it. */
    public static final String VERSION_CONFLICT = "case.version.conflict";
    /** Message key: the case is closed; nothing can change any more. */
    public static final String CLOSED = "case.closed";
    /** Message key: the case waits for the citizen; resume it first. */
    public static final String SUSPENDED = "case.suspended";
    /** Message key: the case is not suspended, so it cannot be resumed. */
    public static final String NOT_SUSPENDED = "case.not.suspended";
    /** Message key: a suspension needs a reason (what is awaited from the citizen). */
    public static final String SUSPENSION_REASON_REQUIRED = "case.suspension.reason.required";
    /** Message key: the case was extended before; the law allows one extension. */
    public static final String EXTENSION_ALREADY = "case.extension.already";
    /** Message key: the case type allows no extension (argument: the case type code). */
    public static final String EXTENSION_NOT_ALLOWED = "case.extension.not.allowed";
    /** Message key: an extension needs a reason. */
    public static final String EXTENSION_REASON_REQUIRED = "case.extension.reason.required";
    /** Message key: the case can only move to the next status of its type (arguments: current, requested). */
    public static final String STATUS_NOT_NEXT = "case.status.not.next";
    /** Message key: the requested status needs a recorded decision first (argument: the status code). */
    public static final String DECISION_REQUIRED = "case.decision.required";
    /** Message key: a decision needs an outcome and a text. */
    public static final String DECISION_INCOMPLETE = "case.decision.incomplete";

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

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "domain_code", nullable = false, updatable = false, length = 30)
    private SocialDomain domain;

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

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "handling_working_days")
    private Integer handlingWorkingDays;

    @Column(name = "suspended_since")
    private LocalDate suspendedSince;

    @Size(max = CaseStatusChange.REASON_MAX_LENGTH)
    @Column(name = "suspension_reason", length = CaseStatusChange.REASON_MAX_LENGTH)
    private String suspensionReason;

    @Column(name = "suspended_working_days", nullable = false)
    private int suspendedWorkingDays;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Size(max = CaseStatusChange.REASON_MAX_LENGTH)
    @Column(name = "extension_reason", length = CaseStatusChange.REASON_MAX_LENGTH)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome", length = 30)
    private DecisionOutcome decisionOutcome;

    @Size(max = DECISION_TEXT_MAX_LENGTH)
    @Column(name = "decision_text", length = DECISION_TEXT_MAX_LENGTH)
    private String decisionText;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private StaffMember assignee;

    /**
     * The assignee's id, read-only, for queries only ({@code c.assigneeId is null} needs no join,
     * where {@code c.assignee is null} makes EclipseLink join staff_member). Not kept up to date in
     * memory when the assignee changes.
     */
    @Column(name = "assignee_id", insertable = false, updatable = false)
    private Long assigneeId;

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
        this.domain = caseType.getDomain();
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
        if (target.isTerminal()) {
            close(now, WorkingDayCalendar.netherlands());
        }
    }

    /**
     * Moves the case to the next status of its case type (the order of the statuses is data), as a
     * staff member does it. Stricter than {@link #changeStatus}: only the next status, not while
     * suspended, and a status that {@link CaseStatus#isRequiresDecision() requires a decision} only
     * with a recorded decision. Reaching a terminal status closes the case (closing day and
     * handling time in working days).
     *
     * @param toStatusCode the next status's code (what the staff member saw as the next step)
     * @param actor        who moves the case
     * @param reason       why, may be {@code null}
     * @param now          the moment
     * @param calendar     the working-day calendar
     * @return the new history entry
     * @throws DomainException {@value #CLOSED}, {@value #SUSPENDED}, {@value #STATUS_NOT_NEXT},
     *         {@value #DECISION_REQUIRED}, or a {@link CaseStatusTransitionException}
     */
    public CaseStatusChange advanceTo(String toStatusCode, Actor actor, String reason, Instant now,
                                      WorkingDayCalendar calendar) {
        requireOpen();
        if (isSuspended()) {
            throw new DomainException(SUSPENDED);
        }
        CaseStatus target = caseType.findStatus(toStatusCode)
                .orElseThrow(() -> CaseStatusTransitionException.unknownStatus(toStatusCode));
        CaseStatus next = getNextStatus()
                .orElseThrow(() -> CaseStatusTransitionException.terminalStatus(statusCode, toStatusCode));
        if (!next.getCode().equals(target.getCode())) {
            throw new DomainException(STATUS_NOT_NEXT, statusCode, toStatusCode);
        }
        if (target.isRequiresDecision() && decisionOutcome == null) {
            throw new DomainException(DECISION_REQUIRED, target.getCode());
        }
        String trimmedReason = trimReason(reason);
        CaseStatusChange entry = new CaseStatusChange(this, statusCode, target.getCode(), actor, now, trimmedReason);
        history.add(entry);
        this.statusCode = target.getCode();
        if (target.isTerminal()) {
            close(now, calendar);
        }
        return entry;
    }

    private void close(Instant now, WorkingDayCalendar calendar) {
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);
        this.open = false;
        this.closedOn = today;
        this.handlingWorkingDays = Math.max(0, calendar.workingDaysBetween(startDate, today));
        this.suspendedSince = null;
        this.suspensionReason = null;
    }

    /**
     * @return the status the case moves to next, if any (none when closed)
     */
    public Optional<CaseStatus> getNextStatus() {
        if (!isOpen()) {
            return Optional.empty();
        }
        return caseType.nextStatusAfter(statusCode);
    }

    /**
     * Assigns the case to a staff member of a team and records who did it.
     *
     * @param staffMember an active staff member in a team that serves the case's domain
     * @param responsibleTeam the team the case is with from now on; must serve the domain and have the member
     * @param actor       who assigns (the staff member himself when he claims the case)
     * @param now         the moment
     * @return the new history entry
     * @throws DomainException {@value #CLOSED}, {@code case.assignee.inactive}, {@code case.assignee.domain},
     *         {@code case.team.domain}
     */
    public CaseStatusChange assign(StaffMember staffMember, Team responsibleTeam, Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        requireOpen();
        assignToTeam(responsibleTeam);
        if (!staffMember.isMemberOf(responsibleTeam)) {
            throw new DomainException("case.assignee.domain", getDomain());
        }
        assignTo(staffMember);
        CaseStatusChange entry = new CaseStatusChange(this, CaseEventKind.ASSIGNED, statusCode, actor, now, null,
                staffMember.getUsername());
        history.add(entry);
        return entry;
    }

    /**
     * The case waits for the citizen (e.g. for documents): its deadline stops until {@link #resume}.
     *
     * @param reason what is awaited; the citizen sees it
     * @return the new history entry
     * @throws DomainException {@value #CLOSED}, {@value #SUSPENDED}, {@value #SUSPENSION_REASON_REQUIRED}
     */
    public CaseStatusChange suspend(String reason, Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        requireOpen();
        if (isSuspended()) {
            throw new DomainException(SUSPENDED);
        }
        String trimmed = trimReason(reason);
        if (trimmed == null) {
            throw new DomainException(SUSPENSION_REASON_REQUIRED);
        }
        this.suspendedSince = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);
        this.suspensionReason = trimmed;
        CaseStatusChange entry = new CaseStatusChange(this, CaseEventKind.SUSPENDED, statusCode, actor, now, trimmed, null);
        history.add(entry);
        return entry;
    }

    /**
     * The case goes on after a suspension. The deadline moves by the working days of the
     * suspension: the working days after the day it began up to and including today (suspended and
     * resumed on the same day: no move; suspended on Monday and resumed on Wednesday: two).
     *
     * @return the new history entry (detail: the new deadline)
     * @throws DomainException {@value #CLOSED}, {@value #NOT_SUSPENDED}
     */
    public CaseStatusChange resume(Actor actor, Instant now, WorkingDayCalendar calendar) {
        Objects.requireNonNull(actor, "actor");
        requireOpen();
        if (!isSuspended()) {
            throw new DomainException(NOT_SUSPENDED);
        }
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);
        int days = suspendedWorkingDaysUntil(today, calendar);
        this.deadline = calendar.addWorkingDays(deadline, days);
        this.suspendedWorkingDays += days;
        this.suspendedSince = null;
        this.suspensionReason = null;
        CaseStatusChange entry = new CaseStatusChange(this, CaseEventKind.RESUMED, statusCode, actor, now, null,
                deadline.toString());
        history.add(entry);
        return entry;
    }

    /**
     * @return the working days the current suspension lasts if it ends on that day; 0 when not suspended
     */
    public int suspendedWorkingDaysUntil(LocalDate day, WorkingDayCalendar calendar) {
        if (suspendedSince == null) {
            return 0;
        }
        return Math.max(0, calendar.workingDaysBetween(suspendedSince, day));
    }

    /**
     * Extends the deadline once by the case type's extension term, counted from the current deadline.
     *
     * @param reason why; the citizen sees it
     * @return the new history entry (detail: the new deadline)
     * @throws DomainException {@value #CLOSED}, {@value #EXTENSION_ALREADY}, {@value #EXTENSION_NOT_ALLOWED},
     *         {@value #EXTENSION_REASON_REQUIRED}
     */
    public CaseStatusChange extend(String reason, Actor actor, Instant now, WorkingDayCalendar calendar) {
        Objects.requireNonNull(actor, "actor");
        requireOpen();
        if (isExtended()) {
            throw new DomainException(EXTENSION_ALREADY);
        }
        DeadlineRule term = caseType.getExtension()
                .orElseThrow(() -> new DomainException(EXTENSION_NOT_ALLOWED, caseType.getCode()));
        String trimmed = trimReason(reason);
        if (trimmed == null) {
            throw new DomainException(EXTENSION_REASON_REQUIRED);
        }
        this.deadline = term.deadlineFrom(deadline, calendar);
        this.extendedOn = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);
        this.extensionReason = trimmed;
        CaseStatusChange entry = new CaseStatusChange(this, CaseEventKind.EXTENDED, statusCode, actor, now, trimmed,
                deadline.toString());
        history.add(entry);
        return entry;
    }

    /**
     * Records the decision on the case (a later one replaces it while the case is open; both stay
     * in the history).
     *
     * @param outcome the outcome
     * @param text    the decision's text, at most {@value #DECISION_TEXT_MAX_LENGTH} characters
     * @return the new history entry (detail: the outcome code)
     * @throws DomainException {@value #CLOSED}, {@value #DECISION_INCOMPLETE}
     */
    public CaseStatusChange recordDecision(DecisionOutcome outcome, String text, Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        requireOpen();
        if (outcome == null || text == null || text.isBlank()) {
            throw new DomainException(DECISION_INCOMPLETE);
        }
        String trimmed = text.strip();
        if (trimmed.length() > DECISION_TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("decision text is longer than " + DECISION_TEXT_MAX_LENGTH + " characters");
        }
        this.decisionOutcome = outcome;
        this.decisionText = trimmed;
        this.decidedAt = now;
        CaseStatusChange entry = new CaseStatusChange(this, CaseEventKind.DECISION_RECORDED, statusCode, actor, now,
                null, outcome.name());
        history.add(entry);
        return entry;
    }

    /**
     * Optimistic locking with the version the caller read (a page shown a while ago).
     *
     * @param expectedVersion the {@link #getVersion() version} the caller saw
     * @throws DomainException {@value #VERSION_CONFLICT} when the case changed since
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new DomainException(VERSION_CONFLICT);
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new DomainException(CLOSED);
        }
    }

    private static String trimReason(String reason) {
        String trimmed = reason == null || reason.isBlank() ? null : reason.strip();
        if (trimmed != null && trimmed.length() > CaseStatusChange.REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("reason is longer than " + CaseStatusChange.REASON_MAX_LENGTH + " characters");
        }
        return trimmed;
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
        return domain != null ? domain : caseType.getDomain();
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

    /** @return the day the case reached a terminal status; empty while open */
    public Optional<LocalDate> getClosedOn() {
        return Optional.ofNullable(closedOn);
    }

    /** @return working days from the start to the closing day; empty while open (or closed before V7) */
    public Optional<Integer> getHandlingWorkingDays() {
        return Optional.ofNullable(handlingWorkingDays);
    }

    /** @return whether the case waits for the citizen (the deadline stands still) */
    public boolean isSuspended() {
        return suspendedSince != null;
    }

    /** @return the day the current suspension began; empty when not suspended */
    public Optional<LocalDate> getSuspendedSince() {
        return Optional.ofNullable(suspendedSince);
    }

    /** @return what the case waits for; empty when not suspended */
    public Optional<String> getSuspensionReason() {
        return Optional.ofNullable(suspensionReason);
    }

    /** @return the working days of all ended suspensions (each moved the deadline) */
    public int getSuspendedWorkingDays() {
        return suspendedWorkingDays;
    }

    /** @return whether the deadline was extended (it can be only once) */
    public boolean isExtended() {
        return extendedOn != null;
    }

    /** @return the day of the extension, if any */
    public Optional<LocalDate> getExtendedOn() {
        return Optional.ofNullable(extendedOn);
    }

    /** @return why the deadline was extended, if it was */
    public Optional<String> getExtensionReason() {
        return Optional.ofNullable(extensionReason);
    }

    /** @return the decision's outcome, once recorded */
    public Optional<DecisionOutcome> getDecisionOutcome() {
        return Optional.ofNullable(decisionOutcome);
    }

    /** @return the decision's text, once recorded */
    public Optional<String> getDecisionText() {
        return Optional.ofNullable(decisionText);
    }

    /** @return when the decision was recorded */
    public Optional<Instant> getDecidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /** @return the optimistic-locking version (see {@link #requireVersion(long)}) */
    public long getVersion() {
        return version;
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
