package nl.frontoffice.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.citizens.CallerScope;
import nl.frontoffice.citizens.ItemAccess;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.contact.CallbackRequestRepository;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.contact.ContactMomentRepository;
import nl.frontoffice.domain.registry.PersonName;
import nl.frontoffice.domain.registry.PersonRegistry;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.domain.staff.TeamRepository;
import nl.frontoffice.platform.audit.PersonalDataAccessLog;

/**
 * The contact centre's channel: contact moments and callback requests. For the roles KCC, CONSULENT and TEAMLEIDER;
 * the author of everything is the caller (from the container's caller principal), never a parameter.
 *
 * <ul>
 *   <li>{@link #registerContactMoment}: the citizen is registered if we never met him; linked cases must be the
 *       citizen's and in a domain of the caller's teams (a case the caller may not open cannot be linked);</li>
 *   <li>{@link #requestCallback}: for any team, due by the end of the given day or, by default, of the next working
 *       day (Algemene termijnenwet calendar);</li>
 *   <li>{@link #openCallbackRequests}: the open requests of the caller's own teams, earliest due first; each citizen
 *       in the list gets an audit row {@link PersonalDataEvent#CALLBACK_REQUEST_LISTED} (purpose CALLBACK);</li>
 *   <li>{@link #openCallbackRequestList}: the same, with each citizen's name from the BRP (to say whom to call);</li>
 *   <li>{@link #completeCallbackRequest}: only by a member of the request's team.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER})
public class ContactService {

    /** Message key: there is no case with that reference. */
    public static final String CASE_UNKNOWN = "contact.case.unknown";
    /** Message key: the case is another citizen's or outside the caller's domains. */
    public static final String CASE_NOT_LINKABLE = "contact.case.not-linkable";
    /** Message key: there is no such team. */
    public static final String TEAM_UNKNOWN = "contact.team.unknown";
    /** Message key: there is no such callback request. */
    public static final String CALLBACK_UNKNOWN = "contact.callback.unknown";
    /** Message key: only the request's team may complete it. */
    public static final String CALLBACK_NOT_YOUR_TEAM = "contact.callback.not-your-team";
    /** Message key: the due date is in the past. */
    public static final String CALLBACK_DUE_PAST = "contact.callback.due-past";
    /** Message key: the contact moment to link is unknown or another citizen's. */
    public static final String CONTACT_MOMENT_UNKNOWN = "contact.moment.unknown";
    /** The most open requests one list shows. */
    public static final int MAX_OPEN_REQUESTS = 200;

    private static final Logger LOG = Logger.getLogger(ContactService.class.getName());

    @Resource
    private SessionContext context;

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private TeamRepository teams;

    @Inject
    private CitizenRepository citizens;

    @Inject
    private CaseFileRepository cases;

    @Inject
    private ContactMomentRepository contactMoments;

    @Inject
    private CallbackRequestRepository callbacks;

    @EJB
    private PersonalDataAccessLog accessLog;

    @Inject
    private Clock clock;

    @Inject
    private WorkingDayCalendar calendar;

    @Inject
    private Instance<PersonRegistry> registries;

    /**
     * Records a contact moment with the caller as author.
     *
     * @return the stored contact moment
     * @throws DomainException {@value #CASE_UNKNOWN} or {@value #CASE_NOT_LINKABLE} for a case that cannot be linked
     */
    public RegisteredContactMoment registerContactMoment(@NotNull @Valid ContactMomentRegistration registration) {
        StaffMember author = caller();
        CallerScope scope = CallerScope.of(author);
        Instant now = clock.instant();
        Citizen citizen = citizenFor(registration.citizen(), now);
        ContactMoment moment = ContactMoment.register(citizen, registration.channel(), registration.subject(),
                registration.answer(), registration.occurredAt() == null ? now : registration.occurredAt(),
                author.asActor());
        for (String reference : registration.caseReferences()) {
            CaseFile caseFile = cases.findByReference(reference.strip())
                    .orElseThrow(() -> new DomainException(CASE_UNKNOWN, reference.strip()));
            if (!caseFile.getCitizen().hasBsn(citizen.getBsn())
                    || scope.caseAccess(caseFile.getDomain()) != ItemAccess.OPEN) {
                throw new DomainException(CASE_NOT_LINKABLE, caseFile.getReference());
            }
            moment.linkCase(caseFile);
        }
        ContactMoment stored = contactMoments.save(moment);
        LOG.info(() -> "Contact moment registered via " + stored.getChannel() + " with " + stored.getCases().size()
                + " linked case(s)");
        return RegisteredContactMoment.of(stored);
    }

    /**
     * Asks a team to call the citizen back.
     *
     * @return the stored request
     * @throws DomainException {@value #TEAM_UNKNOWN}, {@value #CALLBACK_DUE_PAST} or {@value #CONTACT_MOMENT_UNKNOWN}
     */
    public CallbackRequestView requestCallback(@NotNull @Valid CallbackRequestRegistration registration) {
        StaffMember author = caller();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);
        Team team = teams.findById(registration.teamId()).orElseThrow(() -> new DomainException(TEAM_UNKNOWN));
        LocalDate due = registration.dueDate() == null ? defaultDueDate(today) : registration.dueDate();
        if (due.isBefore(today)) {
            throw new DomainException(CALLBACK_DUE_PAST);
        }
        Citizen citizen = citizenFor(registration.citizen(), now);
        CallbackRequest request = CallbackRequest.request(citizen, team, registration.phone(), registration.question(),
                due, author.asActor(), now);
        if (registration.contactMomentId() != null) {
            ContactMoment moment = contactMoments.findById(registration.contactMomentId())
                    .filter(m -> m.getCitizen().hasBsn(citizen.getBsn()))
                    .orElseThrow(() -> new DomainException(CONTACT_MOMENT_UNKNOWN));
            request.arisingFrom(moment);
        }
        CallbackRequest stored = callbacks.save(request);
        LOG.info(() -> "Callback request " + stored.getId() + " for team " + team.getId() + " due " + due);
        return CallbackRequestView.of(stored, today);
    }

    /**
     * @param today a date
     * @return the default due date of a callback request made that day: the next working day
     */
    public LocalDate defaultDueDate(@NotNull LocalDate today) {
        return calendar.addWorkingDays(today, 1);
    }

    /** @return the teams a callback request can be sent to, by name */
    public List<TeamOption> callbackTeams() {
        return teams.findAll().stream()
                .map(team -> new TeamOption(team.getId(), team.getName(), List.copyOf(team.getDomains()))).toList();
    }

    /**
     * The open callback requests of the caller's teams, earliest due first (at most {@value #MAX_OPEN_REQUESTS}).
     * Each citizen in the list is written to the audit trail (purpose CALLBACK).
     */
    public List<CallbackRequestView> openCallbackRequests() {
        StaffMember member = caller();
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.TIME_ZONE));
        List<CallbackRequestView> open = callbacks.findOpenForTeams(member.getTeams(), MAX_OPEN_REQUESTS).stream()
                .map(request -> CallbackRequestView.of(request, today)).toList();
        accessLog.recordViews(open.stream().map(CallbackRequestView::citizen).toList(),
                PersonalDataEvent.CALLBACK_REQUEST_LISTED, "OPEN_CALLBACK_REQUESTS",
                AccessReason.of(AccessPurpose.CALLBACK));
        return open;
    }

    /**
     * The open callback requests of the caller's teams as {@link #openCallbackRequests()} gives them (and audits
     * them), each with the citizen's name from the BRP: the list says whom to call. The BRP is asked once per
     * citizen; when it does not know him or cannot be asked, the name is {@code null}.
     *
     * @return the rows of the list, earliest due first
     */
    public List<CallbackListEntry> openCallbackRequestList() {
        List<CallbackRequestView> open = openCallbackRequests();
        Map<Bsn, PersonName> names = new HashMap<>();
        for (CallbackRequestView request : open) {
            if (!names.containsKey(request.citizen())) {
                names.put(request.citizen(), registry().map(registry -> registry.lookUp(request.citizen()))
                        .flatMap(lookup -> lookup.person()).map(RegisteredPerson::name).orElse(null));
            }
        }
        return open.stream().map(request -> new CallbackListEntry(request, names.get(request.citizen()))).toList();
    }

    /**
     * A member of the request's team called back.
     *
     * @param id   the request
     * @param note how it went
     * @return the completed request
     * @throws DomainException {@value #CALLBACK_UNKNOWN}, {@value #CALLBACK_NOT_YOUR_TEAM}, or
     *                         {@value CallbackRequest#ALREADY_DONE}
     */
    public CallbackRequestView completeCallbackRequest(long id,
            @NotBlank @Size(max = CallbackRequest.NOTE_MAX_LENGTH) String note) {
        StaffMember member = caller();
        CallbackRequest request = callbacks.findById(id).orElseThrow(() -> new DomainException(CALLBACK_UNKNOWN));
        if (!member.isMemberOf(request.getTeam())) {
            throw new DomainException(CALLBACK_NOT_YOUR_TEAM);
        }
        Instant now = clock.instant();
        request.complete(member.asActor(), note, now);
        LOG.info(() -> "Callback request " + id + " completed");
        return CallbackRequestView.of(request, LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE));
    }

    private StaffMember caller() {
        return staff.findByUsername(context.getCallerPrincipal().getName())
                .filter(StaffMember::isActive)
                .orElseThrow(() -> new DomainException("staff.unknown"));
    }

    /** @return the BRP adapter, when one is deployed */
    private java.util.Optional<PersonRegistry> registry() {
        return registries.isResolvable() ? java.util.Optional.of(registries.get()) : java.util.Optional.empty();
    }

    private Citizen citizenFor(nl.frontoffice.domain.citizen.Bsn bsn, Instant now) {
        return citizens.findByBsn(bsn).orElseGet(() -> citizens.save(Citizen.register(bsn, now)));
    }
}
