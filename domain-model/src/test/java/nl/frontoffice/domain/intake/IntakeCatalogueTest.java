package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.testdata.ReferenceData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import static nl.frontoffice.domain.shared.SocialDomain.JEUGD;
import static nl.frontoffice.domain.shared.SocialDomain.PARTICIPATIE;
import static nl.frontoffice.domain.shared.SocialDomain.SCHULDHULPVERLENING;
import static nl.frontoffice.domain.shared.SocialDomain.WMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The intake catalogue: what the wizard asks, in which domain each answer lands, which answers make
 * a debts case urgent, and the checks before submitting.
 */
class IntakeCatalogueTest {

    private final IntakeCatalogue catalogue = IntakeCatalogue.standard();

    private static final PersonalData FAMILY = new PersonalData("J. de Vries", LocalDate.of(1980, 3, 15),
            "Dorpsstraat 1, 1234 AB Voorbeeldstad", "A. de Vries",
            List.of(new HouseholdChild("Sanne", LocalDate.of(2015, 6, 1)), new HouseholdChild("Daan", LocalDate.of(2018, 1, 9))));

    /** A complete form with questions about the home, the children and debts (eviction threatens). */
    static IntakeForm completeForm() {
        Map<String, String> answers = new HashMap<>();
        answers.put("wonen.description", "Ik kan het huis niet meer schoonhouden.");
        answers.put("wonen.activity", "HUISHOUDEN");
        answers.put("wonen.help_nearby", "false");
        answers.put("jeugd.description", "Sanne heeft moeite op school.");
        answers.put("jeugd.others_know", "true");
        answers.put("jeugd.child.0.help", "true");
        answers.put("jeugd.child.0.explanation", "Huiswerkbegeleiding.");
        answers.put("jeugd.child.1.help", "false");
        answers.put("schulden.description", "Ik heb een brief van de deurwaarder.");
        answers.put("schulden.amount", "MEER_DAN_5000");
        answers.put("schulden.urgency.eviction", "true");
        answers.put("schulden.urgency.energy", "false");
        answers.put("schulden.urgency.water", "false");
        answers.put("schulden.urgency.health_insurance", "true");
        return new IntakeForm(FAMILY, true, "06 12345678", "inwoner@example.nl",
                List.of(LifeArea.WONEN_EN_HUISHOUDEN, LifeArea.OPVOEDEN_EN_OPGROEIEN, LifeArea.GELDZORGEN_EN_SCHULDEN),
                answers, Map.of(WMO, true, JEUGD, false, SCHULDHULPVERLENING, true));
    }

    @Test
    void everyLifeAreaOpensTheCaseTypeOfItsDomainAndEveryDomainIsReachable() {
        assertThat(catalogue.lifeAreas()).extracting(LifeArea::getDomain).containsExactly(
                WMO, WMO, JEUGD, PARTICIPATIE, PARTICIPATIE, SCHULDHULPVERLENING);
        assertThat(new HashSet<>(catalogue.lifeAreas().stream().map(LifeArea::getDomain).toList()))
                .containsExactlyInAnyOrder(SocialDomain.values());
        ReferenceData.intakeCaseTypes().forEach((domain, caseType) -> assertThat(caseType.getDomain()).isEqualTo(domain));
    }

    @Test
    void everyAreaStartsWithTheCitizensOwnWordsAndHasAFewPlainQuestions() {
        Set<String> keys = new HashSet<>();
        for (LifeArea area : catalogue.lifeAreas()) {
            List<CatalogueQuestion> questions = catalogue.questions(area);
            assertThat(questions).hasSizeBetween(2, 6);
            CatalogueQuestion first = questions.get(0);
            assertThat(first.key()).isEqualTo(area.getDescriptionQuestionKey());
            assertThat(first.type()).isEqualTo(AnswerType.TEXT);
            assertThat(first.required()).isTrue();
            assertThat(first.maxLength()).isEqualTo(IntakeCatalogue.DESCRIPTION_MAX_LENGTH);
            assertThat(questions).allSatisfy(q -> {
                assertThat(q.key()).startsWith(area.getQuestionPrefix() + ".");
                assertThat(keys.add(q.key())).as("unique key " + q.key()).isTrue();
            });
        }
        assertThat(catalogue.questions(LifeArea.WERK)).extracting(CatalogueQuestion::type)
                .containsExactly(AnswerType.TEXT, AnswerType.CHOICE, AnswerType.YES_NO);
        assertThat(catalogue.urgencyQuestions()).extracting(CatalogueQuestion::urgencyReason)
                .containsExactlyInAnyOrder(UrgencyReason.values());
        assertThat(catalogue.urgencyQuestions()).allSatisfy(q -> assertThat(q.section()).isEqualTo(IntakeSection.SITUATION));
    }

    @Test
    void asksAboutEveryChildOnlyWhenRaisingChildrenIsChosen() {
        List<CatalogueQuestion> perChild = catalogue.childQuestions(FAMILY.children());
        assertThat(perChild).extracting(CatalogueQuestion::key, CatalogueQuestion::labelArguments, CatalogueQuestion::required)
                .containsExactly(
                        tuple("jeugd.child.0.help", List.of("Sanne"), true),
                        tuple("jeugd.child.0.explanation", List.of("Sanne"), false),
                        tuple("jeugd.child.1.help", List.of("Daan"), true),
                        tuple("jeugd.child.1.explanation", List.of("Daan"), false));

        IntakeForm form = completeForm();
        assertThat(catalogue.applicableQuestions(form).get(LifeArea.OPVOEDEN_EN_OPGROEIEN))
                .extracting(CatalogueQuestion::key).contains("jeugd.child.1.help");
        IntakeForm withoutYouth = new IntakeForm(FAMILY, true, "0612345678", null, List.of(LifeArea.WERK), Map.of(), Map.of());
        assertThat(catalogue.applicableQuestions(withoutYouth).values().stream().flatMap(List::stream))
                .noneMatch(q -> q.key().startsWith("jeugd."));
    }

    @Test
    void everyTextHasADutchAndAnEnglishMessage() {
        ResourceBundle dutch = ResourceBundle.getBundle("nl.frontoffice.domain.DomainMessages", Locale.forLanguageTag("nl"));
        ResourceBundle english = ResourceBundle.getBundle("nl.frontoffice.domain.DomainMessages", Locale.ENGLISH);
        List<String> keys = new ArrayList<>(List.of(IntakeCatalogue.YES_KEY, IntakeCatalogue.NO_KEY));
        for (LifeArea area : catalogue.lifeAreas()) {
            keys.add(area.getMessageKey());
            keys.add(area.getHintKey());
            List<CatalogueQuestion> questions = new ArrayList<>(catalogue.questions(area));
            questions.addAll(catalogue.childQuestions(FAMILY.children()));
            for (CatalogueQuestion q : questions) {
                keys.add(q.labelKey());
                q.hint().ifPresent(keys::add);
                q.options().forEach(option -> keys.add(q.optionKey(option)));
            }
        }
        assertThat(keys).allSatisfy(key -> {
            assertThat(dutch.getString(key)).as(key).isNotBlank();
            assertThat(english.getString(key)).as(key).isNotBlank().isNotEqualTo(dutch.getString(key));
        });
        assertThat(java.text.MessageFormat.format(dutch.getString("intake.question.jeugd.child.help"), "Sanne"))
                .isEqualTo("Heeft Sanne hulp nodig?");
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertThat(catalogue.check(completeForm())).isEmpty();
    }

    @Test
    void anEmptyFormSaysWhatIsMissingPerStep() {
        IntakeForm empty = IntakeForm.empty();
        assertThat(catalogue.check(empty, IntakeSection.ABOUT_YOU)).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("person.name", IntakeCatalogue.NAME_REQUIRED),
                        tuple("person.birth_date", IntakeCatalogue.BIRTH_DATE_REQUIRED),
                        tuple("person.address", IntakeCatalogue.ADDRESS_REQUIRED),
                        tuple("contact.phone", IntakeCatalogue.CONTACT_REQUIRED));
        assertThat(catalogue.check(empty, IntakeSection.QUESTIONS)).extracting(FieldProblem::field)
                .containsExactly("areas");

        IntakeForm onlyChosen = new IntakeForm(FAMILY, true, null, "inwoner@example.nl",
                List.of(LifeArea.GELDZORGEN_EN_SCHULDEN), Map.of(), Map.of());
        assertThat(catalogue.check(onlyChosen)).extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                tuple("answer.schulden.description", IntakeCatalogue.ANSWER_REQUIRED),
                tuple("answer.schulden.amount", IntakeCatalogue.ANSWER_REQUIRED),
                tuple("answer.schulden.urgency.eviction", IntakeCatalogue.ANSWER_REQUIRED),
                tuple("answer.schulden.urgency.energy", IntakeCatalogue.ANSWER_REQUIRED),
                tuple("answer.schulden.urgency.water", IntakeCatalogue.ANSWER_REQUIRED),
                tuple("answer.schulden.urgency.health_insurance", IntakeCatalogue.ANSWER_REQUIRED),
                tuple("consent.SCHULDHULPVERLENING", IntakeCatalogue.CONSENT_REQUIRED));
    }

    @Test
    void aBirthDateTheBrpDoesNotKnowIsNotAskedButATypedOneIs() {
        PersonalData yearOnly = new PersonalData("L. Jansz", null, "Exloërmond 3, 9573 PA Borger-Odoorn", null, List.of());
        IntakeForm verified = new IntakeForm(yearOnly, true, null, "inwoner@example.nl", List.of(), Map.of(), Map.of());
        IntakeForm typed = new IntakeForm(yearOnly, false, null, "inwoner@example.nl", List.of(), Map.of(), Map.of());

        assertThat(catalogue.check(verified, IntakeSection.ABOUT_YOU)).isEmpty();
        assertThat(catalogue.check(typed, IntakeSection.ABOUT_YOU)).extracting(FieldProblem::field)
                .containsExactly("person.birth_date");
    }

    @Test
    void wrongAnswersAreRefusedWithAMessageThatSaysHowToFixThem() {
        IntakeForm complete = completeForm();
        Map<String, String> answers = new LinkedHashMap<>(complete.answers());
        answers.put("wonen.description", "x".repeat(IntakeCatalogue.DESCRIPTION_MAX_LENGTH + 1));
        answers.put("wonen.activity", "ZWEMMEN");
        answers.put("wonen.help_nearby", "misschien");
        IntakeForm wrong = new IntakeForm(complete.person(), true, "bel me maar", "geen-adres",
                complete.lifeAreas(), answers, complete.consent());

        assertThat(catalogue.check(wrong)).containsExactly(
                FieldProblem.of("contact.phone", IntakeCatalogue.PHONE_INVALID),
                FieldProblem.of("contact.email", IntakeCatalogue.EMAIL_INVALID),
                FieldProblem.of("answer.wonen.description", IntakeCatalogue.ANSWER_TOO_LONG, IntakeCatalogue.DESCRIPTION_MAX_LENGTH),
                FieldProblem.of("answer.wonen.activity", IntakeCatalogue.ANSWER_CHOICE),
                FieldProblem.of("answer.wonen.help_nearby", IntakeCatalogue.ANSWER_YES_NO));
    }

    @Test
    void theSubmittedFormKeepsOnlyTheAnswersOfTheChosenAreas() {
        IntakeForm complete = completeForm();
        Map<String, String> answers = new HashMap<>(complete.answers());
        answers.put("werk.description", "Van een eerder gekozen onderwerp");
        answers.put("wonen.description", "  Ik kan het huis niet meer schoonhouden.  ");
        Map<SocialDomain, Boolean> consent = new HashMap<>(complete.consent());
        consent.put(PARTICIPATIE, true);
        IntakeForm withLeftovers = new IntakeForm(complete.person(), true, complete.phone(), complete.email(),
                complete.lifeAreas(), answers, consent);

        IntakeForm kept = catalogue.forSubmission(withLeftovers);

        assertThat(kept.answers()).doesNotContainKey("werk.description").hasSize(complete.answers().size());
        assertThat(kept.answer("wonen.description")).contains("Ik kan het huis niet meer schoonhouden.");
        assertThat(kept.consent()).containsOnlyKeys(WMO, JEUGD, SCHULDHULPVERLENING);
    }

    @Test
    void theUrgencyAnswersMakeTheDebtsCaseUrgentWithThreeWorkingDays() {
        IntakeForm form = completeForm();
        List<QuestionDraft> drafts = catalogue.questionDrafts(form);
        assertThat(drafts).extracting(QuestionDraft::domain, QuestionDraft::urgencyReasons).containsExactly(
                tuple(WMO, Set.of()),
                tuple(JEUGD, Set.of()),
                tuple(SCHULDHULPVERLENING, Set.of(UrgencyReason.EVICTION, UrgencyReason.HEALTH_INSURANCE_ENDED)));

        // Wednesday 23 December 2026: Christmas and the weekend are not working days
        Instant submitted = Instant.parse("2026-12-23T09:00:00Z");
        Intake intake = Intake.submit(Citizen.register(Bsn.of("999993847"), submitted), Channel.WEB,
                Actor.citizen("Inwoner"), drafts, submitted);
        List<CaseFile> cases = intake.openCases(ReferenceData.intakeCaseTypes()::get, intake.getSubmissionDate(),
                WorkingDayCalendar.netherlands(), Actor.system(), submitted);
        assertThat(cases).extracting(CaseFile::getDomain, CaseFile::isUrgent, CaseFile::getDeadline).containsExactly(
                tuple(WMO, false, LocalDate.of(2027, 2, 3)),
                tuple(JEUGD, false, LocalDate.of(2027, 2, 17)),
                tuple(SCHULDHULPVERLENING, true, LocalDate.of(2026, 12, 29)));

        // without an urgency "yes" the debts case gets the regular 4 weeks
        Map<String, String> calm = new HashMap<>(form.answers());
        calm.put("schulden.urgency.eviction", "false");
        calm.put("schulden.urgency.health_insurance", "false");
        IntakeForm notUrgent = new IntakeForm(form.person(), true, form.phone(), form.email(),
                List.of(LifeArea.GELDZORGEN_EN_SCHULDEN), calm, Map.of(SCHULDHULPVERLENING, false));
        Intake calmIntake = Intake.submit(Citizen.register(Bsn.of("999993847"), submitted), Channel.WEB,
                Actor.citizen("Inwoner"), catalogue.questionDrafts(notUrgent), submitted);
        assertThat(calmIntake.openCases(ReferenceData.intakeCaseTypes()::get, calmIntake.getSubmissionDate(),
                WorkingDayCalendar.netherlands(), Actor.system(), submitted))
                .extracting(CaseFile::isUrgent, CaseFile::getDeadline)
                .containsExactly(tuple(false, LocalDate.of(2027, 1, 20)));
    }

    @Test
    void theFormSurvivesTheRoundTripThroughItsFieldsAndIgnoresWhatItDoesNotKnow() {
        IntakeForm form = completeForm();
        Map<String, String> fields = new LinkedHashMap<>(form.toFields());
        assertThat(fields).containsEntry("areas", "WONEN_EN_HUISHOUDEN,OPVOEDEN_EN_OPGROEIEN,GELDZORGEN_EN_SCHULDEN")
                .containsEntry("person.child.1.name", "Daan")
                .containsEntry("answer.schulden.urgency.eviction", "true")
                .containsEntry("consent.JEUGD", "false")
                .containsEntry("person.verified", "true");
        assertThat(fields).allSatisfy((key, value) -> {
            assertThat(key.length()).isLessThanOrEqualTo(IntakeForm.KEY_MAX_LENGTH);
            assertThat(value.length()).isLessThanOrEqualTo(IntakeForm.VALUE_MAX_LENGTH);
        });
        assertThat(IntakeForm.fromFields(fields, IntakeForm.FIELDS_VERSION)).isEqualTo(form);

        // what a later or earlier version wrote and this one does not know is skipped
        fields.put("areas", "WONEN_EN_HUISHOUDEN,MANTELZORG,GELDZORGEN_EN_SCHULDEN");
        fields.put("consent.ONBEKEND", "true");
        fields.put("iets.nieuws", "waarde");
        IntakeForm read = IntakeForm.fromFields(fields, IntakeForm.FIELDS_VERSION);
        assertThat(read.lifeAreas()).containsExactly(LifeArea.WONEN_EN_HUISHOUDEN, LifeArea.GELDZORGEN_EN_SCHULDEN);
        assertThat(read.consent()).isEqualTo(form.consent());
        assertThat(form.toString()).doesNotContain("Vries", "Dorpsstraat", "inwoner@");
    }
}
