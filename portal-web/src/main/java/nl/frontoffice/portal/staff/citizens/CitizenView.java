package nl.frontoffice.portal.staff.citizens;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import nl.frontoffice.citizens.CallerScope;
import nl.frontoffice.citizens.CitizenProfile;
import nl.frontoffice.citizens.CitizenTimeline;
import nl.frontoffice.citizens.CitizenViewService;
import nl.frontoffice.citizens.TimelineItem;
import nl.frontoffice.citizens.TimelineItemKind;
import nl.frontoffice.contact.CallbackRequestRegistration;
import nl.frontoffice.contact.CallbackRequestView;
import nl.frontoffice.contact.ContactMomentRegistration;
import nl.frontoffice.contact.ContactService;
import nl.frontoffice.contact.RegisteredContactMoment;
import nl.frontoffice.contact.TeamOption;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The citizen page {@code /medewerker/klant.xhtml?klant=<token>}: the citizen behind a token of this session
 * ({@link CitizenAccessReasons}), his BRP data ({@link CitizenViewService#profile}) and one timeline of every channel
 * ({@link CitizenViewService#timeline}), both audited with the reason given when he was selected; a form to register
 * a contact moment and one to ask a team to call back ({@link ContactService}).
 *
 * <p>An unknown token (another session's, or none) shows "not found"; a token without a reason asks for the reason
 * first; a caller without need to know this citizen sees the service's refusal. Both forms are posted with a
 * submission key ({@link SubmittedForms}): a double click registers once. After a successful post the page redirects
 * to itself (a reload posts nothing) and the new item is on the timeline.
 */
@Named
@ViewScoped
public class CitizenView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form ids in the page: fields are {@code <form>:<field>}. */
    static final String CONTACT_FORM = "contact-form";
    static final String CALLBACK_FORM = "callback-form";
    static final String REASON_FORM = "reason-form";

    private static final Pattern PHONE = Pattern.compile(ContactDetails.PHONE_PATTERN);

    /** What the page can show. */
    public enum State {
        /** The token is unknown in this session. */
        NOT_FOUND,
        /** The caller has no role of the citizen view. */
        NOT_ALLOWED,
        /** The token is known but no reason was given yet. */
        REASON_NEEDED,
        /** The service refused: no need to know this citizen. */
        REFUSED,
        /** Profile and timeline. */
        SHOWN
    }

    /** A case the caller may link to a contact moment. */
    public record LinkableCase(String reference, String titleKey) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @EJB
    private CitizenViewService citizenView;

    @EJB
    private ContactService contact;

    @Inject
    private CitizenAccessReasons reasons;

    @Inject
    private SubmittedForms submitted;

    @Inject
    private Texts texts;

    private String token;
    private State state;
    private String refusal;
    private CitizenProfile profile;
    private CitizenTimeline timeline;

    // the reason form
    private String purpose;
    private String purposeNote;

    // the contact moment form
    private String channel;
    private String subject;
    private String answer;
    private List<String> linkedCases = new ArrayList<>();
    private String contactKey = newKey();

    // the callback form
    private String teamId;
    private String dueDate;
    private String phone;
    private String question;
    private String callbackKey = newKey();

    private final List<ProblemView> problems = new ArrayList<>();

    /** A problem for the summary above a form: the message and the field to jump to. */
    public record ProblemView(String message, String anchor) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** @return what the page shows; loads the citizen once per view */
    public State getState() {
        if (state == null) {
            load();
        }
        return state;
    }

    private void load() {
        Optional<Bsn> bsn = reasons.citizen(token);
        if (!StaffRolesOfRequest.mayViewCitizens()) {
            state = State.NOT_ALLOWED;
            return;
        }
        if (bsn.isEmpty()) {
            state = State.NOT_FOUND;
            return;
        }
        Optional<AccessReason> reason = reasons.reason(token);
        if (reason.isEmpty()) {
            state = State.REASON_NEEDED;
            return;
        }
        try {
            profile = citizenView.profile(bsn.get(), reason.get());
            timeline = citizenView.timeline(bsn.get(), reason.get());
            state = State.SHOWN;
            prefill(reason.get().purpose());
        } catch (DomainException e) {
            state = State.REFUSED;
            refusal = texts.format(e.getMessageKey(), e.getArguments());
        }
    }

    /** Defaults of the forms: the channel that fits the reason, the next working day, the phone number we know. */
    private void prefill(AccessPurpose purposeGiven) {
        if (channel == null) {
            channel = defaultChannel(purposeGiven).name();
        }
        if (dueDate == null) {
            dueDate = DutchInput.fieldText(contact.defaultDueDate(today()));
        }
        if (phone == null) {
            phone = profile.contactDetails().getPhone().orElse(null);
        }
    }

    /** @return the channel that fits the reason for looking: the counter for a visit, else the phone */
    static Channel defaultChannel(AccessPurpose purpose) {
        return switch (purpose) {
            case COUNTER_VISIT -> Channel.COUNTER;
            case CORRESPONDENCE -> Channel.EMAIL;
            default -> Channel.PHONE;
        };
    }

    // ---- actions ------------------------------------------------------------------------------------------------

    /** "Verder" on the reason form: keeps the reason with the token and shows the citizen. */
    public String giveReason() {
        if (reasons.citizen(token).isEmpty()) {
            state = State.NOT_FOUND;
            return null;
        }
        Optional<AccessPurpose> chosen = CitizenSearchForm.parsePurpose(purpose);
        if (chosen.isEmpty()) {
            show(REASON_FORM, List.of(FieldProblem.of("purpose", "klantbeeld.reason.required")));
            return null;
        }
        Optional<AccessReason> reason = CitizenSearchForm.reasonOf(chosen.get(), purposeNote);
        if (reason.isEmpty()) {
            show(REASON_FORM, List.of(FieldProblem.of("purposeNote", "klantbeeld.reason.note.invalid")));
            return null;
        }
        reasons.giveReason(token, reason.get());
        return self();
    }

    /** "Contactmoment vastleggen". */
    public String registerContact() {
        if (getState() != State.SHOWN) {
            return null;
        }
        List<FieldProblem> found = new ArrayList<>();
        Channel chosen = channelOf(channel);
        if (chosen == null) {
            found.add(FieldProblem.of("channel", "citizen.contact.channel.required"));
        }
        if (DutchInput.clean(subject) == null) {
            found.add(FieldProblem.of("subject", "citizen.contact.subject.required"));
        } else if (subject.strip().length() > ContactMoment.SUBJECT_MAX_LENGTH) {
            found.add(FieldProblem.of("subject", "citizen.contact.subject.tooLong", ContactMoment.SUBJECT_MAX_LENGTH));
        }
        if (answer != null && answer.strip().length() > ContactMoment.OUTCOME_MAX_LENGTH) {
            found.add(FieldProblem.of("answer", "citizen.contact.answer.tooLong", ContactMoment.OUTCOME_MAX_LENGTH));
        }
        List<String> cases = linkedCases == null ? List.of()
                : linkedCases.stream().filter(reference -> getLinkableCases().stream()
                        .anyMatch(linkable -> linkable.reference().equals(reference))).distinct().toList();
        if (!found.isEmpty()) {
            show(CONTACT_FORM, found);
            return null;
        }
        ContactMomentRegistration registration = new ContactMomentRegistration(profile.bsn(), chosen,
                subject.strip(), DutchInput.clean(answer), cases, null);
        try {
            RegisteredContactMoment registered = submitted.once(contactKey,
                    () -> contact.registerContactMoment(registration));
            keepMessage("citizen.contact.done", texts.format(registered.channel().getMessageKey()));
            return self();
        } catch (DomainException e) {
            show(CONTACT_FORM, List.of(FieldProblem.of("subject", e.getMessageKey(), e.getArguments())));
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            show(CONTACT_FORM, List.of(FieldProblem.of("subject", "citizen.contact.invalid")));
        }
        return null;
    }

    /** "Terugbelverzoek versturen". */
    public String requestCallback() {
        if (getState() != State.SHOWN) {
            return null;
        }
        List<FieldProblem> found = new ArrayList<>();
        Long team = DutchInput.wholeNumber(teamId).map(Long::valueOf)
                .filter(id -> getTeams().stream().anyMatch(option -> option.id() == id)).orElse(null);
        if (team == null) {
            found.add(FieldProblem.of("team", "citizen.callback.team.required"));
        }
        Optional<LocalDate> due = DutchInput.date(dueDate);
        if (due.isEmpty()) {
            found.add(FieldProblem.of("dueDate", "citizen.callback.dueDate.invalid"));
        } else if (due.get().isBefore(today())) {
            found.add(FieldProblem.of("dueDate", ContactService.CALLBACK_DUE_PAST));
        }
        String number = DutchInput.clean(phone);
        if (number == null || number.length() > CallbackRequest.PHONE_MAX_LENGTH || !PHONE.matcher(number).matches()) {
            found.add(FieldProblem.of("phone", "citizen.callback.phone.invalid"));
        }
        String asked = DutchInput.clean(question);
        if (asked == null) {
            found.add(FieldProblem.of("question", "citizen.callback.question.required"));
        } else if (asked.length() > CallbackRequest.QUESTION_MAX_LENGTH) {
            found.add(FieldProblem.of("question", "citizen.callback.question.tooLong",
                    CallbackRequest.QUESTION_MAX_LENGTH));
        }
        if (!found.isEmpty()) {
            show(CALLBACK_FORM, found);
            return null;
        }
        CallbackRequestRegistration registration = new CallbackRequestRegistration(profile.bsn(), team, number, asked,
                due.get(), null);
        try {
            CallbackRequestView made = submitted.once(callbackKey, () -> contact.requestCallback(registration));
            keepMessage("citizen.callback.done", made.teamName());
            return self();
        } catch (DomainException e) {
            String field = ContactService.CALLBACK_DUE_PAST.equals(e.getMessageKey()) ? "dueDate" : "team";
            show(CALLBACK_FORM, List.of(FieldProblem.of(field, e.getMessageKey(), e.getArguments())));
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            show(CALLBACK_FORM, List.of(FieldProblem.of("question", "citizen.callback.invalid")));
        }
        return null;
    }

    // ---- what the page shows ------------------------------------------------------------------------------------

    /** @return the BRP data, when the BRP found the citizen */
    public RegisteredPerson getPerson() {
        return profile == null ? null : profile.person().orElse(null);
    }

    public CitizenProfile getProfile() {
        return profile;
    }

    /** @return the timeline's items, newest first */
    public List<TimelineItem> getTimeline() {
        return timeline == null ? List.of() : timeline.items();
    }

    /** @return the refusal of the service, when {@link State#REFUSED} */
    public String getRefusal() {
        return refusal;
    }

    /** @return the cases the caller may link: the citizen's cases in the domains of his teams */
    public List<LinkableCase> getLinkableCases() {
        Map<String, LinkableCase> cases = new LinkedHashMap<>();
        for (TimelineItem item : getTimeline()) {
            if (item.kind() == TimelineItemKind.CASE_OPENED && item.mayOpen() && item.reference() != null) {
                cases.putIfAbsent(item.reference(), new LinkableCase(item.reference(), item.titleKey()));
            }
        }
        return List.copyOf(cases.values());
    }

    /** @return whether the caller may open that case of the citizen (a case of his teams' domains) */
    public boolean mayOpenCase(String reference) {
        return getLinkableCases().stream().anyMatch(linkable -> linkable.reference().equals(reference));
    }

    /** @return the teams a callback request can go to */
    public List<TeamOption> getTeams() {
        return contact.callbackTeams();
    }

    /** @return every channel */
    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    /** @return the purposes to choose from (reason form) */
    public List<AccessPurpose> getPurposes() {
        return List.of(AccessPurpose.values());
    }

    /** @return the reason given for looking at this citizen */
    public AccessReason getReason() {
        return reasons.reason(token).orElse(null);
    }

    /** @return whether the caller may start an intake on the citizen's behalf (KCC, CONSULENT, TEAMLEIDER) */
    public boolean isMayStartIntake() {
        return StaffRolesOfRequest.mayViewCitizens();
    }

    /** @return the problems of the last post, for the summary above the forms */
    public List<ProblemView> getProblems() {
        return problems;
    }

    /** @return whether the last post found a problem with that field of that form (for aria-invalid) */
    public boolean invalid(String form, String field) {
        return FacesContext.getCurrentInstance().getMessageList(form + ":" + field).stream().findAny().isPresent();
    }

    /** @return whether the message is about a refusal for lack of need to know */
    public boolean isNoNeedToKnow() {
        return refusal != null && refusal.equals(texts.format(CallerScope.ACCESS_REFUSED));
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private String self() {
        return "/medewerker/klant.xhtml?faces-redirect=true&klant=" + token;
    }

    private static Channel channelOf(String name) {
        for (Channel candidate : Channel.values()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static LocalDate today() {
        return LocalDate.now(Clock.system(WorkingDayCalendar.TIME_ZONE));
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private void show(String form, List<FieldProblem> found) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : found) {
            String message = texts.format(problem.getMessageKey(), problem.getArguments());
            String clientId = form + ":" + problem.field();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            problems.add(new ProblemView(message, "#" + clientId));
        }
    }

    private void keepMessage(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String message = texts.format(key, arguments);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    // ---- bound properties ---------------------------------------------------------------------------------------

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        if (token == null || !token.equals(this.token)) {
            state = null;
        }
        this.token = token;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    public void setPurposeNote(String purposeNote) {
        this.purposeNote = purposeNote;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public List<String> getLinkedCases() {
        return linkedCases;
    }

    public void setLinkedCases(List<String> linkedCases) {
        this.linkedCases = linkedCases == null ? new ArrayList<>() : new ArrayList<>(linkedCases);
    }

    public String getContactKey() {
        return contactKey;
    }

    public void setContactKey(String contactKey) {
        this.contactKey = contactKey;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getDueDate() {
        return dueDate;
    }

    public void setDueDate(String dueDate) {
        this.dueDate = dueDate;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getCallbackKey() {
        return callbackKey;
    }

    public void setCallbackKey(String callbackKey) {
        this.callbackKey = callbackKey;
    }
}
