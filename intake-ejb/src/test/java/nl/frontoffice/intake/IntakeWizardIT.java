package nl.frontoffice.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.cases.CaseService;
import nl.frontoffice.cases.TestCallers;
import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.AttachmentPolicy;
import nl.frontoffice.domain.intake.AttachmentRefusedException;
import nl.frontoffice.domain.intake.DraftConflictException;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.IntakeValidationException;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.testing.ComponentTestDeployment;
import nl.frontoffice.testing.TestClock;

/**
 * The service layer behind the intake wizard on Payara Micro and a real database: drafts saved and
 * resumed across calls, optimistic locking, submission of three questions in three domains into
 * three cases with their deadlines and a contact moment, idempotent submission, attachments checked
 * by content, and the PDF receipt for its own citizen only.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeWizardIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(IntakeWizardIT.class, TestClock.class, IntakeWizardFixture.class,
                        IntakeWizardFixture.SubmittedEvents.class, IntakeWizardFixture.StoredContactMoment.class,
                        TestCallers.class, TestCallers.Caller.class, TestCallers.Mechanism.class, TestCallers.Exchange.class)
                .addAsWebInfResource(new StringAsset(TestCallers.ROLE_MAPPING), "payara-web.xml");
    }

    private static final Actor CITIZEN = Actor.citizen("Inwoner");

    @EJB
    private IntakeDraftService drafts;

    @EJB
    private IntakeService intakes;

    @EJB
    private CaseService cases;

    @EJB
    private IntakeWizardFixture fixture;

    @EJB
    private IntakeDraftRetention retention;

    @Inject
    private IntakeWizardFixture.SubmittedEvents submittedEvents;

    @Inject
    private TestClock clock;

    @Inject
    private TestCallers callers;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Bsn newBsn() {
        while (true) {
            String candidate = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
            if (Bsn.isValid(candidate)) {
                return Bsn.of(candidate);
            }
        }
    }

    private static final PersonalData FAMILY = new PersonalData("J. de Vri\u00ebs", LocalDate.of(1980, 3, 15),
            "Dorpsstraat 1, 1234 AB Voorbeeldstad", "A. de Vries",
            List.of(new HouseholdChild("Sanne", LocalDate.of(2015, 6, 1))));

    /** Help at home, a child who needs support and debts with eviction threatening: three domains. */
    private static IntakeForm threeDomains() {
        Map<String, String> answers = new HashMap<>();
        answers.put("wonen.description", "Ik kan het huis niet meer schoonhouden.");
        answers.put("wonen.activity", "HUISHOUDEN");
        answers.put("wonen.help_nearby", "false");
        answers.put("jeugd.description", "Sanne heeft moeite op school.");
        answers.put("jeugd.others_know", "true");
        answers.put("jeugd.child.0.help", "true");
        answers.put("schulden.description", "Ik heb een brief over huisuitzetting gekregen.");
        answers.put("schulden.amount", "MEER_DAN_5000");
        answers.put("schulden.urgency.eviction", "true");
        answers.put("schulden.urgency.energy", "false");
        answers.put("schulden.urgency.water", "false");
        answers.put("schulden.urgency.health_insurance", "false");
        return new IntakeForm(FAMILY, true, "06 12345678", "inwoner@example.org",
                List.of(LifeArea.WONEN_EN_HUISHOUDEN, LifeArea.OPVOEDEN_EN_OPGROEIEN, LifeArea.GELDZORGEN_EN_SCHULDEN),
                answers, Map.of());
    }

    private static final Map<SocialDomain, Boolean> CONSENT = Map.of(SocialDomain.WMO, true, SocialDomain.JEUGD, false,
            SocialDomain.SCHULDHULPVERLENING, true);

    private static IntakeForm debtsOnly() {
        return new IntakeForm(FAMILY, false, null, "schuld@example.org", List.of(LifeArea.GELDZORGEN_EN_SCHULDEN),
                Map.of("schulden.description", "Rekeningen stapelen zich op.", "schulden.amount", "WEET_IK_NIET",
                        "schulden.urgency.eviction", "false", "schulden.urgency.energy", "true",
                        "schulden.urgency.water", "false", "schulden.urgency.health_insurance", "false"),
                Map.of(SocialDomain.SCHULDHULPVERLENING, false));
    }

    private DraftView saveNew(Bsn bsn, IntakeForm form) {
        return drafts.save(new DraftSave(bsn, CITIZEN, Channel.WEB, null, "about-you", form));
    }

    private IntakeReceipt submit(Bsn bsn, DraftView draft, String key) {
        return intakes.submit(new IntakeSubmission(bsn, CITIZEN, draft.id(), draft.version(), CONSENT, true, key));
    }

    private static String messageKeyOf(Throwable thrown) {
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).getMessageKey();
    }

    @Test
    void aDraftIsSavedAtEveryStepAndResumedInALaterCall() throws Exception {
        Bsn bsn = newBsn();
        assertThat(drafts.load(bsn, CITIZEN)).isEmpty();

        IntakeForm aboutYou = new IntakeForm(FAMILY, true, "0612345678", null, List.of(), Map.of(), Map.of());
        DraftView first = saveNew(bsn, aboutYou);
        IntakeForm questions = threeDomains();
        DraftView second = drafts.save(new DraftSave(bsn, CITIZEN, Channel.WEB, first.version(), "situation", questions));
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.version()).isGreaterThan(first.version());

        // as after a logout or a restart: a new call reads it back from the database
        DraftView resumed = drafts.load(bsn, CITIZEN).orElseThrow();
        assertThat(resumed.id()).isEqualTo(first.id());
        assertThat(resumed.version()).isEqualTo(second.version());
        assertThat(resumed.currentStep()).isEqualTo("situation");
        assertThat(resumed.form()).isEqualTo(questions);
        assertThat(resumed.channel()).isEqualTo(Channel.WEB);
        // the draft is the citizen's own: a staff member helping him has a draft of his own
        assertThat(callers.as("kcc01", Set.of("KCC"), () -> drafts.load(bsn, Actor.staff("kcc01", "A. Bakker")))).isEmpty();
        assertThat(drafts.load(newBsn(), CITIZEN)).isEmpty();

        // one step checked before moving on: nothing missing on "questions", the consent still to choose
        assertThat(drafts.check(resumed.form(), nl.frontoffice.domain.intake.IntakeSection.QUESTIONS)).isEmpty();
        assertThat(drafts.check(resumed.form(), nl.frontoffice.domain.intake.IntakeSection.CONSENT))
                .extracting(FieldProblem::field).containsExactly("consent.WMO", "consent.JEUGD", "consent.SCHULDHULPVERLENING");

        drafts.discard(bsn, CITIZEN);
        assertThat(drafts.load(bsn, CITIZEN)).isEmpty();
    }

    @Test
    void aDraftNobodySavedForThirtyDaysIsRemovedWithItsAttachments() {
        clock.set(ZonedDateTime.of(2030, 1, 2, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn abandoned = newBsn();
        saveNew(abandoned, debtsOnly());
        drafts.addAttachment(abandoned, CITIZEN, "scan.pdf", pdf());
        clock.set(ZonedDateTime.of(2030, 1, 20, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn recent = newBsn();
        saveNew(recent, debtsOnly());

        clock.set(ZonedDateTime.of(2030, 2, 2, 10, 0, 1, 0, WorkingDayCalendar.TIME_ZONE));
        assertThat(retention.removeAbandonedDrafts()).isGreaterThanOrEqualTo(1);

        assertThat(drafts.load(abandoned, CITIZEN)).isEmpty();
        assertThat(drafts.load(recent, CITIZEN)).isPresent();
    }

    @Test
    void aSaveBasedOnAnOlderVersionIsRefusedAndChangesNothing() {
        Bsn bsn = newBsn();
        DraftView tabA = saveNew(bsn, threeDomains());
        DraftView tabB = drafts.load(bsn, CITIZEN).orElseThrow();
        DraftView savedByB = drafts.save(new DraftSave(bsn, CITIZEN, Channel.WEB, tabB.version(), "questions", debtsOnly()));

        Throwable stale = catchThrowable(() ->
                drafts.save(new DraftSave(bsn, CITIZEN, Channel.WEB, tabA.version(), "check", threeDomains())));
        assertThat(stale).isInstanceOf(DraftConflictException.class);
        assertThat(messageKeyOf(stale)).isEqualTo("intake.draft.conflict");
        // starting a second draft while one exists is a conflict too
        assertThat(catchThrowable(() -> saveNew(bsn, threeDomains()))).isInstanceOf(DraftConflictException.class);

        DraftView stored = drafts.load(bsn, CITIZEN).orElseThrow();
        assertThat(stored.version()).isEqualTo(savedByB.version());
        assertThat(stored.form()).isEqualTo(debtsOnly());
        assertThat(stored.currentStep()).isEqualTo("questions");

        // submitting the stale version is refused as well
        assertThat(catchThrowable(() -> submit(bsn, tabA, UUID.randomUUID().toString())))
                .isInstanceOf(DraftConflictException.class);
        assertThat(fixture.intakeCountOf(bsn)).isZero();
    }

    @Test
    void threeQuestionsInThreeDomainsOpenThreeCasesWithTheirDeadlinesAndAContactMoment() {
        // Tuesday 22 December 2026: the urgent debts deadline of 3 working days crosses Christmas
        clock.set(ZonedDateTime.of(2026, 12, 22, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn bsn = newBsn();
        DraftView draft = saveNew(bsn, threeDomains());

        IntakeReceipt receipt = submit(bsn, draft, UUID.randomUUID().toString());

        assertThat(receipt.reference()).matches("I-2026-\\d{6}");
        Map<SocialDomain, CaseSummary> byDomain = receipt.cases().stream()
                .collect(Collectors.toMap(CaseSummary::domain, Function.identity()));
        assertThat(byDomain).containsOnlyKeys(SocialDomain.WMO, SocialDomain.JEUGD, SocialDomain.SCHULDHULPVERLENING);
        assertThat(byDomain.get(SocialDomain.WMO).deadline()).isEqualTo(LocalDate.of(2027, 2, 2));
        assertThat(byDomain.get(SocialDomain.JEUGD).deadline()).isEqualTo(LocalDate.of(2027, 2, 16));
        CaseSummary debts = byDomain.get(SocialDomain.SCHULDHULPVERLENING);
        assertThat(debts.urgent()).isTrue();
        assertThat(debts.deadline()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(byDomain.get(SocialDomain.WMO).urgent()).isFalse();
        assertThat(cases.listCasesOfCitizen(bsn)).extracting(CaseSummary::reference)
                .containsExactlyInAnyOrderElementsOf(receipt.cases().stream().map(CaseSummary::reference).toList());

        // a contact moment on the web channel by the citizen, linked to the three cases
        assertThat(fixture.contactMomentsOf(bsn)).singleElement().satisfies(moment -> {
            assertThat(moment.channel()).isEqualTo("WEB");
            assertThat(moment.actorType()).isEqualTo("CITIZEN");
            assertThat(moment.subject()).contains(receipt.reference());
            assertThat(moment.caseReferences()).containsExactlyInAnyOrderElementsOf(
                    receipt.cases().stream().map(CaseSummary::reference).toList());
        });
        // the draft is gone; what was sent is kept with the intake
        assertThat(drafts.load(bsn, CITIZEN)).isEmpty();
        SubmittedIntake sent = intakes.findForCitizen(bsn, receipt.reference()).orElseThrow();
        assertThat(sent.personalDataVerified()).isTrue();
        assertThat(sent.channel()).isEqualTo(Channel.WEB);
        assertThat(sent.consent()).isEqualTo(CONSENT);
        assertThat(sent.form()).isEqualTo(threeDomains());
        assertThat(sent.areas()).extracting(SubmittedIntake.AnsweredArea::area).containsExactly(
                LifeArea.WONEN_EN_HUISHOUDEN, LifeArea.OPVOEDEN_EN_OPGROEIEN, LifeArea.GELDZORGEN_EN_SCHULDEN);
        assertThat(sent.areas().get(1).answers()).anySatisfy(answered -> {
            assertThat(answered.question().key()).isEqualTo("jeugd.child.0.help");
            assertThat(answered.question().labelArguments()).containsExactly("Sanne");
            assertThat(answered.answerKey()).contains(IntakeCatalogue.YES_KEY);
        });
        assertThat(sent.questions()).extracting(SubmittedIntake.QuestionForHelp::domain, SubmittedIntake.QuestionForHelp::urgencyReasons)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SocialDomain.WMO, java.util.Set.of()),
                        org.assertj.core.groups.Tuple.tuple(SocialDomain.JEUGD, java.util.Set.of()),
                        org.assertj.core.groups.Tuple.tuple(SocialDomain.SCHULDHULPVERLENING, java.util.Set.of(UrgencyReason.EVICTION)));
        // the confirmation-mail hook fired once, with the e-mail address the citizen gave
        assertThat(submittedEvents.forReference(receipt.reference())).singleElement().satisfies(event -> {
            assertThat(event.email()).isEqualTo("inwoner@example.org");
            assertThat(event.cases()).hasSize(3);
        });
    }

    @Test
    void aDoubleSubmitARefreshAndARetryYieldOneIntake() throws Exception {
        Bsn bsn = newBsn();
        DraftView draft = saveNew(bsn, debtsOnly());
        String key = UUID.randomUUID().toString();

        IntakeReceipt first = submit(bsn, draft, key);
        IntakeReceipt sameKey = submit(bsn, draft, key);
        IntakeReceipt sameDraftNewKey = submit(bsn, draft, UUID.randomUUID().toString());

        assertThat(sameKey.reference()).isEqualTo(first.reference());
        assertThat(sameDraftNewKey.reference()).isEqualTo(first.reference());
        assertThat(sameDraftNewKey.cases()).isEqualTo(first.cases());
        assertThat(fixture.intakeCountOf(bsn)).isEqualTo(1);
        assertThat(cases.listCasesOfCitizen(bsn)).hasSize(1);
        assertThat(submittedEvents.forReference(first.reference())).hasSize(1);
        // energy cut-off makes the debts case urgent; the citizen typed his data himself
        assertThat(first.cases().get(0).urgent()).isTrue();
        assertThat(intakes.findForCitizen(bsn, first.reference()).orElseThrow().personalDataVerified()).isFalse();
        // someone else cannot use the key or the draft to learn about it
        Bsn other = newBsn();
        assertThat(messageKeyOf(catchThrowable(() -> intakes.submit(new IntakeSubmission(other, CITIZEN, draft.id(),
                draft.version(), CONSENT, true, key))))).isEqualTo("intake.draft.unknown");

        // two clicks at the same moment: the draft lock lets one through, the other finds its intake
        Bsn twice = newBsn();
        DraftView raced = saveNew(twice, debtsOnly());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<IntakeReceipt>> clicks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clicks.add(pool.submit(() -> submit(twice, raced, UUID.randomUUID().toString())));
            }
            List<String> references = new ArrayList<>();
            for (Future<IntakeReceipt> click : clicks) {
                try {
                    references.add(click.get().reference());
                } catch (java.util.concurrent.ExecutionException lostTheRace) {
                    // a lock timeout of the embedded database is acceptable; a second intake is not
                }
            }
            assertThat(references).isNotEmpty();
            assertThat(references.stream().distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.intakeCountOf(twice)).isEqualTo(1);
    }

    @Test
    void everythingIsCheckedOnTheServerAndNothingTypedIsLost() {
        Bsn bsn = newBsn();
        Map<String, String> incomplete = new HashMap<>(debtsOnly().answers());
        incomplete.remove("schulden.amount");
        incomplete.put("schulden.description", "x".repeat(IntakeCatalogue.DESCRIPTION_MAX_LENGTH + 1));
        IntakeForm form = new IntakeForm(FAMILY, true, "bel me", null, List.of(LifeArea.GELDZORGEN_EN_SCHULDEN),
                incomplete, Map.of());
        DraftView draft = saveNew(bsn, form);

        Throwable refused = catchThrowable(() -> intakes.submit(new IntakeSubmission(bsn, CITIZEN, draft.id(),
                draft.version(), Map.of(), false, UUID.randomUUID().toString())));

        assertThat(refused).isInstanceOf(IntakeValidationException.class);
        assertThat(messageKeyOf(refused)).isEqualTo("intake.invalid");
        assertThat(((IntakeValidationException) refused).getProblems())
                .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("contact.phone", IntakeCatalogue.PHONE_INVALID),
                        org.assertj.core.groups.Tuple.tuple("answer.schulden.description", IntakeCatalogue.ANSWER_TOO_LONG),
                        org.assertj.core.groups.Tuple.tuple("answer.schulden.amount", IntakeCatalogue.ANSWER_REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("consent.SCHULDHULPVERLENING", IntakeCatalogue.CONSENT_REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("declaration", IntakeService.DECLARATION_REQUIRED));
        DraftView kept = drafts.load(bsn, CITIZEN).orElseThrow();
        assertThat(kept.version()).isEqualTo(draft.version());
        assertThat(kept.form()).isEqualTo(form);
        assertThat(fixture.intakeCountOf(bsn)).isZero();
        assertThat(submittedEvents.forReference("none")).isEmpty();
    }

    @Test
    void attachmentsAreCheckedByContentStoredAndHandedToTheIntake() throws IOException {
        Bsn bsn = newBsn();
        assertThat(messageKeyOf(catchThrowable(() -> drafts.addAttachment(bsn, CITIZEN, "a.pdf", pdf()))))
                .isEqualTo(IntakeDraftService.DRAFT_UNKNOWN);
        DraftView draft = saveNew(bsn, debtsOnly());

        AttachmentInfo letter = drafts.addAttachment(bsn, CITIZEN, "brief van de deurwaarder.pdf", pdf());
        AttachmentInfo photo = drafts.addAttachment(bsn, CITIZEN, "IMG_2001.jpg", image("jpg"));
        AttachmentInfo screenshot = drafts.addAttachment(bsn, CITIZEN, "C:\\fakepath\\schermafdruk", image("png"));
        assertThat(List.of(letter.mediaType(), photo.mediaType(), screenshot.mediaType()))
                .containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(screenshot.fileName()).isEqualTo("schermafdruk.png");

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertThat(refusal(() -> drafts.addAttachment(bsn, CITIZEN, "loonstrook.pdf", program))).isEqualTo(AttachmentPolicy.TYPE);
        assertThat(refusal(() -> drafts.addAttachment(bsn, CITIZEN, "leeg.png", new byte[0]))).isEqualTo(AttachmentPolicy.EMPTY);
        byte[] oversized = Arrays.copyOf(pdf(), (int) drafts.attachmentPolicy().maxBytes() + 1);
        assertThat(refusal(() -> drafts.addAttachment(bsn, CITIZEN, "groot.pdf", oversized))).isEqualTo(AttachmentPolicy.TOO_LARGE);

        drafts.addAttachment(bsn, CITIZEN, "vier.pdf", pdf());
        AttachmentInfo fifth = drafts.addAttachment(bsn, CITIZEN, "vijf.pdf", pdf());
        assertThat(refusal(() -> drafts.addAttachment(bsn, CITIZEN, "zes.pdf", pdf()))).isEqualTo(AttachmentPolicy.TOO_MANY);
        drafts.removeAttachment(bsn, CITIZEN, fifth.id());
        assertThat(refusal(() -> drafts.removeAttachment(bsn, CITIZEN, fifth.id()))).isEqualTo(AttachmentPolicy.NOT_FOUND);

        // the draft lists them (its version unchanged: uploads do not conflict with saves)
        DraftView withFiles = drafts.load(bsn, CITIZEN).orElseThrow();
        assertThat(withFiles.attachments()).extracting(AttachmentInfo::fileName)
                .containsExactly("brief van de deurwaarder.pdf", "IMG_2001.jpg", "schermafdruk.png", "vier.pdf");
        assertThat(drafts.findAttachment(bsn, CITIZEN, photo.id()).orElseThrow().content()).isEqualTo(image("jpg"));

        IntakeReceipt receipt = submit(bsn, withFiles, UUID.randomUUID().toString());

        SubmittedIntake sent = intakes.findForCitizen(bsn, receipt.reference()).orElseThrow();
        assertThat(sent.attachments()).extracting(AttachmentInfo::id)
                .containsExactly(letter.id(), photo.id(), screenshot.id(), withFiles.attachments().get(3).id());
        AttachmentDownload download = intakes.findAttachmentForCitizen(bsn, receipt.reference(), letter.id()).orElseThrow();
        assertThat(download.content()).isEqualTo(pdf());
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(intakes.findAttachmentForCitizen(newBsn(), receipt.reference(), letter.id())).isEmpty();
        assertThat(drafts.findAttachment(bsn, CITIZEN, letter.id())).isEmpty();
    }

    @Test
    void theReceiptPdfHoldsTheReferencesAndOnlyItsOwnCitizenGetsIt() throws IOException {
        clock.set(ZonedDateTime.of(2026, 12, 22, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE));
        Bsn bsn = newBsn();
        DraftView draft = saveNew(bsn, threeDomains());
        drafts.addAttachment(bsn, CITIZEN, "huurachterstand.pdf", pdf());
        IntakeReceipt receipt = submit(bsn, drafts.load(bsn, CITIZEN).orElseThrow(), UUID.randomUUID().toString());

        byte[] pdf = intakes.receiptPdf(receipt.reference(), bsn);

        assertThat(pdf).isNotEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(receipt.reference(), "J. de Vri\u00ebs", "huurachterstand.pdf",
                    "uiterlijk 28 december 2026", "uiterlijk 2 februari 2027", "uiterlijk 16 februari 2027");
            receipt.cases().forEach(c -> assertThat(text).contains(c.reference()));
            assertThat(document.getDocumentInformation().getTitle()).contains(receipt.reference());
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }
        try (PDDocument english = Loader.loadPDF(intakes.receiptPdf(receipt.reference(), bsn, java.util.Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(english)).contains("by 28 December 2026");
        }

        Bsn someoneElse = newBsn();
        assertThat(messageKeyOf(catchThrowable(() -> intakes.receiptPdf(receipt.reference(), someoneElse))))
                .isEqualTo(IntakeService.INTAKE_NOT_FOUND);
        assertThat(intakes.findForCitizen(someoneElse, receipt.reference())).isEmpty();
        assertThat(messageKeyOf(catchThrowable(() -> intakes.receiptPdf("I-2026-999999", bsn))))
                .isEqualTo(IntakeService.INTAKE_NOT_FOUND);
    }

    @Test
    void aStaffMemberFillsInAnIntakeForACitizenOnThePhone() throws Exception {
        Bsn bsn = newBsn();
        Actor staff = Actor.staff("kcc01", "A. Bakker");
        DraftSave save = new DraftSave(bsn, staff, Channel.PHONE, null, "questions", debtsOnly());
        // only that staff member, logged in with a role that takes intakes, writes in his name
        assertThat(catchThrowable(() -> drafts.save(save))).as("nobody logged in").isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> callers.as("kcc02", Set.of("KCC"), () -> drafts.save(save))))
                .as("another KCC member").isInstanceOf(EJBAccessException.class);
        assertThat(catchThrowable(() -> callers.as("kcc01", Set.of("BEHEERDER"), () -> drafts.save(save))))
                .as("without an intake role").isInstanceOf(EJBAccessException.class);
        DraftView draft = callers.as("kcc01", Set.of("KCC"), () -> drafts.save(save));
        // the citizen's own draft is another one
        saveNew(bsn, threeDomains());

        IntakeReceipt receipt = callers.as("kcc01", Set.of("KCC"), () -> intakes.submit(new IntakeSubmission(bsn, staff,
                draft.id(), draft.version(), Map.of(SocialDomain.SCHULDHULPVERLENING, true), true, UUID.randomUUID().toString())));

        assertThat(fixture.contactMomentsOf(bsn)).singleElement().satisfies(moment -> {
            assertThat(moment.channel()).isEqualTo("PHONE");
            assertThat(moment.actorType()).isEqualTo("STAFF");
            assertThat(moment.actorIdentifier()).isEqualTo("kcc01");
        });
        assertThat(intakes.findForCitizen(bsn, receipt.reference()).orElseThrow().consent())
                .containsEntry(SocialDomain.SCHULDHULPVERLENING, true);
        assertThat(callers.as("kcc01", Set.of("KCC"), () -> drafts.load(bsn, staff))).isEmpty();
        assertThat(drafts.load(bsn, CITIZEN)).isPresent();
    }

    private static String refusal(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(AttachmentRefusedException.class);
        return ((AttachmentRefusedException) thrown).getMessageKey();
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
