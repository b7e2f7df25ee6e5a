package nl.frontoffice.citizens;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.contact.CallbackRequestRepository;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.Question;
import nl.frontoffice.domain.registry.Address;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.PersonName;
import nl.frontoffice.domain.registry.PersonRegistry;
import nl.frontoffice.domain.registry.PersonSearchResult;
import nl.frontoffice.domain.registry.PersonSummary;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.registry.UnavailableReason;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;
import nl.frontoffice.platform.audit.PersonalDataAccessLog;

/**
 * The citizen view (klantbeeld) for the contact centre, consulenten and team leads: find a citizen, show his BRP
 * data, and one timeline of everything he did with us on every channel. See the package documentation for who sees
 * what; every rule is checked here, on the server, from the caller principal and the staff directory.
 *
 * <p>Every method takes the {@link AccessReason} the staff member gave (why he looks), and writes an audit row for
 * every citizen whose personal data it returns ({@link PersonalDataAccessLog}); the rows are written in the same
 * transaction as the read, so no data leaves without its audit row.
 *
 * <p>The BRP is reached through the {@link PersonRegistry} port (the adapter in {@code integration-adapters}, in the
 * EAR's {@code lib/}). Without one, or when it is down, a search by BSN still finds citizens we know locally,
 * flagged {@link CitizenSearchResult#brpUnavailable()}.
 *
 * <p>Usage (the portal's klantbeeld page):
 * <pre>{@code
 * AccessReason why = AccessReason.of(AccessPurpose.PHONE_CONTACT);
 * CitizenSearchResult found = citizenView.findCitizens(CitizenQuery.byPostcodeAndHouseNumber("2551 JV", 64, null, null), why);
 * CitizenTimeline timeline = citizenView.timeline(found.matches().get(0).bsn(), why);
 * }</pre>
 */
@Stateless
@RolesAllowed({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
public class CitizenViewService {

    /** The most matches a search returns; narrow the search when {@link CitizenSearchResult#truncated()}. */
    public static final int MAX_MATCHES = 50;

    private static final Logger LOG = Logger.getLogger(CitizenViewService.class.getName());

    /** EclipseLink's query hints for batch reading (a name, so that this module needs no EclipseLink API). */
    private static final String BATCH_HINT = "eclipselink.batch";
    private static final String BATCH_TYPE_HINT = "eclipselink.batch.type";

    /** Newest first; at the same moment the later kind first (a case opens after its intake). */
    private static final Comparator<TimelineItem> NEWEST_FIRST = Comparator.comparing(TimelineItem::at)
            .thenComparing(item -> item.kind().ordinal()).reversed();

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private CitizenRepository citizens;

    @Inject
    private CaseFileRepository cases;

    @Inject
    private CallbackRequestRepository callbacks;

    @Inject
    private Instance<PersonRegistry> registries;

    @EJB
    private PersonalDataAccessLog accessLog;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    /**
     * Finds citizens by BSN (the local register and the BRP), by surname and date of birth, or by postcode and house
     * number (the BRP). Each citizen in the answer gets an audit row {@link PersonalDataEvent#CITIZEN_SEARCH_RESULT}
     * with the kind of search as object reference.
     *
     * @param query  what the staff member typed
     * @param reason why he searches
     * @return the matches, and whether the BRP was unavailable
     * @throws CitizenQueryException when the query cannot be run (what to fix per field)
     * @throws DomainException       {@code staff.unknown} when the caller is no active staff member
     */
    public CitizenSearchResult findCitizens(@NotNull CitizenQuery query, @NotNull AccessReason reason) {
        List<FieldProblem> problems = query.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new CitizenQueryException(problems);
        }
        CallerScope.resolve(context, staff);
        CitizenQuery.Kind kind = query.kind();
        CitizenSearchResult result = kind == CitizenQuery.Kind.BSN ? findByBsn(Bsn.of(query.bsn()))
                : searchBrp(query);
        accessLog.recordViews(result.matches().stream().map(CitizenMatch::bsn).toList(),
                PersonalDataEvent.CITIZEN_SEARCH_RESULT, kind.name(), reason);
        LOG.fine(() -> "Citizen search " + kind + ": " + result.matches().size() + " match(es)"
                + (result.brpUnavailable() ? ", BRP unavailable" : ""));
        return result;
    }

    private CitizenSearchResult findByBsn(Bsn bsn) {
        boolean local = citizens.findByBsn(bsn).isPresent();
        PersonLookup lookup = registry().lookUp(bsn);
        List<CitizenMatch> matches = new ArrayList<>();
        if (lookup instanceof PersonLookup.Found found) {
            RegisteredPerson person = found.registeredPerson();
            Address address = person.address();
            matches.add(new CitizenMatch(bsn, person.name(), person.birthDate(),
                    address == null ? null : address.streetLine(), address == null ? null : address.postcodeAndCity(),
                    true, local));
        } else if (local) {
            matches.add(new CitizenMatch(bsn, new PersonName(null, null, null), BirthDate.unknown(), null, null, false,
                    true));
        }
        UnavailableReason unavailable = lookup instanceof PersonLookup.Unavailable u ? u.reason() : null;
        return new CitizenSearchResult(CitizenQuery.Kind.BSN, matches, false, unavailable != null, unavailable);
    }

    private CitizenSearchResult searchBrp(CitizenQuery query) {
        PersonSearchResult search = registry().search(query.toPersonSearch());
        if (search.isUnavailable()) {
            return new CitizenSearchResult(query.kind(), List.of(), false, true,
                    search.unavailableReason().orElseThrow());
        }
        List<PersonSummary> hits = search.persons();
        List<CitizenMatch> matches = hits.stream().limit(MAX_MATCHES)
                .map(hit -> new CitizenMatch(hit.bsn(), hit.name(), hit.birthDate(), hit.addressLine1(),
                        hit.addressLine2(), true, citizens.findByBsn(hit.bsn()).isPresent()))
                .toList();
        return new CitizenSearchResult(query.kind(), matches, hits.size() > MAX_MATCHES, false, null);
    }

    /**
     * The head of the citizen view: the citizen's data from the BRP (name, date of birth, address, household) and
     * the contact details he gave us. Written to the audit trail as {@link PersonalDataEvent#BRP_PERSON_FETCHED}
     * when anything is shown.
     *
     * @param bsn    the citizen
     * @param reason why the staff member looks
     * @return the profile; {@link CitizenProfile#brpUnavailable()} when the BRP could not be asked
     * @throws DomainException {@value CallerScope#ACCESS_REFUSED} when the caller has no need to know this citizen
     */
    public CitizenProfile profile(@NotNull Bsn bsn, @NotNull AccessReason reason) {
        CallerScope scope = CallerScope.resolve(context, staff);
        Optional<Citizen> citizen = citizens.findByBsn(bsn);
        requireNeedToKnow(scope, citizen);
        PersonLookup lookup = registry().lookUp(bsn);
        if (lookup.isFound() || citizen.isPresent()) {
            accessLog.recordView(bsn, PersonalDataEvent.BRP_PERSON_FETCHED, lookup.isFound() ? "BRP" : "LOCAL", reason);
        }
        return new CitizenProfile(bsn, lookup, citizen.isPresent(),
                citizen.map(Citizen::getContactDetails).orElse(ContactDetails.none()));
    }

    /**
     * One timeline of everything the citizen did with us: contact moments (channel, subject, answer, staff member),
     * intakes, cases with their status changes, callback requests; newest first, each item marked with what the
     * caller may see and open. Written to the audit trail as {@link PersonalDataEvent#CITIZEN_TIMELINE_VIEWED}.
     *
     * @param bsn    the citizen
     * @param reason why the staff member looks
     * @return the timeline; empty (not known locally) for a citizen we never met
     * @throws DomainException {@value CallerScope#ACCESS_REFUSED} when the caller has no need to know this citizen
     */
    public CitizenTimeline timeline(@NotNull Bsn bsn, @NotNull AccessReason reason) {
        CallerScope scope = CallerScope.resolve(context, staff);
        Optional<Citizen> found = citizens.findByBsn(bsn);
        requireNeedToKnow(scope, found);
        accessLog.recordView(bsn, PersonalDataEvent.CITIZEN_TIMELINE_VIEWED, null, reason);
        if (found.isEmpty()) {
            return new CitizenTimeline(bsn, false, List.of());
        }
        Citizen citizen = found.get();
        List<TimelineItem> items = new ArrayList<>();
        // The citizen's cases first, with all their histories in one more query; the contact moments' and
        // intakes' cases are then already loaded. Without the batch reads every case, contact moment and
        // intake question cost a query of its own (measured: bench/README.md, back-office benchmark).
        List<CaseFile> citizenCases = batched("select c from CaseFile c where c.citizen = :citizen"
                + " order by c.startDate desc, c.id desc", CaseFile.class, citizen, "c.history");
        for (ContactMoment moment : batched("select m from ContactMoment m where m.citizen = :citizen"
                + " order by m.occurredAt desc", ContactMoment.class, citizen, "m.cases")) {
            items.add(new TimelineItem(TimelineItemKind.CONTACT_MOMENT, moment.getOccurredAt(), moment.getChannel(),
                    List.of(), null, null, moment.getSubject(), moment.getOutcome().orElse(null),
                    moment.getRegisteredBy().getDisplayName(), null, null,
                    visibleReferences(scope, moment.getCases()), ItemAccess.OPEN));
        }
        for (Intake intake : batched("select i from Intake i where i.citizen = :citizen order by i.submittedAt desc",
                Intake.class, citizen, "i.questions", "i.questions.urgencyReasons", "i.cases")) {
            items.add(intakeItem(scope, intake));
        }
        for (CaseFile caseFile : citizenCases) {
            addCaseItems(scope, caseFile, items);
        }
        for (CallbackRequest request : callbacks.findByCitizen(citizen)) {
            items.add(new TimelineItem(TimelineItemKind.CALLBACK_REQUESTED, request.getRequestedAt(), null, List.of(),
                    null, null, request.getQuestion(), request.getPhone(), request.getRequestedBy().getDisplayName(),
                    request.getTeam().getName(), request.getDueDate(), List.of(), ItemAccess.OPEN));
            if (request.getCompletedAt().isPresent()) {
                items.add(new TimelineItem(TimelineItemKind.CALLBACK_COMPLETED, request.getCompletedAt().get(), null,
                        List.of(), null, null, request.getCompletionNote().orElse(null), null,
                        request.getCompletedBy().map(actor -> actor.getDisplayName()).orElse(null),
                        request.getTeam().getName(), request.getDueDate(), List.of(), ItemAccess.OPEN));
            }
        }
        items.sort(NEWEST_FIRST);
        return new CitizenTimeline(bsn, true, items);
    }

    /**
     * The citizen's entities of one kind, in the order the repository gives them, with the named relationships of
     * all of them read in one query each (EclipseLink batch reading, ids in an IN list) instead of one per entity.
     */
    private <T> List<T> batched(String jpql, Class<T> type, Citizen citizen, String... relationships) {
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("citizen", citizen)
                .setHint(BATCH_TYPE_HINT, "IN");
        for (String relationship : relationships) {
            query.setHint(BATCH_HINT, relationship);
        }
        return query.getResultList();
    }

    private TimelineItem intakeItem(CallerScope scope, Intake intake) {
        Set<SocialDomain> domains = new LinkedHashSet<>();
        for (Question question : intake.getQuestions()) {
            domains.add(question.getDomain());
        }
        ItemAccess access;
        if (scope.mayOpenAll(domains)) {
            access = ItemAccess.OPEN;
        } else if (scope.contactCentre() || domains.stream().anyMatch(scope.domains()::contains)) {
            access = ItemAccess.SUMMARY;
        } else {
            access = ItemAccess.EXISTENCE;
        }
        boolean shown = access != ItemAccess.EXISTENCE;
        return new TimelineItem(TimelineItemKind.INTAKE, intake.getSubmittedAt(), shown ? intake.getChannel() : null,
                List.copyOf(domains), shown ? intake.getReference() : null, null, null, null,
                shown ? intake.getAuthor().getDisplayName() : null, null, null,
                shown ? visibleReferences(scope, intake.getCases()) : List.of(), access);
    }

    private static void addCaseItems(CallerScope scope, CaseFile caseFile, List<TimelineItem> items) {
        ItemAccess access = scope.caseAccess(caseFile.getDomain());
        List<SocialDomain> domains = List.of(caseFile.getDomain());
        List<CaseStatusChange> history = caseFile.getHistory();
        Instant openedAt = history.isEmpty() ? caseFile.getStartDate().atStartOfDay(clockZone()).toInstant()
                : history.get(0).getChangedAt();
        if (access == ItemAccess.EXISTENCE) {
            items.add(new TimelineItem(TimelineItemKind.CASE_OPENED, openedAt, null, domains, null, null, null, null,
                    null, null, null, List.of(), access));
            return;
        }
        boolean open = access == ItemAccess.OPEN;
        for (CaseStatusChange change : history) {
            boolean first = change.getFromStatus().isEmpty();
            String titleKey = first ? caseFile.getCaseType().getNameKey()
                    : caseFile.getCaseType().findStatus(change.getToStatus()).map(CaseStatus::getNameKey).orElse(null);
            items.add(new TimelineItem(first ? TimelineItemKind.CASE_OPENED : TimelineItemKind.CASE_STATUS_CHANGED,
                    change.getChangedAt(), null, domains, caseFile.getReference(), titleKey, null,
                    open ? change.getReason().orElse(null) : null, change.getChangedBy().getDisplayName(), null, null,
                    List.of(), access));
        }
    }

    private static java.time.ZoneId clockZone() {
        return nl.frontoffice.domain.calendar.WorkingDayCalendar.TIME_ZONE;
    }

    private static List<String> visibleReferences(CallerScope scope, List<CaseFile> linked) {
        return linked.stream().filter(caseFile -> scope.caseAccess(caseFile.getDomain()) != ItemAccess.EXISTENCE)
                .map(CaseFile::getReference).toList();
    }

    private void requireNeedToKnow(CallerScope scope, Optional<Citizen> citizen) {
        if (scope.contactCentre()) {
            return;
        }
        Set<SocialDomain> caseDomains = new LinkedHashSet<>();
        Set<Long> callbackTeams = new LinkedHashSet<>();
        citizen.ifPresent(known -> {
            cases.findByCitizen(known).forEach(caseFile -> caseDomains.add(caseFile.getDomain()));
            callbacks.findByCitizen(known).forEach(request -> callbackTeams.add(request.getTeam().getId()));
        });
        if (!scope.hasNeedToKnow(caseDomains, callbackTeams)) {
            auditLog.record(AuditEvent.PERSONAL_DATA_REFUSED, scope.username(), Map.of("reason", "NO_NEED_TO_KNOW"));
            throw new DomainException(CallerScope.ACCESS_REFUSED);
        }
    }

    /** @return the BRP adapter, or a registry that is always unavailable when none is deployed */
    private PersonRegistry registry() {
        return registries.isResolvable() ? registries.get()
                : bsn -> PersonLookup.unavailable(UnavailableReason.NOT_CONFIGURED);
    }
}
