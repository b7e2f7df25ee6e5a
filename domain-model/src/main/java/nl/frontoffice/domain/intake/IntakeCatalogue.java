package nl.frontoffice.domain.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * What the intake wizard asks: the {@link LifeArea life areas}, a few plain-language (B1)
 * questions per area, a question per child in the household when the citizen asks about raising
 * children, and the urgency questions of the debts area that make a debts case urgent (Wgs art. 4a:
 * a first conversation within 3 working days). Also the checks of the answers, with a message key
 * per problem that says how to fix it, and the translation of a complete form into the
 * {@link QuestionDraft questions for help} that open the cases.
 *
 * <p>Every text is a key of the bundle {@code nl.frontoffice.domain.DomainMessages} (Dutch default,
 * English): life areas {@code intake.area.<AREA>} (+ {@code .hint}), questions
 * {@code intake.question.<question key>} (+ {@code .hint}, + {@code .option.<CODE>} per option),
 * yes/no {@code intake.answer.yes}/{@code intake.answer.no}.
 *
 * <p>Stateless and immutable: use {@link #standard()} anywhere.
 *
 * <p>Usage: {@code IntakeCatalogue.standard().questions(LifeArea.WERK)} lists the work questions;
 * {@code check(form)} returns what to fix before submitting (empty when nothing).
 */
public final class IntakeCatalogue {

    /** The longest description of a question in the citizen's own words. */
    public static final int DESCRIPTION_MAX_LENGTH = 2000;
    /** The longest explanation about a child. */
    public static final int EXPLANATION_MAX_LENGTH = 1000;
    /** The most children the wizard asks about. */
    public static final int MAX_CHILDREN = 15;

    /** Message key: choose at least one life area. */
    public static final String AREAS_REQUIRED = "intake.areas.required";
    /** Message key: this question needs an answer. */
    public static final String ANSWER_REQUIRED = "intake.answer.required";
    /** Message key: the text is too long; argument: the maximum. */
    public static final String ANSWER_TOO_LONG = "intake.answer.too-long";
    /** Message key: answer yes or no. */
    public static final String ANSWER_YES_NO = "intake.answer.yes-no";
    /** Message key: choose one of the options. */
    public static final String ANSWER_CHOICE = "intake.answer.choice";
    /** Message key: the name is missing. */
    public static final String NAME_REQUIRED = "intake.person.name.required";
    /** Message key: the date of birth is missing. */
    public static final String BIRTH_DATE_REQUIRED = "intake.person.birth-date.required";
    /** Message key: the address is missing. */
    public static final String ADDRESS_REQUIRED = "intake.person.address.required";
    /** Message key: give a phone number or an e-mail address. */
    public static final String CONTACT_REQUIRED = "intake.contact.required";
    /** Message key: the phone number is not valid. */
    public static final String PHONE_INVALID = "intake.contact.phone.invalid";
    /** Message key: the e-mail address is not valid. */
    public static final String EMAIL_INVALID = "intake.contact.email.invalid";
    /** Message key: choose whether we may share (per domain). */
    public static final String CONSENT_REQUIRED = "intake.consent.required";
    /** Message key of the yes answer. */
    public static final String YES_KEY = "intake.answer.yes";
    /** Message key of the no answer. */
    public static final String NO_KEY = "intake.answer.no";

    private static final String QUESTION_PREFIX = "intake.question.";
    private static final Pattern PHONE = Pattern.compile(ContactDetails.PHONE_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private static final IntakeCatalogue STANDARD = new IntakeCatalogue();

    private final Map<LifeArea, List<CatalogueQuestion>> questions = new EnumMap<>(LifeArea.class);

    private IntakeCatalogue() {
        area(LifeArea.WONEN_EN_HUISHOUDEN,
                choice("wonen.activity", "HUISHOUDEN", "PERSOONLIJKE_VERZORGING", "AANPASSING_WONING", "IETS_ANDERS"),
                yesNo("wonen.help_nearby", true));
        area(LifeArea.VERVOER_EN_EROPUIT,
                choice("vervoer.walking", "MINDER_DAN_100_METER", "100_TOT_500_METER", "MEER_DAN_500_METER"),
                yesNo("vervoer.aid", true));
        area(LifeArea.OPVOEDEN_EN_OPGROEIEN,
                yesNo("jeugd.others_know", true));
        area(LifeArea.INKOMEN,
                choice("inkomen.situation", "GEEN_INKOMEN", "TE_WEINIG_INKOMEN", "INKOMEN_STOPT"),
                yesNo("inkomen.partner_income", false));
        area(LifeArea.WERK,
                choice("werk.current", "GEEN_WERK", "DEELTIJD", "VOLTIJD"),
                yesNo("werk.health", true));
        area(LifeArea.GELDZORGEN_EN_SCHULDEN,
                choice("schulden.amount", "MINDER_DAN_1000", "1000_TOT_5000", "MEER_DAN_5000", "WEET_IK_NIET"),
                urgency("schulden.urgency.eviction", UrgencyReason.EVICTION),
                urgency("schulden.urgency.energy", UrgencyReason.ENERGY_CUT_OFF),
                urgency("schulden.urgency.water", UrgencyReason.WATER_CUT_OFF),
                urgency("schulden.urgency.health_insurance", UrgencyReason.HEALTH_INSURANCE_ENDED));
    }

    /** @return the catalogue of this version of the application */
    public static IntakeCatalogue standard() {
        return STANDARD;
    }

    private void area(LifeArea area, CatalogueQuestion... more) {
        List<CatalogueQuestion> list = new ArrayList<>();
        String description = area.getDescriptionQuestionKey();
        list.add(new CatalogueQuestion(description, QUESTION_PREFIX + description, List.of(),
                QUESTION_PREFIX + description + ".hint", AnswerType.TEXT, true, DESCRIPTION_MAX_LENGTH, List.of(),
                IntakeSection.QUESTIONS, null));
        list.addAll(Arrays.asList(more));
        questions.put(area, Collections.unmodifiableList(list));
    }

    private static CatalogueQuestion choice(String key, String... options) {
        return new CatalogueQuestion(key, QUESTION_PREFIX + key, List.of(), null, AnswerType.CHOICE, true, 0,
                List.of(options), IntakeSection.QUESTIONS, null);
    }

    private static CatalogueQuestion yesNo(String key, boolean required) {
        return new CatalogueQuestion(key, QUESTION_PREFIX + key, List.of(), null, AnswerType.YES_NO, required, 0,
                List.of(), IntakeSection.QUESTIONS, null);
    }

    private static CatalogueQuestion urgency(String key, UrgencyReason reason) {
        return new CatalogueQuestion(key, QUESTION_PREFIX + key, List.of(), null, AnswerType.YES_NO, true, 0,
                List.of(), IntakeSection.SITUATION, reason);
    }

    /** @return every life area, in the order the wizard shows them */
    public List<LifeArea> lifeAreas() {
        return List.of(LifeArea.values());
    }

    /**
     * @param area a life area
     * @return its questions (the description first, then the rest; urgency questions last), without
     *         the questions per child
     */
    public List<CatalogueQuestion> questions(LifeArea area) {
        return questions.get(area);
    }

    /** @return the urgency questions (on the step "Your situation" when the debts area is chosen) */
    public List<CatalogueQuestion> urgencyQuestions() {
        return questions.get(LifeArea.GELDZORGEN_EN_SCHULDEN).stream().filter(q -> q.urgencyReason() != null).toList();
    }

    /**
     * The questions per child, asked on the step "Your situation" when raising children is chosen:
     * for every child "Does {name} need help?" (yes/no) and an optional explanation.
     *
     * @param children the children in the household, in the BRP's order (at most {@value #MAX_CHILDREN} are asked about)
     * @return two questions per child; their keys are {@code jeugd.child.<n>.help} and {@code jeugd.child.<n>.explanation}
     */
    public List<CatalogueQuestion> childQuestions(List<HouseholdChild> children) {
        List<CatalogueQuestion> list = new ArrayList<>();
        for (int i = 0; i < Math.min(children.size(), MAX_CHILDREN); i++) {
            List<String> name = List.of(children.get(i).firstName());
            list.add(new CatalogueQuestion("jeugd.child." + i + ".help", QUESTION_PREFIX + "jeugd.child.help", name,
                    null, AnswerType.YES_NO, true, 0, List.of(), IntakeSection.SITUATION, null));
            list.add(new CatalogueQuestion("jeugd.child." + i + ".explanation", QUESTION_PREFIX + "jeugd.child.explanation",
                    name, null, AnswerType.TEXT, false, EXPLANATION_MAX_LENGTH, List.of(), IntakeSection.SITUATION, null));
        }
        return list;
    }

    /**
     * @param form a form
     * @return every question that applies to the form's life areas, grouped by area in the form's order,
     *         the questions per child under {@link LifeArea#OPVOEDEN_EN_OPGROEIEN}
     */
    public Map<LifeArea, List<CatalogueQuestion>> applicableQuestions(IntakeForm form) {
        Map<LifeArea, List<CatalogueQuestion>> applicable = new LinkedHashMap<>();
        for (LifeArea area : form.lifeAreas()) {
            List<CatalogueQuestion> list = new ArrayList<>(questions(area));
            if (area == LifeArea.OPVOEDEN_EN_OPGROEIEN) {
                list.addAll(childQuestions(form.person().children()));
            }
            applicable.put(area, List.copyOf(list));
        }
        return applicable;
    }

    /**
     * Checks everything that must be right before the intake can be submitted (except the
     * declaration, which the submission itself carries).
     *
     * @param form the form
     * @return what to fix, in the order of the wizard; empty when the form is complete
     */
    public List<FieldProblem> check(IntakeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (IntakeSection section : IntakeSection.values()) {
            problems.addAll(check(form, section));
        }
        return problems;
    }

    /**
     * Checks one step of the wizard, so the portal can refuse to move on (the draft is saved anyway).
     *
     * @param form    the form
     * @param section the step
     * @return what to fix on that step; empty when nothing
     */
    public List<FieldProblem> check(IntakeForm form, IntakeSection section) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (section) {
            case ABOUT_YOU -> checkAboutYou(form, problems);
            case QUESTIONS -> {
                if (form.lifeAreas().isEmpty()) {
                    problems.add(FieldProblem.of(IntakeForm.AREAS, AREAS_REQUIRED));
                }
                checkAnswers(form, IntakeSection.QUESTIONS, problems);
            }
            case SITUATION -> checkAnswers(form, IntakeSection.SITUATION, problems);
            case CONSENT -> {
                for (SocialDomain domain : form.domains()) {
                    if (!form.consent().containsKey(domain)) {
                        problems.add(FieldProblem.of(IntakeForm.CONSENT_PREFIX + domain.name(), CONSENT_REQUIRED));
                    }
                }
            }
        }
        return problems;
    }

    private static void checkAboutYou(IntakeForm form, List<FieldProblem> problems) {
        PersonalData person = form.person();
        if (person.name() == null) {
            problems.add(FieldProblem.of(IntakeForm.PERSON_NAME, NAME_REQUIRED));
        }
        // the BRP may know only a year, or no date at all: the citizen cannot correct that here, so only a typed
        // birth date is required
        if (person.birthDate() == null && !form.personalDataVerified()) {
            problems.add(FieldProblem.of(IntakeForm.PERSON_BIRTH_DATE, BIRTH_DATE_REQUIRED));
        }
        if (person.address() == null) {
            problems.add(FieldProblem.of(IntakeForm.PERSON_ADDRESS, ADDRESS_REQUIRED));
        }
        if (form.phone() == null && form.email() == null) {
            problems.add(FieldProblem.of(IntakeForm.PHONE, CONTACT_REQUIRED));
        }
        if (form.phone() != null && !PHONE.matcher(form.phone()).matches()) {
            problems.add(FieldProblem.of(IntakeForm.PHONE, PHONE_INVALID));
        }
        if (form.email() != null && (form.email().length() > 254 || !EMAIL.matcher(form.email()).matches())) {
            problems.add(FieldProblem.of(IntakeForm.EMAIL, EMAIL_INVALID));
        }
    }

    private void checkAnswers(IntakeForm form, IntakeSection section, List<FieldProblem> problems) {
        for (List<CatalogueQuestion> list : applicableQuestions(form).values()) {
            for (CatalogueQuestion question : list) {
                if (question.section() == section) {
                    checkAnswer(question, form.answers().get(question.key()), problems);
                }
            }
        }
    }

    private static void checkAnswer(CatalogueQuestion question, String answer, List<FieldProblem> problems) {
        String field = question.fieldKey();
        if (answer == null || answer.isBlank()) {
            if (question.required()) {
                problems.add(FieldProblem.of(field, ANSWER_REQUIRED));
            }
            return;
        }
        switch (question.type()) {
            case TEXT -> {
                if (answer.strip().length() > question.maxLength()) {
                    problems.add(FieldProblem.of(field, ANSWER_TOO_LONG, question.maxLength()));
                }
            }
            case YES_NO -> {
                if (!"true".equals(answer) && !"false".equals(answer)) {
                    problems.add(FieldProblem.of(field, ANSWER_YES_NO));
                }
            }
            case CHOICE -> {
                if (!question.options().contains(answer)) {
                    problems.add(FieldProblem.of(field, ANSWER_CHOICE));
                }
            }
        }
    }

    /**
     * What a checked form keeps for the intake: only the answers to the questions of the chosen life
     * areas (answers left behind by an area the citizen unchose are dropped), texts stripped, and
     * consent only for the chosen domains.
     *
     * @param form a form without {@link #check problems}
     * @return the form to store with the intake
     */
    public IntakeForm forSubmission(IntakeForm form) {
        Map<String, String> kept = new LinkedHashMap<>();
        applicableQuestions(form).values().forEach(list -> list.forEach(question -> {
            String answer = form.answers().get(question.key());
            if (answer != null) {
                kept.put(question.key(), question.type() == AnswerType.TEXT ? answer.strip() : answer);
            }
        }));
        Map<SocialDomain, Boolean> consent = new EnumMap<>(SocialDomain.class);
        form.domains().forEach(domain -> {
            if (form.consent().containsKey(domain)) {
                consent.put(domain, form.consent().get(domain));
            }
        });
        return new IntakeForm(form.person(), form.personalDataVerified(), form.phone(), form.email(),
                form.lifeAreas(), kept, consent);
    }

    /**
     * The questions for help of a complete form: one per chosen life area, in the citizen's order,
     * with the area's description as the citizen's own words. The debts question carries the
     * urgency reasons answered "yes", which make its case urgent.
     *
     * @param form a form without {@link #check problems}
     * @return the question drafts that {@link Intake#submit} turns into an intake
     */
    public List<QuestionDraft> questionDrafts(IntakeForm form) {
        List<QuestionDraft> drafts = new ArrayList<>();
        for (LifeArea area : form.lifeAreas()) {
            String description = form.answer(area.getDescriptionQuestionKey())
                    .orElseThrow(() -> new IllegalStateException("Check the form before submitting it"));
            Set<UrgencyReason> reasons = EnumSet.noneOf(UrgencyReason.class);
            for (CatalogueQuestion question : questions(area)) {
                if (question.urgencyReason() != null && "true".equals(form.answers().get(question.key()))) {
                    reasons.add(question.urgencyReason());
                }
            }
            drafts.add(new QuestionDraft(area.getDomain(), description, reasons));
        }
        return drafts;
    }
}
