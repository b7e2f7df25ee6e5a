package nl.frontoffice.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.validation.ConstraintViolationException;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import nl.frontoffice.cases.citizen.CitizenCase;
import nl.frontoffice.cases.citizen.CitizenCaseDetail;
import nl.frontoffice.cases.citizen.CitizenCaseService;
import nl.frontoffice.cases.citizen.CitizenHistoryEntry;
import nl.frontoffice.cases.citizen.ContactPerson;
import nl.frontoffice.cases.deadline.DeadlineNotifier;
import nl.frontoffice.cases.deadline.DeadlineWatch;
import nl.frontoffice.cases.deadline.DeadlineWatchResult;
import nl.frontoffice.cases.work.AssignableStaff;
import nl.frontoffice.cases.work.CaseIntake;
import nl.frontoffice.cases.work.CaseIntakeService;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.intake.AttachmentDownload;
import nl.frontoffice.intake.SubmittedIntake.AnsweredArea;
import nl.frontoffice.intake.SubmittedIntake.AnsweredQuestion;
import nl.frontoffice.intake.SubmittedIntake.QuestionForHelp;
import nl.frontoffice.cases.work.AssigneeFilter;
import nl.frontoffice.cases.work.CaseHandlingService;
import nl.frontoffice.cases.work.HandlingTime;
import nl.frontoffice.cases.work.HistoryEntry;
import nl.frontoffice.cases.work.StaffCaseDetail;
import nl.frontoffice.cases.work.StatusCount;
import nl.frontoffice.cases.work.TeamDashboard;
import nl.frontoffice.cases.work.TeamDashboardService;
import nl.frontoffice.cases.work.WorklistFilter;
import nl.frontoffice.cases.work.WorklistPage;
import nl.frontoffice.cases.work.WorklistQuery;
import nl.frontoffice.cases.work.WorklistRow;
import nl.frontoffice.cases.work.WorklistSort;
import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseEventKind;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.cases.DecisionOutcome;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.intake.IntakeReceipt;
import nl.frontoffice.notification.IntakeConfirmationMail;
import nl.frontoffice.platform.mail.MailCategory;
import nl.frontoffice.platform.mail.MailOutbox;
import nl.frontoffice.platform.mail.OutboxEntry;
import nl.frontoffice.testing.ComponentTestDeployment;
import nl.frontoffice.testing.TestClock;

/**
 * The case service layer on Payara Micro with the real database and mail outbox, sending to a
 * GreenMail SMTP server on a loopback port inside the server's JVM: Mijn zaken, the worklist, case
 * handling, access control across teams and roles, the citizen's mails, the intake confirmation and
 * the deadline watch.
 *
 * <p>Calls run as real callers: {@link TestCallers} logs the test request in through Jakarta
 * Security with a name and groups (the test WAR's own authentication mechanism, and
 * {@code WEB-INF/payara-web.xml} mapping each group to the role of the same name, as the portal
 * does), so {@code @RolesAllowed} and the caller principal in the EJBs are the container's own.
 * Each test sets up its own citizens, staff and cases; dates are set with the {@link TestClock}.
 * The deadline watch's timer is switched off here; the tests run it with {@code runNow()}.
 */
@ExtendWith(ArquillianExtension.class)
class CaseHandlingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.netherlands();
    private static final String PORTAL = "http://portal.voorbeeldstad.example";

    private static GreenMail smtp;

    @Deployment
    static WebArchive deployment() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String config = String.join("\n",
                "frontoffice.mail.smtp.host=127.0.0.1",
                "frontoffice.mail.smtp.port=" + port,
                "frontoffice.mail.smtp.starttls=off",
                "frontoffice.mail.send-interval=500ms",
                "frontoffice.portal.base-url=" + PORTAL + "/",
                "frontoffice.deadline-watch.enabled=false", "");
        return ComponentTestDeployment.create(CaseHandlingIT.class, TestClock.class, CaseHandlingFixture.class,
                        TestCallers.class, TestCallers.Caller.class, TestCallers.Mechanism.class, TestCallers.Exchange.class)
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(new StringAsset(TestCallers.ROLE_MAPPING), "payara-web.xml")
                .addAsLibraries(jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class));
    }

    @EJB
    private CitizenCaseService citizenCases;

    @EJB
    private CaseHandlingService handling;

    @EJB
    private CaseIntakeService caseIntakes;

    @EJB
    private TeamDashboardService dashboards;

    @EJB
    private DeadlineWatch watch;

    @EJB
    private DeadlineNotifier notifier;

    @EJB
    private MailOutbox outbox;

    @EJB
    private CaseHandlingFixture fixture;

    @Inject
    private TestCallers callers;

    @Inject
    private TestClock clock;

    @Inject
    private java.time.Clock now;

    @BeforeEach
    void smtpUp() {
        startSmtp();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ------------------------------------------------------------------------------------------
    // Mijn zaken

    @Test
    void a_citizen_sees_his_own_cases_only_and_another_ones_reference_like_a_missing_one() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        Bsn own = newBsn();
        Bsn other = newBsn();
        IntakeReceipt mine = fixture.register(own, "eigen@example.org",
                QuestionDraft.of(SocialDomain.WMO, "Hulp in huis"), QuestionDraft.of(SocialDomain.JEUGD, "Hulp voor mijn zoon"));
        IntakeReceipt theirs = fixture.register(other, null, QuestionDraft.of(SocialDomain.WMO, "Boodschappen"));
        String wmo = referenceOf(mine, SocialDomain.WMO);
        String foreign = theirs.cases().get(0).reference();

        List<CitizenCase> cases = asCitizen(() -> citizenCases.casesOf(own));
        assertThat(cases).extracting(CitizenCase::reference)
                .containsExactlyInAnyOrderElementsOf(mine.cases().stream().map(CaseSummary::reference).toList());
        CitizenCase wmoCase = cases.stream().filter(c -> c.reference().equals(wmo)).findFirst().orElseThrow();
        assertThat(wmoCase.domainNameKey()).isEqualTo("socialdomain.WMO");
        assertThat(wmoCase.caseTypeNameKey()).isEqualTo("casetype.WMO_MELDING");
        assertThat(wmoCase.statusLabelKey()).isEqualTo("citizenstatus.RECEIVED");
        assertThat(wmoCase.deadline()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(wmoCase.intakeReference()).isEqualTo(mine.reference());
        assertThat(wmoCase.open()).isTrue();
        assertThat(wmoCase.contactPerson()).isNull();

        assertThat(asCitizen(() -> citizenCases.caseOf(own, foreign))).isEmpty();
        assertThat(asCitizen(() -> citizenCases.caseOf(own, "Z-2099-999999"))).isEmpty();
        assertThat(asCitizen(() -> citizenCases.casesOf(newBsn()))).isEmpty();
        CitizenCaseDetail detail = asCitizen(() -> citizenCases.caseOf(own, wmo)).orElseThrow();
        assertThat(detail.nextStepKey()).isEqualTo("nextstep.RECEIVED");
        assertThat(detail.history()).extracting(CitizenHistoryEntry::kind, CitizenHistoryEntry::labelKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CaseEventKind.STATUS_CHANGED, "citizenstatus.RECEIVED"));

        // a team lead assigns it, the consulent suspends it: the citizen sees his contact person and what we wait for
        String lead = fixture.staffMember("Team Wmo", StaffRole.TEAMLEIDER);
        String consulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        StaffCaseDetail assigned = as(lead, StaffRole.TEAMLEIDER, () -> handling.assign(wmo, version(lead, StaffRole.TEAMLEIDER, wmo), consulent));
        as(consulent, StaffRole.CONSULENT, () -> handling.suspend(wmo, assigned.version(), "Stuur ons uw laatste loonstrook"));
        as(consulent, StaffRole.CONSULENT, () -> handling.addNote(wmo, "Intern: inwoner klinkt gespannen"));

        CitizenCaseDetail later = asCitizen(() -> citizenCases.caseOf(own, wmo)).orElseThrow();
        assertThat(later.summary().contactPerson()).isEqualTo(new ContactPerson("Medewerker " + consulent, "Team Wmo"));
        assertThat(later.summary().suspended()).isTrue();
        assertThat(later.suspensionReason()).isEqualTo("Stuur ons uw laatste loonstrook");
        assertThat(later.history()).extracting(CitizenHistoryEntry::kind)
                .containsExactly(CaseEventKind.STATUS_CHANGED, CaseEventKind.SUSPENDED);
        assertThat(later.toString()).doesNotContain("Intern").doesNotContain(consulent + "@").doesNotContain(own.value());

        // only citizens get here, and citizens get nowhere else
        assertThat(refusal(() -> as(consulent, StaffRole.CONSULENT, () -> citizenCases.casesOf(own)))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> citizenCases.casesOf(own))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> asCitizen(() -> handling.findCase(wmo)))).isInstanceOf(EJBAccessException.class);
    }

    // ------------------------------------------------------------------------------------------
    // Worklist

    @Test
    void the_worklist_filters_sorts_and_pages_in_the_database_with_the_count() throws Exception {
        String consulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        String colleague = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        // five cases started Monday 1 to Friday 5 September 2031: deadlines 13 to 17 October 2031
        List<String> refs = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            clock.set(amsterdam(2031, 9, day));
            refs.add(fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.WMO, "Vraag " + day)).cases().get(0).reference());
        }
        WorklistFilter window = WorklistFilter.openCases().withDeadlineBetween(LocalDate.of(2031, 10, 13), LocalDate.of(2031, 10, 17));

        clock.set(amsterdam(2031, 10, 8));
        WorklistPage first = worklist(consulent, new WorklistQuery(window, WorklistSort.DEADLINE, true, 0, 2));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.rows()).extracting(WorklistRow::reference).containsExactly(refs.get(0), refs.get(1));
        WorklistRow top = first.rows().get(0);
        assertThat(top.deadline()).isEqualTo(DeadlineRule.weeks(6).deadlineFrom(LocalDate.of(2031, 9, 1), CALENDAR))
                .isEqualTo(LocalDate.of(2031, 10, 13));
        assertThat(top.caseTypeNameKey()).isEqualTo("casetype.WMO_MELDING");
        assertThat(top.statusNameKey()).isEqualTo("casestatus.RECEIVED");
        // Wednesday 8 October: 13 October is 3 working days away, 17 October 7
        assertThat(top.deadlineState()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(top.workingDaysLeft()).isEqualTo(3);
        WorklistPage last = worklist(consulent, new WorklistQuery(window, WorklistSort.DEADLINE, true, 4, 2));
        assertThat(last.total()).isEqualTo(5);
        assertThat(last.rows()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo(refs.get(4));
            assertThat(row.deadlineState()).isEqualTo(DeadlineState.ON_TRACK);
            assertThat(row.workingDaysLeft()).isEqualTo(7);
        });
        assertThat(worklist(consulent, new WorklistQuery(window, WorklistSort.DEADLINE, true, 6, 2)).rows()).isEmpty();
        assertThat(refsOf(worklist(consulent, new WorklistQuery(window, WorklistSort.DEADLINE, false, 0, 10))))
                .containsExactlyElementsOf(reversed(refs));
        assertThat(refsOf(worklist(consulent, new WorklistQuery(window, WorklistSort.START_DATE, false, 0, 10))))
                .containsExactlyElementsOf(reversed(refs));
        assertThat(refsOf(worklist(consulent, new WorklistQuery(window, WorklistSort.REFERENCE, true, 0, 10))))
                .containsExactlyElementsOf(refs.stream().sorted().toList());

        // claim: mine, unassigned, someone else's
        for (String ref : refs.subList(0, 2)) {
            as(consulent, StaffRole.CONSULENT, () -> handling.claim(ref, version(consulent, StaffRole.CONSULENT, ref)));
        }
        as(colleague, StaffRole.CONSULENT, () -> handling.claim(refs.get(2), version(colleague, StaffRole.CONSULENT, refs.get(2))));
        assertThat(refsOf(worklist(consulent, WorklistQuery.firstPage(window.withAssignee(AssigneeFilter.MINE), 10))))
                .containsExactly(refs.get(0), refs.get(1));
        assertThat(refsOf(worklist(consulent, WorklistQuery.firstPage(window.withAssignee(AssigneeFilter.UNASSIGNED), 10))))
                .containsExactly(refs.get(3), refs.get(4));
        WorklistPage colleagues = worklist(consulent, WorklistQuery.firstPage(window.withAssignee(colleague), 10));
        assertThat(colleagues.rows()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo(refs.get(2));
            assertThat(row.assigneeUsername()).isEqualTo(colleague);
            assertThat(row.assigneeName()).isEqualTo("Medewerker " + colleague);
        });

        // status, case type, domain, urgency
        as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(refs.get(0), version(consulent, StaffRole.CONSULENT, refs.get(0)),
                "IN_PROGRESS", null));
        WorklistPage inProgress = worklist(consulent, WorklistQuery.firstPage(window.withStatus("IN_PROGRESS"), 10));
        assertThat(inProgress.total()).isEqualTo(1);
        assertThat(inProgress.rows().get(0).statusNameKey()).isEqualTo("casestatus.IN_PROGRESS");
        assertThat(refsOf(worklist(consulent, new WorklistQuery(window, WorklistSort.STATUS, true, 0, 10))))
                .containsExactly(refs.get(0), refs.get(1), refs.get(2), refs.get(3), refs.get(4));
        assertThat(worklist(consulent, WorklistQuery.firstPage(window.withCaseType("WMO_MELDING"), 10)).total()).isEqualTo(5);
        assertThat(worklist(consulent, WorklistQuery.firstPage(window.withCaseType("JEUGD_AANVRAAG"), 10)).total()).isZero();
        assertThat(worklist(consulent, WorklistQuery.firstPage(window.withDomain(SocialDomain.JEUGD), 10)).total()).isZero();
        assertThat(worklist(consulent, WorklistQuery.firstPage(window.withUrgent(true), 10)).total()).isZero();
        assertThat(worklist(consulent, WorklistQuery.firstPage(window.withUrgent(false), 10)).total()).isEqualTo(5);

        // a week later the first is overdue and the second due today
        clock.set(amsterdam(2031, 10, 14));
        assertThat(worklist(consulent, WorklistQuery.firstPage(window, 2)).rows())
                .extracting(WorklistRow::deadlineState, WorklistRow::workingDaysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeadlineState.OVERDUE, -1),
                        org.assertj.core.groups.Tuple.tuple(DeadlineState.DUE_SOON, 0));

        // urgent debts: 3 working days
        String debts = fixture.staffMember("Team Werk en Inkomen", StaffRole.CONSULENT);
        clock.set(amsterdam(2031, 9, 1));
        String urgent = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING,
                "Huisuitzetting", UrgencyReason.EVICTION)).cases().get(0).reference();
        fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING, "Schulden"));
        WorklistFilter september = WorklistFilter.openCases().withDomain(SocialDomain.SCHULDHULPVERLENING)
                .withDeadlineBetween(LocalDate.of(2031, 9, 1), LocalDate.of(2031, 9, 30));
        assertThat(worklist(debts, WorklistQuery.firstPage(september, 10)).total()).isEqualTo(2);
        WorklistPage urgentOnly = worklist(debts, WorklistQuery.firstPage(september.withUrgent(true), 10));
        assertThat(urgentOnly.rows()).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo(urgent);
            assertThat(row.urgent()).isTrue();
            assertThat(row.deadline()).isEqualTo(LocalDate.of(2031, 9, 4));
        });
        // the Wmo consulent does not see debts at all
        assertThat(worklist(consulent, WorklistQuery.firstPage(september.withDomain(null), 10)).total()).isZero();

        // the page is checked
        Throwable tooBig = catchThrowable(() -> worklist(consulent, new WorklistQuery(window, WorklistSort.DEADLINE, true, 0, 1000)));
        assertThat(causes(tooBig)).anyMatch(ConstraintViolationException.class::isInstance);
    }

    // ------------------------------------------------------------------------------------------
    // Case handling

    @Test
    void a_consulent_claims_moves_suspends_resumes_extends_once_and_decides_and_the_citizen_is_mailed() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        Bsn bsn = newBsn();
        String email = "inwoner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String ref = fixture.register(bsn, email, QuestionDraft.of(SocialDomain.WMO, "Ik kan niet meer koken")).cases().get(0).reference();
        long caseId = fixture.caseId(ref);
        String consulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        String colleague = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);

        StaffCaseDetail seen = as(consulent, StaffRole.CONSULENT, () -> handling.findCase(ref)).orElseThrow();
        assertThat(seen.mayClaim()).isTrue();
        assertThat(seen.mayHandle()).isFalse();
        assertThat(seen.detailsVisible()).isTrue();
        assertThat(seen.citizen()).isEqualTo(bsn);
        assertThat(seen.nextStatuses()).extracting(n -> n.code()).containsExactly("IN_PROGRESS");
        assertThat(seen.deadline()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(seen.extensionPossible()).isTrue();

        StaffCaseDetail claimed = as(consulent, StaffRole.CONSULENT, () -> handling.claim(ref, seen.version()));
        assertThat(claimed.assigneeUsername()).isEqualTo(consulent);
        assertThat(claimed.teamName()).isEqualTo("Team Wmo");
        assertThat(claimed.mayHandle()).isTrue();
        assertThat(claimed.version()).isGreaterThan(seen.version());
        // two at once: the colleague saw the old version, or comes too late
        assertThat(messageKey(() -> as(colleague, StaffRole.CONSULENT, () -> handling.claim(ref, seen.version()))))
                .isEqualTo(CaseFile.VERSION_CONFLICT);
        assertThat(messageKey(() -> as(colleague, StaffRole.CONSULENT, () -> handling.claim(ref, claimed.version()))))
                .isEqualTo(CaseHandlingService.CLAIM_TAKEN);
        assertThat(messageKey(() -> as(colleague, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, claimed.version(), "IN_PROGRESS", null))))
                .isEqualTo(CaseHandlingService.NOT_ASSIGNEE);

        StaffCaseDetail inProgress = as(consulent, StaffRole.CONSULENT,
                () -> handling.moveToStatus(ref, claimed.version(), "IN_PROGRESS", "Keukentafelgesprek gepland"));
        assertThat(inProgress.statusCode()).isEqualTo("IN_PROGRESS");
        assertThat(messageKey(() -> as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, claimed.version(), "DECIDED", null))))
                .isEqualTo(CaseFile.VERSION_CONFLICT);

        // the citizen's mail: queued once under the key of the history entry, delivered
        String key = "case-status:" + caseId + ":" + fixture.lastHistoryEntryId(ref);
        OutboxEntry queued = outbox.find(key).orElseThrow();
        assertThat(queued.category()).isEqualTo(MailCategory.CASE_STATUS_CHANGED);
        MimeMessage mail = awaitMessage("Uw zaak " + ref + " is in behandeling");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        String body = textOf(mail);
        assertThat(body).contains("Beste inwoner", ref, "In behandeling", PORTAL + "/mijn/",
                "Een medewerker werkt aan uw vraag").doesNotContain(bsn.value()).doesNotContain("Keukentafelgesprek");

        // suspended Tuesday 3 March, resumed Thursday 5 March: 2 working days
        clock.set(amsterdam(2026, 3, 3));
        StaffCaseDetail suspended = as(consulent, StaffRole.CONSULENT,
                () -> handling.suspend(ref, inProgress.version(), "Stuur ons het verslag van de huisarts"));
        assertThat(suspended.deadlineState()).isEqualTo(DeadlineState.SUSPENDED);
        assertThat(suspended.suspendedSince()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(messageKey(() -> as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, suspended.version(), "DECIDED", null))))
                .isEqualTo(CaseFile.SUSPENDED);
        assertThat(textOf(awaitMessage("Wij hebben informatie van u nodig voor uw zaak " + ref)))
                .contains("Stuur ons het verslag van de huisarts");
        clock.set(amsterdam(2026, 3, 5));
        StaffCaseDetail resumed = as(consulent, StaffRole.CONSULENT, () -> handling.resume(ref, suspended.version()));
        assertThat(resumed.deadline()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(resumed.suspendedWorkingDays()).isEqualTo(2);
        assertThat(resumed.deadlineState()).isEqualTo(DeadlineState.ON_TRACK);

        // extended once by 2 weeks
        StaffCaseDetail extended = as(consulent, StaffRole.CONSULENT,
                () -> handling.extend(ref, resumed.version(), "Wij wachten op advies van de ergotherapeut"));
        assertThat(extended.deadline()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(extended.extensionPossible()).isFalse();
        assertThat(messageKey(() -> as(consulent, StaffRole.CONSULENT, () -> handling.extend(ref, extended.version(), "Nog meer"))))
                .isEqualTo(CaseFile.EXTENSION_ALREADY);
        assertThat(textOf(awaitMessage("Wij hebben meer tijd nodig voor uw zaak " + ref)))
                .contains("Wij wachten op advies van de ergotherapeut", "29 april 2026");

        // the decision first, then the decision status and closing
        assertThat(messageKey(() -> as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, extended.version(), "DECIDED", null))))
                .isEqualTo(CaseFile.DECISION_REQUIRED);
        StaffCaseDetail decided = as(consulent, StaffRole.CONSULENT, () -> handling.recordDecision(ref, extended.version(),
                DecisionOutcome.GRANTED, "Huishoudelijke hulp, 3 uur per week"));
        assertThat(decided.decisionOutcome()).isEqualTo(DecisionOutcome.GRANTED);
        StaffCaseDetail decidedStatus = as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, decided.version(), "DECIDED", null));
        StaffCaseDetail noted = as(consulent, StaffRole.CONSULENT, () -> handling.addNote(ref, "Inwoner belt liever na 14 uur"));
        assertThat(noted.notes()).extracting(n -> n.text()).containsExactly("Inwoner belt liever na 14 uur");
        clock.set(amsterdam(2026, 3, 16));
        StaffCaseDetail closed = as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, decidedStatus.version(), "CLOSED", null));
        assertThat(closed.open()).isFalse();
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(closed.nextStatuses()).isEmpty();
        assertThat(closed.mayHandle()).isFalse();
        assertThat(closed.history()).extracting(HistoryEntry::kind).containsExactly(CaseEventKind.STATUS_CHANGED,
                CaseEventKind.ASSIGNED, CaseEventKind.STATUS_CHANGED, CaseEventKind.SUSPENDED, CaseEventKind.RESUMED,
                CaseEventKind.EXTENDED, CaseEventKind.DECISION_RECORDED, CaseEventKind.STATUS_CHANGED,
                CaseEventKind.STATUS_CHANGED);
        assertThat(closed.history()).allSatisfy(entry -> assertThat(entry.actorName()).isNotBlank());
        awaitMessage("Wij hebben een besluit genomen over uw zaak " + ref);
        awaitMessage("Uw zaak " + ref + " is afgerond");
        // each status mail exactly once
        assertThat(messages("Uw zaak " + ref + " is in behandeling")).hasSize(1);

        // what the citizen sees of all this
        CitizenCaseDetail citizenView = asCitizen(() -> citizenCases.caseOf(bsn, ref)).orElseThrow();
        assertThat(citizenView.history()).extracting(CitizenHistoryEntry::kind, CitizenHistoryEntry::labelKey,
                        CitizenHistoryEntry::newDeadline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.STATUS_CHANGED, "citizenstatus.RECEIVED", null),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.STATUS_CHANGED, "citizenstatus.IN_PROGRESS", null),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.SUSPENDED, "caseevent.SUSPENDED", null),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.RESUMED, "caseevent.RESUMED", LocalDate.of(2026, 4, 15)),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.EXTENDED, "caseevent.EXTENDED", LocalDate.of(2026, 4, 29)),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.STATUS_CHANGED, "citizenstatus.DECIDED", null),
                        org.assertj.core.groups.Tuple.tuple(CaseEventKind.STATUS_CHANGED, "citizenstatus.CLOSED", null));
        assertThat(citizenView.summary().statusLabelKey()).isEqualTo("citizenstatus.CLOSED");
        assertThat(citizenView.summary().open()).isFalse();
        assertThat(citizenView.toString()).doesNotContain("14 uur").doesNotContain("Keukentafelgesprek");

        // a citizen without an e-mail address gets no mail, and nothing fails
        String quiet = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.WMO, "Stil")).cases().get(0).reference();
        StaffCaseDetail quietClaimed = as(consulent, StaffRole.CONSULENT, () -> handling.claim(quiet, version(consulent, StaffRole.CONSULENT, quiet)));
        as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(quiet, quietClaimed.version(), "IN_PROGRESS", null));
        assertThat(outbox.find("case-status:" + fixture.caseId(quiet) + ":" + fixture.lastHistoryEntryId(quiet))).isEmpty();
    }

    @Test
    void access_is_refused_across_teams_and_roles_whatever_reference_is_sent() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        Bsn bsn = newBsn();
        String ref = fixture.register(bsn, null, QuestionDraft.of(SocialDomain.WMO, "Traplift")).cases().get(0).reference();
        String wmoConsulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        String wmoLead = fixture.staffMember("Team Wmo", StaffRole.TEAMLEIDER);
        String jeugdConsulent = fixture.staffMember("Team Jeugd", StaffRole.CONSULENT);
        String otherLead = fixture.staffMember("Team Werk en Inkomen", StaffRole.TEAMLEIDER);
        String kcc = fixture.staffMember("Team Werk en Inkomen", StaffRole.KCC);
        String beheer = fixture.staffMember(null, StaffRole.BEHEERDER);
        long version = version(wmoConsulent, StaffRole.CONSULENT, ref);

        // a consulent of another team: the case does not exist for him, whatever he tries
        assertThat(as(jeugdConsulent, StaffRole.CONSULENT, () -> handling.findCase(ref))).isEmpty();
        for (Callable<?> attempt : List.<Callable<?>>of(
                () -> handling.claim(ref, version),
                () -> handling.moveToStatus(ref, version, "IN_PROGRESS", null),
                () -> handling.suspend(ref, version, "x"),
                () -> handling.extend(ref, version, "x"),
                () -> handling.recordDecision(ref, version, DecisionOutcome.REFUSED, "x"),
                () -> handling.addNote(ref, "x"))) {
            assertThat(messageKey(() -> as(jeugdConsulent, StaffRole.CONSULENT, attempt))).isEqualTo(CaseService.CASE_NOT_FOUND);
        }
        assertThat(worklist(jeugdConsulent, WorklistQuery.firstPage(WorklistFilter.openCases().withDomain(SocialDomain.WMO), 10)).total()).isZero();
        assertThat(messageKey(() -> as(otherLead, StaffRole.TEAMLEIDER, () -> handling.assign(ref, version, wmoConsulent))))
                .isEqualTo(CaseService.CASE_NOT_FOUND);

        // KCC: the summary and history of any case, no details, no actions
        StaffCaseDetail kccView = as(kcc, StaffRole.KCC, () -> handling.findCase(ref)).orElseThrow();
        assertThat(kccView.detailsVisible()).isFalse();
        assertThat(kccView.citizen()).isNull();
        assertThat(kccView.notes()).isEmpty();
        assertThat(kccView.history()).isNotEmpty();
        assertThat(kccView.mayClaim() || kccView.mayHandle() || kccView.mayAssign() || kccView.mayWriteNotes()).isFalse();
        assertThat(refusal(() -> as(kcc, StaffRole.KCC, () -> handling.claim(ref, version)))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> as(kcc, StaffRole.KCC, () -> handling.worklist(WorklistQuery.firstPage(WorklistFilter.openCases(), 10)))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> as(kcc, StaffRole.KCC, () -> handling.addNote(ref, "x")))).isInstanceOf(EJBAccessException.class);

        // BEHEERDER, the anonymous and citizens: nothing
        assertThat(refusal(() -> as(beheer, StaffRole.BEHEERDER, () -> handling.findCase(ref)))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> handling.findCase(ref))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> dashboards.dashboard())).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> as(wmoConsulent, StaffRole.CONSULENT, () -> dashboards.dashboard()))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> as(wmoConsulent, StaffRole.CONSULENT, () -> watch.runNow()))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> as(wmoConsulent, StaffRole.CONSULENT, () -> handling.assign(ref, version, wmoConsulent))))
                .isInstanceOf(EJBAccessException.class);

        // the team lead assigns within his teams only
        assertThat(as(wmoLead, StaffRole.TEAMLEIDER, () -> handling.assignableStaff(ref)))
                .extracting(s -> s.username()).contains(wmoConsulent, wmoLead).doesNotContain(jeugdConsulent, kcc);
        assertThat(messageKey(() -> as(wmoLead, StaffRole.TEAMLEIDER, () -> handling.assign(ref, version, jeugdConsulent))))
                .isEqualTo(CaseHandlingService.ASSIGN_REFUSED);
        assertThat(messageKey(() -> as(wmoLead, StaffRole.TEAMLEIDER, () -> handling.assign(ref, version, "niemand"))))
                .isEqualTo(CaseHandlingService.ASSIGN_REFUSED);
        StaffCaseDetail assigned = as(wmoLead, StaffRole.TEAMLEIDER, () -> handling.assign(ref, version, wmoConsulent));
        assertThat(assigned.assigneeUsername()).isEqualTo(wmoConsulent);
        assertThat(assigned.history()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(CaseEventKind.ASSIGNED);
            assertThat(entry.actorName()).isEqualTo("Medewerker " + wmoLead);
            assertThat(entry.detail()).isEqualTo(wmoConsulent);
        });
        // the team lead may handle any case of his domain; a KCC member of the domain sees details but acts not
        as(wmoLead, StaffRole.TEAMLEIDER, () -> handling.moveToStatus(ref, assigned.version(), "IN_PROGRESS", null));
        String wmoKcc = fixture.staffMember("Team Wmo", StaffRole.KCC);
        assertThat(as(wmoKcc, StaffRole.KCC, () -> handling.findCase(ref)).orElseThrow().detailsVisible()).isTrue();
    }

    // ------------------------------------------------------------------------------------------
    // Case page: what the citizen sent, and the audit of every view

    @Test
    void the_case_page_shows_its_own_answers_and_the_files_to_those_who_may_see_details_and_audits_every_view() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        Bsn bsn = newBsn();
        String email = "gezin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        IntakeReceipt receipt = fixture.submitWmoAndJeugdWithFile(bsn, email);
        String wmo = referenceOf(receipt, SocialDomain.WMO);
        String jeugd = referenceOf(receipt, SocialDomain.JEUGD);
        String wmoConsulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        String jeugdConsulent = fixture.staffMember("Team Jeugd", StaffRole.CONSULENT);
        String wmoKcc = fixture.staffMember("Team Wmo", StaffRole.KCC);
        String otherKcc = fixture.staffMember("Team Werk en Inkomen", StaffRole.KCC);
        String beheer = fixture.staffMember(null, StaffRole.BEHEERDER);

        // opening the case page: one audit row per view, with the case, the citizen and the purpose
        as(wmoConsulent, StaffRole.CONSULENT, () -> handling.findCase(wmo)).orElseThrow();
        as(wmoConsulent, StaffRole.CONSULENT, () -> handling.findCase(wmo)).orElseThrow();
        List<PersonalDataAccess> views = fixture.accessRows(wmoConsulent, PersonalDataEvent.CASE_VIEWED, wmo);
        assertThat(views).hasSize(2).allSatisfy(row -> {
            assertThat(row.getCitizenBsn()).isEqualTo(bsn);
            assertThat(row.getPurpose()).isEqualTo(AccessPurpose.CASE_HANDLING);
        });

        // the answers of the case's own domain and the intake's shared parts; one audit row for all of it
        CaseIntake sent = as(wmoConsulent, StaffRole.CONSULENT, () -> caseIntakes.findIntakeOfCase(wmo)).orElseThrow();
        assertThat(sent.intakeReference()).isEqualTo(receipt.reference());
        assertThat(sent.caseReference()).isEqualTo(wmo);
        assertThat(sent.channel()).isEqualTo(Channel.WEB);
        assertThat(sent.byStaff()).isFalse();
        assertThat(sent.wizard()).isTrue();
        assertThat(sent.person().name()).isEqualTo("Mila de Graaf");
        assertThat(sent.person().partnerName()).isEqualTo("Ravi de Graaf");
        assertThat(sent.person().children()).extracting(HouseholdChild::firstName).containsExactly("Sanne");
        assertThat(sent.phone()).isEqualTo("0612345678");
        assertThat(sent.email()).isEqualTo(email);
        assertThat(sent.urgencyReasons()).isEmpty();
        assertThat(sent.areas()).extracting(AnsweredArea::area).containsExactly(LifeArea.WONEN_EN_HUISHOUDEN);
        assertThat(sent.areas().get(0).answers()).extracting(a -> a.question().key(), AnsweredQuestion::answer)
                .contains(org.assertj.core.groups.Tuple.tuple("wonen.description", "Ik kan de trap niet meer op."),
                        org.assertj.core.groups.Tuple.tuple("wonen.activity", "AANPASSING_WONING"));
        assertThat(sent.questions()).extracting(QuestionForHelp::domain).containsExactly(SocialDomain.WMO);
        assertThat(sent.otherDomains()).containsExactly(SocialDomain.JEUGD);
        assertThat(sent.toString()).doesNotContain("Mila").doesNotContain("trap").doesNotContain(bsn.value());
        assertThat(sent.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("verslag-huisarts.pdf");
            assertThat(file.mediaType()).isEqualTo("application/pdf");
            assertThat(file.sizeBytes()).isEqualTo(CaseHandlingFixture.PDF.length);
        });
        assertThat(fixture.accessRows(wmoConsulent, PersonalDataEvent.CASE_INTAKE_VIEWED, wmo)).singleElement()
                .satisfies(row -> assertThat(row.getCitizenBsn()).isEqualTo(bsn));
        long fileId = sent.attachments().get(0).id();

        // the file: its bytes and stored type, one audit row per download
        AttachmentDownload download = as(wmoConsulent, StaffRole.CONSULENT, () -> caseIntakes.findAttachment(wmo, fileId)).orElseThrow();
        assertThat(download.content()).isEqualTo(CaseHandlingFixture.PDF);
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(download.fileName()).isEqualTo("verslag-huisarts.pdf");
        assertThat(fixture.accessRows(wmoConsulent, PersonalDataEvent.CASE_ATTACHMENT_DOWNLOADED, wmo + " bestand " + fileId))
                .hasSize(1);

        // the Jeugd consulent: his own case of the same intake shows the Jeugd answers and the same file
        CaseIntake jeugdSent = as(jeugdConsulent, StaffRole.CONSULENT, () -> caseIntakes.findIntakeOfCase(jeugd)).orElseThrow();
        assertThat(jeugdSent.areas()).extracting(AnsweredArea::area).containsExactly(LifeArea.OPVOEDEN_EN_OPGROEIEN);
        assertThat(jeugdSent.areas().get(0).answers()).extracting(a -> a.question().key())
                .contains("jeugd.description", "jeugd.child.0.help").doesNotContain("wonen.description");
        assertThat(jeugdSent.attachments()).extracting(AttachmentInfo::id).containsExactly(fileId);
        // ... but the Wmo case's details and file do not exist for him, and nothing is written in his name
        long jeugdRows = fixture.accessRowsOf(jeugdConsulent);
        assertThat(as(jeugdConsulent, StaffRole.CONSULENT, () -> caseIntakes.findIntakeOfCase(wmo))).isEmpty();
        assertThat(as(jeugdConsulent, StaffRole.CONSULENT, () -> caseIntakes.findAttachment(wmo, fileId))).isEmpty();
        assertThat(as(jeugdConsulent, StaffRole.CONSULENT, () -> caseIntakes.findIntakeOfCase("Z-2099-999999"))).isEmpty();
        assertThat(fixture.accessRowsOf(jeugdConsulent)).isEqualTo(jeugdRows);

        // a file of another intake is not found through this case
        IntakeReceipt other = fixture.submitWmoAndJeugdWithFile(newBsn(), null);
        long otherFile = as(wmoConsulent, StaffRole.CONSULENT,
                () -> caseIntakes.findIntakeOfCase(referenceOf(other, SocialDomain.WMO))).orElseThrow().attachments().get(0).id();
        assertThat(as(wmoConsulent, StaffRole.CONSULENT, () -> caseIntakes.findAttachment(wmo, otherFile))).isEmpty();

        // KCC: of the domain of his team he sees the details; of another domain only the summary (audited), no details
        assertThat(as(wmoKcc, StaffRole.KCC, () -> caseIntakes.findIntakeOfCase(wmo))).isPresent();
        assertThat(as(wmoKcc, StaffRole.KCC, () -> caseIntakes.findAttachment(wmo, fileId))).isPresent();
        assertThat(as(otherKcc, StaffRole.KCC, () -> handling.findCase(wmo))).isPresent();
        assertThat(fixture.accessRows(otherKcc, PersonalDataEvent.CASE_VIEWED, wmo)).hasSize(1);
        assertThat(as(otherKcc, StaffRole.KCC, () -> caseIntakes.findIntakeOfCase(wmo))).isEmpty();
        assertThat(as(otherKcc, StaffRole.KCC, () -> caseIntakes.findAttachment(wmo, fileId))).isEmpty();
        assertThat(fixture.accessRows(otherKcc, PersonalDataEvent.CASE_INTAKE_VIEWED, wmo)).isEmpty();

        // BEHEERDER, citizens and the anonymous: refused by role
        assertThat(refusal(() -> as(beheer, StaffRole.BEHEERDER, () -> caseIntakes.findIntakeOfCase(wmo)))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> asCitizen(() -> caseIntakes.findAttachment(wmo, fileId)))).isInstanceOf(EJBAccessException.class);
        assertThat(refusal(() -> caseIntakes.findIntakeOfCase(wmo))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void an_intake_taken_by_phone_shows_the_channel_the_staff_member_and_the_contact_details_without_a_form() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        Bsn bsn = newBsn();
        String kcc = fixture.staffMember("Team Werk en Inkomen", StaffRole.KCC);
        String debts = fixture.staffMember("Team Werk en Inkomen", StaffRole.CONSULENT);
        IntakeReceipt receipt = fixture.registerByPhone(bsn, kcc, "0201234567",
                QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING, "Er komt een deurwaarder", UrgencyReason.EVICTION),
                QuestionDraft.of(SocialDomain.PARTICIPATIE, "Mijn uitkering stopt"));
        String debtsCase = referenceOf(receipt, SocialDomain.SCHULDHULPVERLENING);

        CaseIntake sent = as(debts, StaffRole.CONSULENT, () -> caseIntakes.findIntakeOfCase(debtsCase)).orElseThrow();
        assertThat(sent.channel()).isEqualTo(Channel.PHONE);
        assertThat(sent.byStaff()).isTrue();
        assertThat(sent.authorName()).isEqualTo("Medewerker " + kcc);
        assertThat(sent.wizard()).isFalse();
        assertThat(sent.person()).isNull();
        assertThat(sent.areas()).isEmpty();
        assertThat(sent.phone()).isEqualTo("0201234567");
        assertThat(sent.questions()).extracting(QuestionForHelp::description).containsExactly("Er komt een deurwaarder");
        assertThat(sent.urgencyReasons()).containsExactly(UrgencyReason.EVICTION);
        assertThat(sent.otherDomains()).containsExactly(SocialDomain.PARTICIPATIE);
        assertThat(sent.attachments()).isEmpty();
        // the KCC member who took the call serves these domains too
        assertThat(as(kcc, StaffRole.KCC, () -> caseIntakes.findIntakeOfCase(debtsCase))).isPresent();
    }

    @Test
    void a_team_lead_lists_the_team_assigns_and_records_the_decision_that_the_next_status_needs() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        String ref = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.JEUGD, "Hulp bij opvoeding")).cases().get(0).reference();
        String lead = fixture.staffMember("Team Jeugd", StaffRole.TEAMLEIDER);
        String consulent = fixture.staffMember("Team Jeugd", StaffRole.CONSULENT);
        String wmoConsulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);

        StaffCaseDetail seen = as(lead, StaffRole.TEAMLEIDER, () -> handling.findCase(ref)).orElseThrow();
        assertThat(seen.mayAssign()).isTrue();
        assertThat(as(lead, StaffRole.TEAMLEIDER, () -> handling.assignableStaff(ref)))
                .extracting(AssignableStaff::username, AssignableStaff::teamName)
                .contains(org.assertj.core.groups.Tuple.tuple(consulent, "Team Jeugd"))
                .noneMatch(t -> wmoConsulent.equals(t.toArray()[0]));
        StaffCaseDetail assigned = as(lead, StaffRole.TEAMLEIDER, () -> handling.assign(ref, seen.version(), consulent));
        assertThat(assigned.assigneeUsername()).isEqualTo(consulent);
        // a consulent neither lists nor assigns
        assertThat(refusal(() -> as(consulent, StaffRole.CONSULENT, () -> handling.assignableStaff(ref)))).isInstanceOf(EJBAccessException.class);
        assertThat(as(consulent, StaffRole.CONSULENT, () -> handling.findCase(ref)).orElseThrow().mayAssign()).isFalse();

        StaffCaseDetail inProgress = as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, assigned.version(), "IN_PROGRESS", null));
        assertThat(inProgress.nextStatuses()).singleElement().satisfies(next -> assertThat(next.requiresDecision()).isTrue());
        assertThat(messageKey(() -> as(lead, StaffRole.TEAMLEIDER, () -> handling.recordDecision(ref, inProgress.version(), null, "x"))))
                .isEqualTo(CaseFile.DECISION_INCOMPLETE);
        assertThat(messageKey(() -> as(lead, StaffRole.TEAMLEIDER, () -> handling.recordDecision(ref, inProgress.version(), DecisionOutcome.GRANTED, " "))))
                .isEqualTo(CaseFile.DECISION_INCOMPLETE);
        StaffCaseDetail decided = as(lead, StaffRole.TEAMLEIDER, () -> handling.recordDecision(ref, inProgress.version(),
                DecisionOutcome.PARTLY_GRANTED, "Opvoedondersteuning, 10 gesprekken"));
        assertThat(decided.decisionOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
        assertThat(decided.decisionText()).isEqualTo("Opvoedondersteuning, 10 gesprekken");
        assertThat(decided.history()).last().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(CaseEventKind.DECISION_RECORDED);
            assertThat(entry.detail()).isEqualTo("PARTLY_GRANTED");
            assertThat(entry.actorName()).isEqualTo("Medewerker " + lead);
        });
        assertThat(as(consulent, StaffRole.CONSULENT, () -> handling.moveToStatus(ref, decided.version(), "DECIDED", null)).statusCode())
                .isEqualTo("DECIDED");
    }

    // ------------------------------------------------------------------------------------------
    // Intake confirmation

    @Test
    void a_submitted_intake_is_confirmed_by_mail_with_the_references_deadlines_and_the_pdf_receipt() throws Exception {
        clock.set(amsterdam(2026, 3, 2));
        Bsn bsn = newBsn();
        String email = "aanmelding-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        IntakeReceipt receipt = fixture.submitThroughWizard(bsn, email);

        OutboxEntry queued = outbox.find(IntakeConfirmationMail.confirmationKey(fixture.intakeId(receipt.reference()))).orElseThrow();
        assertThat(queued.category()).isEqualTo(MailCategory.INTAKE_CONFIRMATION);
        MimeMessage mail = awaitMessage("Wij hebben uw aanmelding " + receipt.reference() + " ontvangen");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        CaseSummary debts = receipt.cases().get(0);
        assertThat(debts.urgent()).isTrue();
        String body = textOf(mail);
        // urgent debts (energy cut off): 3 working days, Thursday 5 March 2026
        assertThat(body).contains(receipt.reference(), debts.reference(), "dringend", "5 maart 2026", PORTAL + "/mijn/")
                .doesNotContain(bsn.value());
        Part pdf = attachment(mail);
        assertThat(pdf.getFileName()).isEqualTo("ontvangstbewijs-" + receipt.reference() + ".pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        try (InputStream in = pdf.getInputStream()) {
            assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Deadline watch

    @Test
    void the_deadline_watch_flags_an_overdue_case_once_even_when_run_twice() throws Exception {
        String consulent = fixture.staffMember("Team Wmo", StaffRole.CONSULENT);
        String jeugdLead = fixture.staffMember("Team Jeugd", StaffRole.TEAMLEIDER);
        String beheer = fixture.staffMember(null, StaffRole.BEHEERDER);
        // Monday 5 January 2026: Wmo deadline 16 February, Jeugd deadline 2 March
        clock.set(amsterdam(2026, 1, 5));
        String assigned = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.WMO, "Rolstoel")).cases().get(0).reference();
        String unassigned = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.JEUGD, "Opvoeding")).cases().get(0).reference();
        as(consulent, StaffRole.CONSULENT, () -> handling.claim(assigned, version(consulent, StaffRole.CONSULENT, assigned)));
        // Tuesday 20 January: Wmo deadline 3 March, due soon on 3 March
        clock.set(amsterdam(2026, 1, 20));
        String dueSoon = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.WMO, "Scootmobiel")).cases().get(0).reference();

        clock.set(amsterdam(2026, 3, 3));
        DeadlineWatchResult first = as(beheer, StaffRole.BEHEERDER, () -> watch.runNow());
        assertThat(first.day()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(first.overdueFlagged()).isGreaterThanOrEqualTo(2);
        assertThat(first.dueSoonFlagged()).isGreaterThanOrEqualTo(1);
        assertThat(fixture.notices(assigned, DeadlineEvent.OVERDUE)).isEqualTo(1);
        assertThat(fixture.notices(unassigned, DeadlineEvent.OVERDUE)).isEqualTo(1);
        assertThat(fixture.notices(dueSoon, DeadlineEvent.DUE_SOON)).isEqualTo(1);
        assertThat(fixture.notices(dueSoon, DeadlineEvent.OVERDUE)).isZero();
        // to the assignee; to the team lead when nobody has the case
        assertThat(outbox.find("deadline:" + fixture.caseId(assigned) + ":OVERDUE:2026-02-16:" + consulent)).isPresent();
        assertThat(outbox.find("deadline:" + fixture.caseId(unassigned) + ":OVERDUE:2026-03-02:" + jeugdLead)).isPresent();
        MimeMessage warning = awaitMessage("Termijn verlopen: zaak " + assigned + " (uiterlijk 16 februari 2026)");
        assertThat(warning.getAllRecipients()).extracting(Object::toString).containsExactly(consulent + "@voorbeeldstad.example");
        assertThat(textOf(warning)).contains("Beste Medewerker " + consulent, "De zaak is aan u toegewezen", PORTAL + "/medewerker/");
        MimeMessage toLead = awaitMessage("Termijn verlopen: zaak " + unassigned + " (uiterlijk 2 maart 2026)",
                jeugdLead + "@voorbeeldstad.example");
        assertThat(textOf(toLead)).contains("teamleider van Team Jeugd");

        // the second run (a restart, another cluster member) reports nothing again
        DeadlineWatchResult second = as(beheer, StaffRole.BEHEERDER, () -> watch.runNow());
        assertThat(second.overdueFlagged()).isZero();
        assertThat(second.dueSoonFlagged()).isZero();
        assertThat(fixture.notices(assigned, DeadlineEvent.OVERDUE)).isEqualTo(1);
        // flagging it directly (a member that raced past the watch's query) does nothing either
        assertThat(notifier.flag(fixture.caseId(assigned), DeadlineEvent.OVERDUE, LocalDate.of(2026, 2, 16), now.instant())).isEmpty();
        assertThat(fixture.notices(assigned, DeadlineEvent.OVERDUE)).isEqualTo(1);
        Thread.sleep(1500);
        assertThat(messages("Termijn verlopen: zaak " + assigned + " (uiterlijk 16 februari 2026)")).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------
    // Dashboard

    @Test
    void the_team_lead_dashboard_counts_in_the_database_what_the_worklist_shows() throws Exception {
        String lead = fixture.staffMember("Team Wmo", StaffRole.TEAMLEIDER);
        // two cases closed after 4 and 10 working days
        clock.set(amsterdam(2026, 3, 2));
        for (int closingDay : new int[]{6, 16}) {
            String ref = fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.WMO, "Afsluiten")).cases().get(0).reference();
            StaffCaseDetail claimed = as(lead, StaffRole.TEAMLEIDER, () -> handling.claim(ref, version(lead, StaffRole.TEAMLEIDER, ref)));
            StaffCaseDetail moved = as(lead, StaffRole.TEAMLEIDER, () -> handling.moveToStatus(ref, claimed.version(), "IN_PROGRESS", null));
            StaffCaseDetail decided = as(lead, StaffRole.TEAMLEIDER, () -> handling.recordDecision(ref, moved.version(), DecisionOutcome.REFUSED, "Geen recht"));
            StaffCaseDetail decidedStatus = as(lead, StaffRole.TEAMLEIDER, () -> handling.moveToStatus(ref, decided.version(), "DECIDED", null));
            clock.set(amsterdam(2026, 3, closingDay));
            as(lead, StaffRole.TEAMLEIDER, () -> handling.moveToStatus(ref, decidedStatus.version(), "CLOSED", null));
            clock.set(amsterdam(2026, 3, 2));
        }
        clock.set(amsterdam(2026, 3, 20));
        TeamDashboard dashboard = as(lead, StaffRole.TEAMLEIDER, () -> dashboards.dashboard());
        assertThat(dashboard.domains()).containsExactly(SocialDomain.WMO);
        assertThat(dashboard.openByStatus()).allSatisfy(count -> assertThat(count.domain()).isEqualTo(SocialDomain.WMO));
        assertThat(dashboard.open()).isEqualTo(dashboard.openByStatus().stream().mapToLong(StatusCount::count).sum());

        List<WorklistRow> all = new ArrayList<>();
        WorklistPage page;
        int first = 0;
        do {
            page = worklist(lead, new WorklistQuery(WorklistFilter.openCases(), WorklistSort.DEADLINE, true, first, 100));
            all.addAll(page.rows());
            first += 100;
        } while (first < page.total());
        assertThat(dashboard.open()).isEqualTo(page.total()).isEqualTo(all.size());
        assertThat(dashboard.overdue()).isEqualTo(all.stream().filter(r -> r.deadlineState() == DeadlineState.OVERDUE).count());
        assertThat(dashboard.dueSoon()).isEqualTo(all.stream().filter(r -> r.deadlineState() == DeadlineState.DUE_SOON).count());
        assertThat(dashboard.suspended()).isEqualTo(all.stream().filter(WorklistRow::suspended).count());

        List<Integer> days = fixture.handlingDays(SocialDomain.WMO).stream().sorted().toList();
        assertThat(days).contains(4, 10);
        double median = days.size() % 2 == 1 ? days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
        HandlingTime wmo = dashboard.handlingTimes().get(0);
        assertThat(wmo.domain()).isEqualTo(SocialDomain.WMO);
        assertThat(wmo.closedCases()).isEqualTo(days.size());
        assertThat(wmo.median()).isEqualTo(median);
        assertThat(dashboard.overall().median()).isEqualTo(median);

        // per domain: the same numbers as the totals (one domain here), in the order of the domains
        assertThat(dashboard.perDomain()).singleElement().satisfies(wmoCount -> {
            assertThat(wmoCount.domain()).isEqualTo(SocialDomain.WMO);
            assertThat(wmoCount.open()).isEqualTo(dashboard.open());
            assertThat(wmoCount.overdue()).isEqualTo(dashboard.overdue());
            assertThat(wmoCount.dueSoon()).isEqualTo(dashboard.dueSoon());
            assertThat(wmoCount.suspended()).isEqualTo(dashboard.suspended());
        });
        // per case type: Wmo has one case type, so its median is the domain's
        assertThat(dashboard.caseTypeHandlingTimes()).singleElement().satisfies(melding -> {
            assertThat(melding.domain()).isEqualTo(SocialDomain.WMO);
            assertThat(melding.caseTypeCode()).isEqualTo("WMO_MELDING");
            assertThat(melding.caseTypeNameKey()).isEqualTo("casetype.WMO_MELDING");
            assertThat(melding.closedCases()).isEqualTo(days.size());
            assertThat(melding.median()).isEqualTo(median);
        });
    }

    @Test
    void the_dashboard_counts_per_domain_a_new_case_as_open_and_received_and_later_as_overdue()
            throws Exception {
        String lead = fixture.staffMember("Team Jeugd", StaffRole.TEAMLEIDER);
        clock.set(amsterdam(2026, 1, 5));
        TeamDashboard before = as(lead, StaffRole.TEAMLEIDER, () -> dashboards.dashboard());
        assertThat(before.domains()).containsExactly(SocialDomain.JEUGD);
        // Monday 5 January 2026: Jeugd deadline 2 March; on 10 March it is overdue
        fixture.register(newBsn(), null, QuestionDraft.of(SocialDomain.JEUGD, "Opvoeding"));
        clock.set(amsterdam(2026, 3, 10));
        TeamDashboard after = as(lead, StaffRole.TEAMLEIDER, () -> dashboards.dashboard());
        clock.set(amsterdam(2026, 1, 5));
        TeamDashboard sameDay = as(lead, StaffRole.TEAMLEIDER, () -> dashboards.dashboard());

        assertThat(sameDay.perDomain().get(0).open()).isEqualTo(before.perDomain().get(0).open() + 1);
        assertThat(sameDay.perDomain().get(0).overdue()).isEqualTo(before.perDomain().get(0).overdue());
        assertThat(received(sameDay)).isEqualTo(received(before) + 1);
        assertThat(after.perDomain()).singleElement().satisfies(jeugd -> {
            assertThat(jeugd.domain()).isEqualTo(SocialDomain.JEUGD);
            assertThat(jeugd.overdue()).isEqualTo(after.overdue()).isGreaterThanOrEqualTo(1);
            assertThat(jeugd.open()).isEqualTo(after.open());
        });
        assertThat(after.overdue()).isGreaterThan(sameDay.overdue());
    }

    private static long received(TeamDashboard dashboard) {
        return dashboard.openByStatus().stream().filter(count -> count.statusCode().equals("RECEIVED"))
                .mapToLong(StatusCount::count).sum();
    }

    // ------------------------------------------------------------------------------------------
    // helpers

    private <T> T as(String username, StaffRole role, Callable<T> work) throws Exception {
        return callers.as(username, Set.of(role.name()), work);
    }

    private <T> T asCitizen(Callable<T> work) throws Exception {
        return callers.as("inwoner", Set.of(CitizenCaseService.CITIZEN_ROLE), work);
    }

    /** The worklist as a staff member in both handling roles (what he sees depends on his teams). */
    private WorklistPage worklist(String username, WorklistQuery query) throws Exception {
        return callers.as(username, Set.of(StaffRole.CONSULENT.name(), StaffRole.TEAMLEIDER.name()), () -> handling.worklist(query));
    }

    private long version(String username, StaffRole role, String reference) throws Exception {
        return as(username, role, () -> handling.findCase(reference)).orElseThrow().version();
    }

    private static List<String> refsOf(WorklistPage page) {
        return page.rows().stream().map(WorklistRow::reference).toList();
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String referenceOf(IntakeReceipt receipt, SocialDomain domain) {
        return receipt.cases().stream().filter(c -> c.domain() == domain).findFirst().orElseThrow().reference();
    }

    private static ZonedDateTime amsterdam(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 10, 0, 0, 0, WorkingDayCalendar.TIME_ZONE);
    }

    private static Bsn newBsn() {
        while (true) {
            String candidate = String.format("%09d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
            if (Bsn.isValid(candidate)) {
                return Bsn.of(candidate);
            }
        }
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** @return the EJBAccessException or DomainException in the chain of what the call threw */
    private static Throwable refusal(Callable<?> call) {
        Throwable thrown = catchThrowable(call::call);
        assertThat(thrown).as("refused").isNotNull();
        return causes(thrown).stream().filter(t -> t instanceof EJBAccessException || t instanceof DomainException)
                .findFirst().orElse(thrown);
    }

    private static String messageKey(Callable<?> call) {
        Throwable refused = refusal(call);
        assertThat(refused).isInstanceOf(DomainException.class);
        return ((DomainException) refused).getMessageKey();
    }

    private static synchronized void startSmtp() {
        if (smtp == null) {
            int port = ConfigProvider.getConfig().getValue("frontoffice.mail.smtp.port", Integer.class);
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    private static synchronized List<MimeMessage> messages(String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return subject.equals(message.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static MimeMessage awaitMessage(String subject) throws InterruptedException {
        await(() -> !messages(subject).isEmpty(), subject);
        return messages(subject).get(0);
    }

    private static MimeMessage awaitMessage(String subject, String recipient) throws InterruptedException {
        BooleanSupplier arrived = () -> messages(subject).stream().anyMatch(m -> hasRecipient(m, recipient));
        await(arrived, subject + " to " + recipient);
        return messages(subject).stream().filter(m -> hasRecipient(m, recipient)).findFirst().orElseThrow();
    }

    private static boolean hasRecipient(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("Not received within " + PATIENCE + ": " + what);
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Part attachment(Part part) throws Exception {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = attachment(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
