package nl.frontoffice.cases.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;
import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.cases.CaseService;
import nl.frontoffice.cases.CaseSettings;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.cases.CaseNote;
import nl.frontoffice.domain.cases.CaseNoteRepository;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.cases.DecisionOutcome;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.notification.CaseNotifications;
import nl.frontoffice.platform.audit.PersonalDataAccessLog;

/**
 * Case handling in the back office: the worklist, the case page and its actions. Every call is
 * checked on the server, by role ({@code @RolesAllowed}) and by the domains of the caller's teams
 * ({@link CaseAccessPolicy}), whatever reference or id is sent: a case the caller may not see is
 * answered exactly like one that does not exist ({@value CaseService#CASE_NOT_FOUND}); a case he
 * may see but not change refuses with {@value #ACCESS_DENIED} or {@value #NOT_ASSIGNEE}.
 *
 * <p>Every action takes the {@code version} the caller saw; when the case changed since (a colleague
 * acted at the same time) it refuses with {@value CaseFile#VERSION_CONFLICT} and changes nothing.
 * Every change is a history entry with actor, time and reason; a change the citizen should know of
 * queues his mail in the same transaction ({@link CaseNotifications}).
 */
@Stateless
@RolesAllowed({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
public class CaseHandlingService {

    /** Message key: the caller may see the case but not do this with it. */
    public static final String ACCESS_DENIED = "case.access.denied";
    /** Message key: only the assignee or a team lead may do this. */
    public static final String NOT_ASSIGNEE = "case.not.assignee";
    /** Message key: the case has an assignee already. */
    public static final String CLAIM_TAKEN = "case.claim.taken";
    /** Message key: the staff member cannot get this case from this team lead. */
    public static final String ASSIGN_REFUSED = "case.assign.refused";

    private static final Logger LOG = Logger.getLogger(CaseHandlingService.class.getName());

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private StaffDirectory directory;

    @EJB
    private CaseNotifications notifications;

    @EJB
    private PersonalDataAccessLog accessLog;

    @Inject
    private CaseFileRepository cases;

    @Inject
    private CaseNoteRepository notes;

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private CaseSettings settings;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Clock clock;

    // ------------------------------------------------------------------------------------------
    // Worklist

    /**
     * A page of the cases of the caller's teams' domains, filtered, sorted and paged in the
     * database, with the number of all matching cases.
     *
     * <p>One query per domain ({@code domain_code = ?}, never {@code IN}): PostgreSQL then reads a
     * page straight from the index {@code ix_case_file_worklist} in deadline order and counts from
     * the index alone. With several domains the first {@code first + pageSize} rows of each are
     * merged here, so a team with two domains reads two short index ranges instead of sorting all
     * its open cases.
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public WorklistPage worklist(@NotNull @Valid WorklistQuery query) {
        WorklistCaller me = worklistCaller();
        WorklistFilter filter = query.filter();
        List<SocialDomain> domains = filter.domain() == null ? me.domains()
                : me.domains().stream().filter(filter.domain()::equals).toList();
        if (domains.isEmpty()) {
            return new WorklistPage(List.of(), 0, query.first(), query.pageSize());
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where c.domain = :domain");
        if (!filter.includeClosed()) {
            // a parameter, not the literal: EclipseLink writes TRUE as 1, which H2 2 does not compare with a boolean
            where.append(" and c.open = :open");
            parameters.put("open", Boolean.TRUE);
        }
        if (filter.statusCode() != null) {
            where.append(" and c.statusCode = :status");
            parameters.put("status", filter.statusCode());
        }
        if (filter.caseTypeCode() != null) {
            where.append(" and c.caseType.code = :caseType");
            parameters.put("caseType", filter.caseTypeCode());
        }
        if (filter.deadlineFrom() != null) {
            where.append(" and c.deadline >= :deadlineFrom");
            parameters.put("deadlineFrom", filter.deadlineFrom());
        }
        if (filter.deadlineTo() != null) {
            where.append(" and c.deadline <= :deadlineTo");
            parameters.put("deadlineTo", filter.deadlineTo());
        }
        if (filter.urgent() != null) {
            where.append(" and c.urgent = :urgent");
            parameters.put("urgent", filter.urgent());
        }
        AssigneeFilter assignee = filter.assignee() == null ? AssigneeFilter.ANYONE : filter.assignee();
        switch (assignee) {
            case UNASSIGNED -> where.append(" and c.assigneeId is null");
            case MINE -> {
                where.append(" and c.assigneeId = :assignee");
                parameters.put("assignee", me.id());
            }
            case STAFF_MEMBER -> {
                String username = filter.assigneeUsername();
                Optional<StaffMember> member = username == null ? Optional.empty() : staff.findByUsername(username);
                if (member.isEmpty()) {
                    return new WorklistPage(List.of(), 0, query.first(), query.pageSize());
                }
                where.append(" and c.assigneeId = :assignee");
                parameters.put("assignee", member.get().getId());
            }
            default -> {
            }
        }

        long total = 0;
        for (SocialDomain domain : domains) {
            TypedQuery<Long> count = em.createQuery("select count(c) from CaseFile c" + where, Long.class)
                    .setParameter("domain", domain);
            parameters.forEach(count::setParameter);
            total += count.getSingleResult();
        }
        if (total == 0 || query.first() >= total) {
            return new WorklistPage(List.of(), total, query.first(), query.pageSize());
        }

        String direction = query.ascending() ? " asc" : " desc";
        String order = switch (query.sort()) {
            case DEADLINE -> " order by c.deadline" + direction + ", c.id" + direction;
            case START_DATE -> " order by c.startDate" + direction + ", c.id" + direction;
            case REFERENCE -> " order by c.reference" + direction;
            case STATUS -> " order by c.statusCode" + direction + ", c.deadline asc, c.id asc";
        };
        boolean single = domains.size() == 1;
        List<Object[]> found = new ArrayList<>();
        for (SocialDomain domain : domains) {
            TypedQuery<Object[]> page = em.createQuery("select c.id, c.version, c.reference, c.domain, c.caseType.code,"
                    + " c.statusCode, c.urgent, c.startDate, c.deadline, c.suspendedSince, c.open, a.username,"
                    + " a.displayName from CaseFile c left join c.assignee a" + where + order, Object[].class)
                    .setParameter("domain", domain);
            parameters.forEach(page::setParameter);
            // one domain: just the page; several: each domain's rows up to the end of the page, merged below
            page.setFirstResult(single ? query.first() : 0).setMaxResults(single ? query.pageSize() : query.first() + query.pageSize());
            found.addAll(page.getResultList());
        }
        List<Object[]> rowsOfPage = single ? found : found.stream().sorted(rowOrder(query.sort(), query.ascending()))
                .skip(query.first()).limit(query.pageSize()).toList();

        // case types are reference data in the shared cache: em.find reads them without a query
        Map<String, CaseType> types = new HashMap<>();
        LocalDate today = today();
        List<WorklistRow> rows = new ArrayList<>();
        for (Object[] row : rowsOfPage) {
            CaseType type = types.computeIfAbsent((String) row[4], code -> em.find(CaseType.class, code));
            String statusCode = (String) row[5];
            LocalDate deadline = (LocalDate) row[8];
            boolean suspended = row[9] != null;
            boolean open = (Boolean) row[10];
            rows.add(new WorklistRow((Long) row[0], ((Number) row[1]).longValue(), (String) row[2], (SocialDomain) row[3],
                    type.getCode(), type.getNameKey(), statusCode, statusNameKey(type, statusCode), (Boolean) row[6],
                    (LocalDate) row[7], deadline,
                    DeadlineState.of(deadline, today, open, suspended, settings.dueSoonWorkingDays(), calendar),
                    calendar.workingDaysBetween(today, deadline), suspended, (String) row[11], (String) row[12]));
        }
        return new WorklistPage(rows, total, query.first(), query.pageSize());
    }

    /** The caller of the worklist: his staff id and the domains of his teams. */
    private record WorklistCaller(long id, List<SocialDomain> domains) {
    }

    /**
     * The caller's id and domains in one query (the worklist needs no more of {@link StaffDirectory#current()},
     * which reads the staff member, his roles, his teams and each team's domains one query after the other:
     * measured in the back-office benchmark, bench/README.md).
     *
     * @throws DomainException {@code staff.unknown} when the caller is no (longer an) active staff member
     */
    private WorklistCaller worklistCaller() {
        List<Object[]> found = em.createQuery("select s.id, d from StaffMember s left join s.teams t left join t.domains d"
                + " where s.username = :username and s.active = :active", Object[].class)
                .setParameter("username", context.getCallerPrincipal().getName())
                .setParameter("active", Boolean.TRUE)
                .getResultList();
        if (found.isEmpty()) {
            throw new DomainException("staff.unknown");
        }
        Set<SocialDomain> domains = EnumSet.noneOf(SocialDomain.class);
        for (Object[] row : found) {
            if (row[1] != null) {
                domains.add((SocialDomain) row[1]);
            }
        }
        return new WorklistCaller((Long) found.get(0)[0], List.copyOf(domains));
    }

    /** The order of the worklist query, on its rows (to merge the rows of several domains). */
    static Comparator<Object[]> rowOrder(WorklistSort sort, boolean ascending) {
        Comparator<Object[]> byId = Comparator.comparing(row -> (Long) row[0]);
        Comparator<Object[]> byDeadline = Comparator.comparing(row -> (LocalDate) row[8]);
        Comparator<Object[]> order = switch (sort) {
            case DEADLINE -> direction(byDeadline.thenComparing(byId), ascending);
            case START_DATE -> direction(Comparator.<Object[], LocalDate>comparing(row -> (LocalDate) row[7]).thenComparing(byId), ascending);
            case REFERENCE -> direction(Comparator.comparing(row -> (String) row[2]), ascending);
            case STATUS -> direction(Comparator.comparing(row -> (String) row[5]), ascending).thenComparing(byDeadline).thenComparing(byId);
        };
        return order;
    }

    private static Comparator<Object[]> direction(Comparator<Object[]> comparator, boolean ascending) {
        return ascending ? comparator : comparator.reversed();
    }

    // ------------------------------------------------------------------------------------------
    // Case page

    /**
     * The case page. Showing a case to a staff member is a view of the citizen's personal data: every case found
     * is written to the audit trail ({@link PersonalDataEvent#CASE_VIEWED}, purpose
     * {@link AccessPurpose#CASE_HANDLING}) in this transaction, whoever calls.
     *
     * @param reference the case reference
     * @return the case as the caller may see it; empty when it does not exist or he may not see it
     */
    public Optional<StaffCaseDetail> findCase(@NotBlank String reference) {
        StaffAccess me = directory.current();
        CaseAccessPolicy policy = new CaseAccessPolicy(me);
        return cases.findByReference(reference)
                .filter(caseFile -> policy.maySeeSummary(caseFile.getDomain()))
                .map(caseFile -> {
                    accessLog.recordView(caseFile.getCitizen().getBsn(), PersonalDataEvent.CASE_VIEWED,
                            caseFile.getReference(), AccessReason.of(AccessPurpose.CASE_HANDLING));
                    return detail(caseFile, me);
                });
    }

    /**
     * The caller takes an unassigned case of his teams.
     *
     * @throws DomainException {@value CaseService#CASE_NOT_FOUND}, {@value #ACCESS_DENIED},
     *         {@value #CLAIM_TAKEN}, {@value CaseFile#VERSION_CONFLICT}, {@value CaseFile#CLOSED}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail claim(@NotBlank String reference, long expectedVersion) {
        StaffAccess me = directory.current();
        CaseFile caseFile = visibleCase(reference, me);
        if (!new CaseAccessPolicy(me).mayClaim(caseFile.getDomain())) {
            throw new DomainException(ACCESS_DENIED);
        }
        caseFile.requireVersion(expectedVersion);
        if (caseFile.getAssignee().isPresent()) {
            throw new DomainException(CLAIM_TAKEN);
        }
        StaffMember self = self(me);
        Team team = responsibleTeam(caseFile, self, self).orElseThrow(() -> new DomainException(ACCESS_DENIED));
        caseFile.assign(self, team, self.asActor(), clock.instant());
        flush();
        LOG.info(() -> "Case " + reference + " claimed by " + me.getUsername());
        return detail(caseFile, me);
    }

    /**
     * Who the calling team lead may assign the case to: active consulenten and team leads of his
     * teams that serve the case's domain (the case's own team only, once it has one).
     */
    @RolesAllowed(StaffRoles.TEAMLEIDER)
    public List<AssignableStaff> assignableStaff(@NotBlank String reference) {
        StaffAccess me = directory.current();
        CaseFile caseFile = visibleCase(reference, me);
        if (!new CaseAccessPolicy(me).mayAssign(caseFile.getDomain())) {
            throw new DomainException(ACCESS_DENIED);
        }
        StaffMember lead = self(me);
        List<AssignableStaff> result = new ArrayList<>();
        for (StaffMember member : staff.findActiveServing(caseFile.getDomain())) {
            if (!member.hasRole(StaffRole.CONSULENT) && !member.hasRole(StaffRole.TEAMLEIDER)) {
                continue;
            }
            responsibleTeam(caseFile, lead, member)
                    .ifPresent(team -> result.add(new AssignableStaff(member.getUsername(), member.getDisplayName(), team.getName())));
        }
        return result;
    }

    /**
     * The calling team lead assigns the case to a member of one of his teams serving its domain.
     *
     * @throws DomainException {@value CaseService#CASE_NOT_FOUND}, {@value #ACCESS_DENIED},
     *         {@value #ASSIGN_REFUSED}, {@value CaseFile#VERSION_CONFLICT}, {@value CaseFile#CLOSED}
     */
    @RolesAllowed(StaffRoles.TEAMLEIDER)
    public StaffCaseDetail assign(@NotBlank String reference, long expectedVersion, @NotBlank String username) {
        StaffAccess me = directory.current();
        CaseFile caseFile = visibleCase(reference, me);
        if (!new CaseAccessPolicy(me).mayAssign(caseFile.getDomain())) {
            throw new DomainException(ACCESS_DENIED);
        }
        caseFile.requireVersion(expectedVersion);
        StaffMember lead = self(me);
        StaffMember member = staff.findByUsername(username).filter(StaffMember::isActive)
                .filter(m -> m.hasRole(StaffRole.CONSULENT) || m.hasRole(StaffRole.TEAMLEIDER))
                .orElseThrow(() -> new DomainException(ASSIGN_REFUSED));
        Team team = responsibleTeam(caseFile, lead, member).orElseThrow(() -> new DomainException(ASSIGN_REFUSED));
        caseFile.assign(member, team, lead.asActor(), clock.instant());
        flush();
        LOG.info(() -> "Case " + reference + " assigned by " + me.getUsername() + " to " + member.getUsername());
        return detail(caseFile, me);
    }

    /**
     * Moves the case to the next status of its case type ({@link StaffCaseDetail#nextStatuses()}).
     * The citizen is mailed when the new status is one he should know of.
     *
     * @throws DomainException {@value CaseService#CASE_NOT_FOUND}, {@value #NOT_ASSIGNEE},
     *         {@value CaseFile#VERSION_CONFLICT}, {@value CaseFile#STATUS_NOT_NEXT},
     *         {@value CaseFile#DECISION_REQUIRED}, {@value CaseFile#SUSPENDED}, {@value CaseFile#CLOSED}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail moveToStatus(@NotBlank String reference, long expectedVersion, @NotBlank String toStatusCode,
                                        String reason) {
        return handle(reference, expectedVersion, (caseFile, self) ->
                caseFile.advanceTo(toStatusCode, self.asActor(), reason, clock.instant(), calendar));
    }

    /**
     * Suspends the case while waiting for the citizen; the reason (what is awaited) is mailed to him.
     *
     * @throws DomainException as {@link #moveToStatus}, and {@value CaseFile#SUSPENSION_REASON_REQUIRED}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail suspend(@NotBlank String reference, long expectedVersion, String reason) {
        return handle(reference, expectedVersion, (caseFile, self) -> caseFile.suspend(reason, self.asActor(), clock.instant()));
    }

    /**
     * Resumes a suspended case; its deadline moves by the suspended working days.
     *
     * @throws DomainException as {@link #moveToStatus}, and {@value CaseFile#NOT_SUSPENDED}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail resume(@NotBlank String reference, long expectedVersion) {
        return handle(reference, expectedVersion, (caseFile, self) -> caseFile.resume(self.asActor(), clock.instant(), calendar));
    }

    /**
     * Extends the deadline once by the case type's term; the reason and new deadline are mailed to the citizen.
     *
     * @throws DomainException as {@link #moveToStatus}, and {@value CaseFile#EXTENSION_ALREADY},
     *         {@value CaseFile#EXTENSION_NOT_ALLOWED}, {@value CaseFile#EXTENSION_REASON_REQUIRED}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail extend(@NotBlank String reference, long expectedVersion, String reason) {
        return handle(reference, expectedVersion, (caseFile, self) ->
                caseFile.extend(reason, self.asActor(), clock.instant(), calendar));
    }

    /**
     * Records the decision (outcome and text). Moving to a status that requires a decision is
     * possible afterwards.
     *
     * @throws DomainException as {@link #moveToStatus}, and {@value CaseFile#DECISION_INCOMPLETE}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail recordDecision(@NotBlank String reference, long expectedVersion, DecisionOutcome outcome,
                                          String text) {
        return handle(reference, expectedVersion, (caseFile, self) ->
                caseFile.recordDecision(outcome, text, self.asActor(), clock.instant()));
    }

    /**
     * Adds an internal note (staff only: never shown to the citizen).
     *
     * @throws DomainException {@value CaseService#CASE_NOT_FOUND}, {@value #ACCESS_DENIED},
     *         {@value CaseNote#TEXT_INVALID}
     */
    @RolesAllowed({StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
    public StaffCaseDetail addNote(@NotBlank String reference, String text) {
        StaffAccess me = directory.current();
        CaseFile caseFile = visibleCase(reference, me);
        if (!new CaseAccessPolicy(me).mayWriteNotes(caseFile.getDomain())) {
            throw new DomainException(ACCESS_DENIED);
        }
        notes.save(new CaseNote(caseFile, self(me).asActor(), text, clock.instant()));
        flush();
        return detail(caseFile, me);
    }

    // ------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Action {
        CaseStatusChange apply(CaseFile caseFile, StaffMember self);
    }

    private StaffCaseDetail handle(String reference, long expectedVersion, Action action) {
        StaffAccess me = directory.current();
        CaseFile caseFile = visibleCase(reference, me);
        String assignee = caseFile.getAssignee().map(StaffMember::getUsername).orElse(null);
        if (!new CaseAccessPolicy(me).mayHandle(caseFile.getDomain(), assignee)) {
            throw new DomainException(NOT_ASSIGNEE);
        }
        caseFile.requireVersion(expectedVersion);
        CaseStatusChange entry = action.apply(caseFile, self(me));
        flush();
        notifications.caseChanged(caseFile, entry);
        LOG.info(() -> "Case " + reference + ": " + entry.getKind() + " (" + entry.getToStatus() + ") by " + me.getUsername());
        return detail(caseFile, me);
    }

    /** Writes the changes now, so that a colleague's simultaneous change surfaces as a clear refusal. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(CaseFile.VERSION_CONFLICT);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException
                    || e.getClass().getName().endsWith("OptimisticLockException")) {
                throw new DomainException(CaseFile.VERSION_CONFLICT);
            }
            throw e;
        }
    }

    private CaseFile visibleCase(String reference, StaffAccess me) {
        CaseAccessPolicy policy = new CaseAccessPolicy(me);
        return cases.findByReference(reference)
                .filter(caseFile -> policy.maySeeSummary(caseFile.getDomain()))
                .orElseThrow(() -> new DomainException(CaseService.CASE_NOT_FOUND));
    }

    private StaffMember self(StaffAccess me) {
        return staff.findByUsername(me.getUsername()).filter(StaffMember::isActive)
                .orElseThrow(() -> new DomainException("staff.unknown"));
    }

    /**
     * The team that will hold the case when {@code member} gets it from {@code actor}: the case's
     * own team if it has one (both must be in it), else the first team by name that both are in
     * and that serves the case's domain.
     */
    private static Optional<Team> responsibleTeam(CaseFile caseFile, StaffMember actor, StaffMember member) {
        if (caseFile.getTeam().isPresent()) {
            Team team = caseFile.getTeam().get();
            return actor.isMemberOf(team) && member.isMemberOf(team) ? Optional.of(team) : Optional.empty();
        }
        return actor.getTeams().stream()
                .filter(team -> team.serves(caseFile.getDomain()) && member.isMemberOf(team))
                .min(Comparator.comparing(Team::getName));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.TIME_ZONE));
    }

    private static String statusNameKey(CaseType type, String statusCode) {
        return type.findStatus(statusCode).map(CaseStatus::getNameKey).orElse(statusCode);
    }

    private StaffCaseDetail detail(CaseFile caseFile, StaffAccess me) {
        CaseAccessPolicy policy = new CaseAccessPolicy(me);
        SocialDomain domain = caseFile.getDomain();
        CaseType type = caseFile.getCaseType();
        boolean details = policy.maySeeDetails(domain);
        LocalDate today = today();
        String assignee = caseFile.getAssignee().map(StaffMember::getUsername).orElse(null);
        List<NextStatus> next = caseFile.getNextStatus()
                .map(status -> List.of(new NextStatus(status.getCode(), status.getNameKey(), status.isRequiresDecision(),
                        status.isTerminal())))
                .orElse(List.of());
        List<HistoryEntry> history = caseFile.getHistory().stream().map(entry -> new HistoryEntry(
                entry.getId() == null ? 0 : entry.getId(), entry.getKind(), entry.getKind().getMessageKey(),
                entry.getFromStatus().orElse(null), entry.getToStatus(), statusNameKey(type, entry.getToStatus()),
                entry.getChangedBy().getType(), entry.getChangedBy().getDisplayName(), entry.getChangedAt(),
                entry.getReason().orElse(null), entry.getDetail().orElse(null))).toList();
        List<CaseNoteView> noteViews = details ? notes.findByCaseFile(caseFile).stream()
                .map(note -> new CaseNoteView(note.getId(), note.getAuthor().getDisplayName(), note.getWrittenAt(), note.getText()))
                .toList() : List.of();
        boolean open = caseFile.isOpen();
        return new StaffCaseDetail(caseFile.getId(), caseFile.getVersion(), caseFile.getReference(), domain,
                type.getCode(), type.getNameKey(), type.getLegalBasis(), caseFile.getStatusCode(),
                caseFile.getCurrentStatus().getNameKey(), open, caseFile.isUrgent(), caseFile.getStartDate(),
                caseFile.getDeadline(),
                DeadlineState.of(caseFile.getDeadline(), today, open, caseFile.isSuspended(), settings.dueSoonWorkingDays(), calendar),
                calendar.workingDaysBetween(today, caseFile.getDeadline()),
                caseFile.getSuspendedSince().orElse(null), caseFile.getSuspensionReason().orElse(null),
                caseFile.getSuspendedWorkingDays(), caseFile.getExtendedOn().orElse(null),
                caseFile.getExtensionReason().orElse(null),
                open && !caseFile.isExtended() && type.getExtension().isPresent(),
                caseFile.getDecisionOutcome().orElse(null), caseFile.getDecisionText().orElse(null),
                caseFile.getDecidedAt().orElse(null), caseFile.getClosedOn().orElse(null), assignee,
                caseFile.getAssignee().map(StaffMember::getDisplayName).orElse(null),
                caseFile.getTeam().map(Team::getName).orElse(null), caseFile.getIntake().getReference(),
                caseFile.hasConsentToShare(), next, history, details, noteViews,
                details ? caseFile.getCitizen().getBsn() : null,
                open && assignee == null && policy.mayClaim(domain),
                open && policy.mayAssign(domain),
                open && policy.mayHandle(domain, assignee),
                policy.mayWriteNotes(domain));
    }
}
