package nl.frontoffice.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.intake.AnswerType;
import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.CatalogueQuestion;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * What the citizen sent, for "Mijn zaken" ("what you sent") and the PDF receipt.
 *
 * @param reference            the intake's reference
 * @param submittedAt          when it arrived
 * @param channel              how it arrived
 * @param personalDataVerified whether the personal data came from the BRP
 * @param declaredAt           when the citizen declared it correct, or {@code null} (intakes without the wizard)
 * @param form                 what was entered in the wizard, or {@code null} for an intake registered without it
 * @param areas                the answers per life area in the citizen's order, ready to show (empty without the wizard)
 * @param questions            the questions for help as stored (one per life area; also for intakes without the wizard)
 * @param attachments          the attached files
 * @param cases                the cases opened, with reference and deadline
 * @param consent              per domain whether the citizen allowed sharing with chain partners
 */
public record SubmittedIntake(String reference, Instant submittedAt, Channel channel, boolean personalDataVerified,
                              Instant declaredAt, IntakeForm form, List<AnsweredArea> areas,
                              List<QuestionForHelp> questions, List<AttachmentInfo> attachments,
                              List<CaseSummary> cases, Map<SocialDomain, Boolean> consent) {

    /** Copies the lists. */
    public SubmittedIntake {
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
        attachments = List.copyOf(attachments);
        cases = List.copyOf(cases);
        consent = Map.copyOf(consent);
    }

    /** @return the form, when the intake was made with the wizard */
    public Optional<IntakeForm> wizardForm() {
        return Optional.ofNullable(form);
    }

    static SubmittedIntake of(Intake intake, List<AttachmentInfo> attachments, IntakeCatalogue catalogue) {
        IntakeForm form = intake.getForm().orElse(null);
        List<AnsweredArea> areas = new ArrayList<>();
        if (form != null) {
            catalogue.applicableQuestions(form).forEach((area, list) -> {
                List<AnsweredQuestion> answered = new ArrayList<>();
                for (CatalogueQuestion question : list) {
                    answered.add(new AnsweredQuestion(question, form.answers().get(question.key())));
                }
                areas.add(new AnsweredArea(area, answered));
            });
        }
        Map<SocialDomain, Boolean> consent = new java.util.EnumMap<>(SocialDomain.class);
        for (CaseFile caseFile : intake.getCases()) {
            consent.put(caseFile.getDomain(), caseFile.hasConsentToShare());
        }
        List<QuestionForHelp> questions = intake.getQuestions().stream()
                .map(q -> new QuestionForHelp(q.getDomain(), q.getDescription(), q.getUrgencyReasons(),
                        q.getCaseFile().map(CaseFile::getReference).orElse(null)))
                .toList();
        return new SubmittedIntake(intake.getReference(), intake.getSubmittedAt(), intake.getChannel(),
                intake.isPersonalDataVerified(), intake.getDeclaredAt().orElse(null), form, areas, questions,
                attachments, intake.getCases().stream().map(CaseSummary::of).toList(), consent);
    }

    /**
     * The answers of one life area.
     *
     * @param area    the life area
     * @param answers its questions with the answers given, in the catalogue's order
     */
    public record AnsweredArea(LifeArea area, List<AnsweredQuestion> answers) {

        /** Copies the list. */
        public AnsweredArea {
            answers = List.copyOf(answers);
        }
    }

    /**
     * A question with its answer.
     *
     * @param question the question (label key, arguments, type)
     * @param answer   the raw answer (text, {@code true}/{@code false}, option code), or {@code null} when not answered
     */
    public record AnsweredQuestion(CatalogueQuestion question, String answer) {

        /**
         * @return the message key to show for a yes/no or choice answer (e.g. {@code intake.answer.yes});
         *         empty for a text answer or no answer, which are shown as they are
         */
        public Optional<String> answerKey() {
            if (answer == null || question.type() == AnswerType.TEXT) {
                return Optional.empty();
            }
            if (question.type() == AnswerType.YES_NO) {
                return Optional.of(Boolean.parseBoolean(answer) ? IntakeCatalogue.YES_KEY : IntakeCatalogue.NO_KEY);
            }
            return Optional.of(question.optionKey(answer));
        }
    }

    /**
     * A question for help as stored with the intake (the citizen's own words per domain).
     *
     * @param domain         the domain
     * @param description    the citizen's words
     * @param urgencyReasons why it cannot wait
     * @param caseReference  the case that handles it
     */
    public record QuestionForHelp(SocialDomain domain, String description, Set<UrgencyReason> urgencyReasons,
                                  String caseReference) {
    }
}
