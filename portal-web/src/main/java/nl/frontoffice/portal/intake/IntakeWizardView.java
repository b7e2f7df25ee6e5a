package nl.frontoffice.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.AttachmentPolicy;
import nl.frontoffice.domain.intake.AttachmentRefusedException;
import nl.frontoffice.domain.intake.CatalogueQuestion;
import nl.frontoffice.domain.intake.DraftConflictException;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.IntakeSection;
import nl.frontoffice.domain.intake.IntakeValidationException;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.intake.DraftSave;
import nl.frontoffice.intake.DraftView;
import nl.frontoffice.intake.IntakeDraftService;
import nl.frontoffice.intake.IntakeReceipt;
import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.IntakeSubmission;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The intake wizard: one bean behind the pages of {@link WizardStep}, for a citizen logged in with
 * DigiD and for staff taking the intake on a citizen's behalf by phone or at the counter (who is
 * who, and where the pages live, is {@link IntakeParty}'s). Every request starts from the draft on the server
 * ({@link IntakeDraftService}), so the state survives back and forward, logout, the idle timeout
 * and a server restart; every button saves what is on the page, also when something is not right
 * yet (the citizen loses nothing), and "Volgende" goes on only when the step's checks pass.
 *
 * <p>Personal data comes from the BRP through {@link CitizenProfile} and is shown read-only; only
 * when the BRP does not answer does the citizen type it, and the intake records that it was not
 * verified. Checks are the catalogue's ({@link IntakeCatalogue}), on the server; each problem is
 * shown at its field and in a summary at the top with a link to the field.
 */
@Named("wizard")
@RequestScoped
public class IntakeWizardView {

    /** How the citizen appears in drafts and histories (the name comes from the BRP, not from here). */
    static final Actor AUTHOR = Actor.citizen("Inwoner");

    /** The form's id in every step page: fields are {@code wizard-form:<field id>}. */
    static final String FORM_ID = "wizard-form";

    /** The upload form of the attachments step, and its file field. */
    static final String UPLOAD_FORM_ID = "upload-form";
    static final String ATTACHMENT_FIELD = "attachment";

    @EJB
    private IntakeDraftService drafts;

    @EJB
    private IntakeService intakes;

    @Inject
    private IntakeParty party;

    @Inject
    private Texts texts;

    private final IntakeCatalogue catalogue = IntakeCatalogue.standard();

    private Bsn bsn;
    private Actor author;
    private DraftView draft;
    private Optional<PersonalData> fromBrp;

    // what the pages edit
    private String phone;
    private String email;
    private String manualName;
    private LocalDate manualBirthDate;
    private String manualAddress;
    private String channel;
    private List<String> areas = new ArrayList<>();
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> consent = new LinkedHashMap<>();
    private boolean declaration;
    private Part upload;
    private Long postedDraftId;
    private Long postedDraftVersion;
    private String submissionKey;

    private final List<ProblemView> problems = new ArrayList<>();

    /** A problem for the summary at the top of the page: the message and the field to jump to. */
    public record ProblemView(String message, String anchor) {
    }

    @PostConstruct
    void load() {
        submissionKey = UUID.randomUUID().toString();
        if (!party.isKnown()) {
            // a staff page without a citizen this session looked up: the pages say "not found", actions refuse
            return;
        }
        bsn = party.bsn();
        author = party.author();
        draft = drafts.load(bsn, author).orElse(null);
        channel = (draft == null ? party.defaultChannel() : draft.channel()).name();
        IntakeForm form = draft == null ? IntakeForm.empty() : draft.form();
        phone = form.phone();
        email = form.email();
        if (!form.personalDataVerified()) {
            manualName = form.person().name();
            manualBirthDate = form.person().birthDate();
        }
        manualAddress = form.person().address();
        areas = form.lifeAreas().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        answers.putAll(form.answers());
        form.consent().forEach((domain, granted) -> consent.put(domain.name(), granted.toString()));
    }

    // ---- navigation ---------------------------------------------------------------------------------------------

    /**
     * Before the start page ({@code index.xhtml}) renders: redirects to the step the draft was left
     * at, or the first (nothing for staff without a known citizen: the page says so).
     */
    public void resumeOnRender() throws IOException {
        if (!party.isKnown()) {
            return;
        }
        WizardStep step = draft == null ? WizardStep.ABOUT_YOU
                : WizardStep.ofSlug(draft.currentStep()).orElse(WizardStep.ABOUT_YOU);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().redirect(pageUrl(step.page()));
        context.responseComplete();
    }

    /** "Volgende": saves the page, and goes on when the step's checks pass. */
    public String next(String slug) {
        if (!party.isKnown()) {
            return null;
        }
        WizardStep step = step(slug);
        IntakeForm form = form();
        List<FieldProblem> found = problemsOf(step, form);
        WizardStep target = found.isEmpty() ? step.next().orElse(step) : step;
        if (!save(form, target)) {
            return null;
        }
        if (!found.isEmpty()) {
            show(found);
            return null;
        }
        return redirect(target);
    }

    /** "Vorige": saves the page as it is, without checks, and goes back. */
    public String previous(String slug) {
        if (!party.isKnown()) {
            return null;
        }
        WizardStep step = step(slug);
        WizardStep target = step.previous().orElse(step);
        return save(form(), target) ? redirect(target) : null;
    }

    /** "Opslaan en later verder": saves the page as it is and goes to the personal area (staff: the citizen's page). */
    public String saveForLater(String slug) {
        if (!party.isKnown()) {
            return null;
        }
        WizardStep step = step(slug);
        if (!save(form(), step)) {
            return null;
        }
        return party.saveForLaterOutcome();
    }

    // ---- attachments --------------------------------------------------------------------------------------------

    /** "Bestand toevoegen": checks the file by its content and keeps it with the draft. */
    public String addAttachment() {
        if (!party.isKnown()) {
            return null;
        }
        String field = ATTACHMENT_FIELD;
        if (upload == null || upload.getSize() == 0 && (upload.getSubmittedFileName() == null
                || upload.getSubmittedFileName().isBlank())) {
            show(List.of(FieldProblem.of(field, "intake.attachment.none")));
            return null;
        }
        AttachmentPolicy policy = drafts.attachmentPolicy();
        if (upload.getSize() > policy.maxBytes()) {
            show(List.of(FieldProblem.of(field, AttachmentPolicy.TOO_LARGE, policy.maxMegabytes())));
            return null;
        }
        if (draft == null && !save(form(), WizardStep.ATTACHMENTS)) {
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(upload.getSize(), policy.maxBytes()) + 1);
            drafts.addAttachment(bsn, author, upload.getSubmittedFileName(), content);
        } catch (AttachmentRefusedException e) {
            show(List.of(FieldProblem.of(field, e.getMessageKey(), e.getArguments())));
            return null;
        } catch (IOException e) {
            show(List.of(FieldProblem.of(field, "intake.attachment.unreadable")));
            return null;
        }
        keepMessage("intake.attachment.added");
        return redirect(WizardStep.ATTACHMENTS);
    }

    /** "Verwijderen" next to an attachment. */
    public String removeAttachment(long id) {
        if (!party.isKnown()) {
            return null;
        }
        try {
            drafts.removeAttachment(bsn, author, id);
        } catch (DomainException e) {
            show(List.of(FieldProblem.of(ATTACHMENT_FIELD, e.getMessageKey(), e.getArguments())));
            return null;
        }
        return redirect(WizardStep.ATTACHMENTS);
    }

    // ---- sending ------------------------------------------------------------------------------------------------

    /**
     * "Versturen": saves the consent, checks everything, and submits the draft once. A second click,
     * a refresh or a retry of the same draft gets the same receipt (the service is idempotent per
     * draft), even after the draft is gone.
     */
    public String send() {
        if (!party.isKnown()) {
            return null;
        }
        long draftId;
        long draftVersion;
        if (draft == null) {
            if (postedDraftId == null || postedDraftVersion == null) {
                show(List.of(FieldProblem.of("wizard", "intake.draft.unknown")));
                return null;
            }
            // sent already (a second click): the service answers with the first receipt
            draftId = postedDraftId;
            draftVersion = postedDraftVersion;
        } else {
            IntakeForm form = form();
            List<FieldProblem> found = problemsOf(WizardStep.CHECK, form);
            if (!save(form, WizardStep.CHECK)) {
                return null;
            }
            if (!found.isEmpty()) {
                show(found);
                return null;
            }
            draftId = draft.id();
            draftVersion = draft.version();
        }
        try {
            IntakeReceipt receipt = intakes.submit(new IntakeSubmission(bsn, author, draftId, draftVersion,
                    consentByDomain(), declaration || draft == null, submissionKey));
            return party.redirectTo("verstuurd.xhtml", "referentie=" + receipt.reference());
        } catch (IntakeValidationException e) {
            show(e.getProblems());
        } catch (DraftConflictException e) {
            show(List.of(FieldProblem.of("wizard", e.getMessageKey(), e.getArguments())));
        } catch (DomainException e) {
            show(List.of(FieldProblem.of("wizard", e.getMessageKey(), e.getArguments())));
        }
        return null;
    }

    // ---- what the pages show ------------------------------------------------------------------------------------

    /** @return the personal data the intake uses: from the BRP when it answers, else what the citizen typed */
    public PersonalData getPerson() {
        return person();
    }

    /** @return whether the BRP answered but has no Dutch address (abroad, unknown): the citizen gives one to reach them */
    public boolean isAddressAsked() {
        return brp().map(data -> data.address() == null).orElse(false);
    }

    /** @return whether the personal data comes from the BRP (shown read-only) */
    public boolean isPersonVerified() {
        return brp().isPresent();
    }

    /** @return whether there is a citizen to take the intake for (false: a staff page with an unknown token) */
    public boolean isKnown() {
        return party.isKnown();
    }

    /** @return whether staff take the intake on the citizen's behalf */
    public boolean isOnBehalf() {
        return party.isStaff();
    }

    /** @return the token naming the citizen on the staff pages (a hidden field of every form), or {@code null} */
    public String getCitizenToken() {
        return party.getToken();
    }

    /** @return the channels staff can record the intake on */
    public List<Channel> getChannels() {
        return List.of(Channel.PHONE, Channel.COUNTER);
    }

    /** @return whether the channel can still be chosen (until the draft is first saved) */
    public boolean isChannelOpen() {
        return party.isStaff() && draft == null;
    }

    /** @return the address of a wizard page of this party (context path, page, and for staff the citizen's token) */
    public String pageUrl(String page) {
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + party.pagePath(page);
        return party.getToken() == null ? path : path + "?" + IntakeParty.CITIZEN_PARAMETER + "=" + party.getToken();
    }

    /** @return every life area the citizen can choose */
    public List<LifeArea> getLifeAreas() {
        return catalogue.lifeAreas();
    }

    /** @return the chosen life areas with their questions of the "Uw vragen" step */
    public Map<LifeArea, List<CatalogueQuestion>> getQuestionsByArea() {
        return questionsOf(IntakeSection.QUESTIONS);
    }

    /** @return the questions of the "Uw situatie" step (per child, urgency), by life area */
    public Map<LifeArea, List<CatalogueQuestion>> getSituationQuestions() {
        return questionsOf(IntakeSection.SITUATION);
    }

    /** @return whether the situation step has questions (youth care or debts chosen) */
    public boolean isSituationAsked() {
        return !getSituationQuestions().isEmpty();
    }

    /** @return the domains the chosen life areas lead to, for the consent per domain */
    public List<SocialDomain> getDomains() {
        return List.copyOf(form().domains());
    }

    /** @return the attachments kept with the draft */
    public List<AttachmentInfo> getAttachments() {
        return draft == null ? List.of() : draft.attachments();
    }

    /** @return the attachment rules (size and count) */
    public AttachmentPolicy getAttachmentPolicy() {
        return drafts.attachmentPolicy();
    }

    /** @return the steps in order, for the progress indicator */
    public List<WizardStep> getSteps() {
        return List.of(WizardStep.values());
    }

    /** @return the step of that page name, for the step pages' template */
    public WizardStep stepOf(String slug) {
        return step(slug);
    }

    /** @return the problems of the last action, for the summary at the top */
    public List<ProblemView> getProblems() {
        return problems;
    }

    /** @return the question's label in the page's language, with its arguments (e.g. a child's name) */
    public String label(CatalogueQuestion question) {
        return texts.label(question);
    }

    /** @return the answer's text for the summary: the text itself, or the label of the yes/no or choice */
    public String answerText(CatalogueQuestion question) {
        String answer = answers.get(question.key());
        if (answer == null || answer.isBlank()) {
            return null;
        }
        return switch (question.type()) {
            case TEXT -> answer;
            case YES_NO -> text("true".equals(answer) ? IntakeCatalogue.YES_KEY : IntakeCatalogue.NO_KEY);
            case CHOICE -> question.options().contains(answer) ? text(question.optionKey(answer)) : answer;
        };
    }

    /** @return the id of a field's component (letters, digits, {@code _}), e.g. {@code answer_wonen_description} */
    public String idOf(String fieldKey) {
        return fieldKey.replaceAll("[^A-Za-z0-9]", "_");
    }

    /** @return whether the last action found a problem with that field (for aria-invalid) */
    public boolean invalid(String fieldKey) {
        String clientId = clientIdOf(fieldKey);
        return FacesContext.getCurrentInstance().getMessageList(clientId).stream().findAny().isPresent();
    }

    /** @return the draft's id as the page was rendered (hidden field: a second "Versturen" finds the first receipt) */
    public Long getDraftId() {
        return draft == null ? postedDraftId : Long.valueOf(draft.id());
    }

    public void setDraftId(Long draftId) {
        this.postedDraftId = draftId;
    }

    /** @return the draft's version as the page was rendered */
    public Long getDraftVersion() {
        return draft == null ? postedDraftVersion : Long.valueOf(draft.version());
    }

    public void setDraftVersion(Long draftVersion) {
        this.postedDraftVersion = draftVersion;
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private Map<LifeArea, List<CatalogueQuestion>> questionsOf(IntakeSection section) {
        Map<LifeArea, List<CatalogueQuestion>> result = new LinkedHashMap<>();
        catalogue.applicableQuestions(form()).forEach((area, questions) -> {
            List<CatalogueQuestion> inSection = questions.stream().filter(q -> q.section() == section).toList();
            if (!inSection.isEmpty()) {
                result.put(area, inSection);
            }
        });
        return result;
    }

    /** The form as the page shows it now. */
    IntakeForm form() {
        PersonalData person = person();
        List<LifeArea> chosen = areas.stream()
                .flatMap(name -> catalogue.lifeAreas().stream().filter(area -> area.name().equals(name)))
                .toList();
        return new IntakeForm(person, brp().isPresent(), phone, email, chosen, answers, consentByDomain());
    }

    /**
     * The personal data: the BRP's, with the address the citizen typed when the BRP has none; or
     * all typed when the BRP did not answer.
     */
    private PersonalData person() {
        return brp()
                .map(brp -> brp.address() != null ? brp
                        : new PersonalData(brp.name(), brp.birthDate(), manualAddress, brp.partnerName(), brp.children()))
                .orElseGet(() -> new PersonalData(manualName, manualBirthDate, manualAddress, null, List.of()));
    }

    /** The BRP's data of the citizen, asked once per request (the party keeps it for the session). */
    private Optional<PersonalData> brp() {
        if (fromBrp == null) {
            fromBrp = party.isKnown() ? party.personalData(draft == null ? channelOfNewDraft() : draft.channel())
                    : Optional.empty();
        }
        return fromBrp;
    }

    /** The channel of a new draft: the one staff chose, if it is one they may record; else the party's default. */
    private Channel channelOfNewDraft() {
        for (Channel candidate : Channel.values()) {
            if (candidate.name().equals(channel) && party.allows(candidate)) {
                return candidate;
            }
        }
        return party.defaultChannel();
    }

    private Map<SocialDomain, Boolean> consentByDomain() {
        Map<SocialDomain, Boolean> result = new EnumMap<>(SocialDomain.class);
        consent.forEach((domain, value) -> {
            for (SocialDomain candidate : SocialDomain.values()) {
                if (candidate.name().equals(domain) && ("true".equals(value) || "false".equals(value))) {
                    result.put(candidate, Boolean.valueOf(value));
                }
            }
        });
        return result;
    }

    private List<FieldProblem> problemsOf(WizardStep step, IntakeForm form) {
        List<FieldProblem> found = new ArrayList<>();
        step.section().ifPresent(section -> found.addAll(drafts.check(form, section)));
        return switch (step) {
            case TOPICS -> found.stream().filter(p -> IntakeForm.AREAS.equals(p.field())).toList();
            case QUESTIONS -> found.stream().filter(p -> !IntakeForm.AREAS.equals(p.field())).toList();
            case CHECK -> {
                if (!declaration) {
                    found.add(FieldProblem.of("declaration", "intake.declaration.required"));
                }
                yield found;
            }
            default -> found;
        };
    }

    /** Saves the draft; on a conflict (another window saved meanwhile) says so and returns false. */
    private boolean save(IntakeForm form, WizardStep currentStep) {
        try {
            draft = drafts.save(new DraftSave(bsn, author, draft == null ? channelOfNewDraft() : draft.channel(),
                    draft == null ? null : draft.version(),
                    currentStep.slug(), form));
            return true;
        } catch (DraftConflictException e) {
            show(List.of(FieldProblem.of("wizard", e.getMessageKey(), e.getArguments())));
            return false;
        } catch (IntakeValidationException e) {
            show(e.getProblems());
            return false;
        }
    }

    private void show(List<FieldProblem> found) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : found) {
            String message = text(problem.getMessageKey(), problem.getArguments());
            String clientId = clientIdOf(problem.field());
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            problems.add(new ProblemView(message, anchorOf(problem.field(), clientId)));
        }
    }

    /** The client id of a field's component: the upload has a form of its own (multipart). */
    private String clientIdOf(String field) {
        return (ATTACHMENT_FIELD.equals(field) ? UPLOAD_FORM_ID : FORM_ID) + ":" + idOf(field);
    }

    /** A link to the field of a problem; a problem of another step links to that step's page. */
    private String anchorOf(String field, String clientId) {
        WizardStep owner = stepOfField(field);
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (owner != null && !viewId.equals(party.pagePath(owner.page()))) {
            return pageUrl(owner.page());
        }
        return "#" + clientId;
    }

    private WizardStep stepOfField(String field) {
        if (field.startsWith("person.") || field.startsWith("contact.")) {
            return WizardStep.ABOUT_YOU;
        }
        if (IntakeForm.AREAS.equals(field)) {
            return WizardStep.TOPICS;
        }
        if (field.startsWith(CatalogueQuestion.FIELD_PREFIX)) {
            String key = field.substring(CatalogueQuestion.FIELD_PREFIX.length());
            boolean situation = catalogue.applicableQuestions(form()).values().stream().flatMap(List::stream)
                    .anyMatch(q -> q.key().equals(key) && q.section() == IntakeSection.SITUATION);
            return situation ? WizardStep.SITUATION : WizardStep.QUESTIONS;
        }
        return null;
    }

    private void keepMessage(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String message = text(key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    private String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    private static WizardStep step(String slug) {
        return WizardStep.ofSlug(slug).orElseThrow(() -> new IllegalArgumentException("no wizard step " + slug));
    }

    private String redirect(WizardStep step) {
        return party.redirectTo(step.page(), "");
    }

    // ---- bound properties ---------------------------------------------------------------------------------------

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getManualName() {
        return manualName;
    }

    public void setManualName(String manualName) {
        this.manualName = manualName;
    }

    public LocalDate getManualBirthDate() {
        return manualBirthDate;
    }

    public void setManualBirthDate(LocalDate manualBirthDate) {
        this.manualBirthDate = manualBirthDate;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getManualAddress() {
        return manualAddress;
    }

    public void setManualAddress(String manualAddress) {
        this.manualAddress = manualAddress;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : new ArrayList<>(areas);
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getConsent() {
        return consent;
    }

    public boolean isDeclaration() {
        return declaration;
    }

    public void setDeclaration(boolean declaration) {
        this.declaration = declaration;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
