package nl.frontoffice.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.contact.CallbackListEntry;
import nl.frontoffice.contact.CallbackRequestRegistration;
import nl.frontoffice.contact.CallbackRequestView;
import nl.frontoffice.contact.ContactMomentRegistration;
import nl.frontoffice.contact.ContactService;
import nl.frontoffice.contact.RegisteredContactMoment;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.audit.AuditQuery;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.contact.CallbackStatus;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.platform.audit.AuditEntry;
import nl.frontoffice.platform.audit.AuditLog;
import nl.frontoffice.platform.audit.AuditPage;
import nl.frontoffice.platform.audit.AuditTrailService;
import nl.frontoffice.platform.persistence.JpaPersonalDataAccessRepository;
import nl.frontoffice.testing.ComponentTestDeployment;
import nl.frontoffice.testing.StaffFixture;
import nl.frontoffice.testing.TestClock;

/**
 * The citizen view, the KCC channel and the audit trail on Payara Micro with a real database, the real BRP adapter
 * ({@code integration-adapters}, as in the EAR's {@code lib/}) and the BRP stub's classes in the same WAR (the GBA-V
 * test set of RvIG).
 *
 * <p>Different users: every service call runs through {@link AsStaff#as}, a loopback HTTP request that the test-only
 * Jakarta Security mechanism {@link TestStaffAuthentication} logs in as a staff member of {@link StaffFixture} (his
 * roles as groups, mapped to roles by the test WAR's {@code payara-web.xml}), so the EJBs see a real caller
 * principal and real roles.
 *
 * <p>Run: {@code mvn -B -o -pl domain-model,integration-adapters,brp-stub install -DskipTests}, then
 * {@code mvn -B -o -pl intake-ejb verify -Dit.test=CitizenViewIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitizenViewIT {

    private static final AccessReason PHONE = AccessReason.of(AccessPurpose.PHONE_CONTACT);
    private static final AccessReason CASE_WORK = AccessReason.of(AccessPurpose.CASE_HANDLING);
    /** Team ids of migration V2. */
    private static final long TEAM_JEUGD = 2;

    private static final String PAYARA_WEB = """
            <payara-web-app>
              <security-role-mapping><role-name>KCC</role-name><group-name>KCC</group-name></security-role-mapping>
              <security-role-mapping><role-name>CONSULENT</role-name><group-name>CONSULENT</group-name></security-role-mapping>
              <security-role-mapping><role-name>TEAMLEIDER</role-name><group-name>TEAMLEIDER</group-name></security-role-mapping>
              <security-role-mapping><role-name>BEHEERDER</role-name><group-name>BEHEERDER</group-name></security-role-mapping>
            </payara-web-app>
            """;

    @Deployment
    static WebArchive deployment() throws IOException {
        WebArchive war = ComponentTestDeployment.create(CitizenViewIT.class, TestClock.class, StaffFixture.class,
                KlantbeeldFixture.class, TestStaffAuthentication.class, AsStaffServlet.class, AsStaff.class,
                BrpStubConfig.class);
        war.addAsLibrary(adapters());
        war.merge(stubClasses(), "/WEB-INF/classes");
        war.addAsWebInfResource(new StringAsset(PAYARA_WEB), "payara-web.xml");
        war.addAsResource(new StringAsset(BrpStubConfig.class.getName() + "\n"),
                "META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource");
        return war;
    }

    /** The BRP adapter as a library: its build output, or else the installed jar. */
    private static JavaArchive adapters() {
        Path classes = sibling("integration-adapters", "target/classes");
        if (Files.exists(classes.resolve("nl/frontoffice/adapters/brp/BrpSearchFallback.class"))) {
            return ShrinkWrap.create(JavaArchive.class, "integration-adapters.jar").as(ExplodedImporter.class)
                    .importDirectory(classes.toFile()).as(JavaArchive.class);
        }
        return ShrinkWrap.create(ZipImporter.class, "integration-adapters.jar")
                .importFrom(installed("integration-adapters", "jar")).as(JavaArchive.class);
    }

    /** The BRP stub's classes and test set (not its web descriptors: it shares this WAR's context root). */
    private static GenericArchive stubClasses() {
        Path classes = sibling("brp-stub", "target/classes");
        if (Files.exists(classes.resolve("nl/frontoffice/brpstub/personen/Searches.class"))) {
            return ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class)
                    .importDirectory(classes.toFile()).as(GenericArchive.class);
        }
        WebArchive stub = ShrinkWrap.create(ZipImporter.class, "brp-stub.war").importFrom(installed("brp-stub", "war"))
                .as(WebArchive.class);
        GenericArchive result = ShrinkWrap.create(GenericArchive.class);
        String prefix = "/WEB-INF/classes";
        for (Map.Entry<ArchivePath, Node> entry : stub.getContent(Filters.include(prefix + "/.*")).entrySet()) {
            if (entry.getValue().getAsset() != null) {
                result.add(entry.getValue().getAsset(), entry.getKey().get().substring(prefix.length()));
            }
        }
        return result;
    }

    private static Path sibling(String module, String path) {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolveSibling(module).resolve(path);
    }

    private static File installed(String artifact, String type) {
        Path repository = Path.of(System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository"));
        Path file = repository.resolve("nl/frontoffice/" + artifact + "/1.0.0-SNAPSHOT/" + artifact
                + "-1.0.0-SNAPSHOT." + type);
        if (!Files.exists(file)) {
            throw new IllegalStateException(artifact + " is neither built nor installed: run mvn -pl " + artifact
                    + " install -DskipTests first");
        }
        return file.toFile();
    }

    @EJB
    private CitizenViewService citizenView;

    @EJB
    private ContactService contact;

    @EJB
    private AuditTrailService auditTrail;

    @EJB
    private StaffFixture staff;

    @EJB
    private KlantbeeldFixture fixture;

    @Inject
    private TestClock clock;

    @Inject
    private HttpServletRequest request;

    private static String kccWmo;
    private static String consulentWmo;
    private static String consulentJeugd;
    private static String consulentWerk;
    private static String beheerder;

    private final List<String> auditLines = new CopyOnWriteArrayList<>();
    private final Handler auditCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            auditLines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void prepare() {
        AsStaff.at(request.getLocalPort(), request.getContextPath());
        BrpStubConfig.stubAt("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath()
                + "/haalcentraal/api/brp");
        switchStub("normal");
        if (kccWmo == null) {
            kccWmo = staff.staffMember("Team Wmo", null, StaffRole.KCC);
            consulentWmo = staff.staffMember("Team Wmo", null, StaffRole.CONSULENT);
            consulentJeugd = staff.staffMember("Team Jeugd", null, StaffRole.CONSULENT);
            consulentWerk = staff.staffMember("Team Werk en Inkomen", null, StaffRole.CONSULENT, StaffRole.TEAMLEIDER);
            beheerder = staff.staffMember(null, null, StaffRole.BEHEERDER);
        }
        auditLogger.addHandler(auditCapture);
    }

    /** Held strongly: the log manager keeps loggers only weakly, so a handler on a collected logger would hear nothing. */
    private final Logger auditLogger = Logger.getLogger(AuditLog.LOGGER_NAME);

    @AfterEach
    void cleanUp() {
        auditLogger.removeHandler(auditCapture);
        clock.reset();
        switchStub("normal");
    }

    /** What {@link #scenario} made. */
    record Scenario(String intake, String wmoCase, String jeugdCase, long contactMomentId, long callbackId) {
    }

    /**
     * A citizen's story on several channels: an intake on the website (WMO and Jeugd cases) on Monday 2 March 2026,
     * the WMO case moves on Tuesday, the citizen calls the contact centre on Wednesday at 12:00 and asks to be called
     * back by team Jeugd.
     */
    private Scenario scenario(String bsn) {
        clock.set(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC));
        Map<String, String> references = fixture.intakeWithWmoAndJeugdCases(bsn);
        clock.set(ZonedDateTime.of(2026, 3, 3, 10, 0, 0, 0, ZoneOffset.UTC));
        fixture.nextStatus(references.get("WMO"), "Huisbezoek gepland");
        clock.set(ZonedDateTime.of(2026, 3, 4, 11, 0, 0, 0, ZoneOffset.UTC));
        RegisteredContactMoment call = AsStaff.as(kccWmo, () -> contact.registerContactMoment(
                new ContactMomentRegistration(Bsn.of(bsn), Channel.PHONE, "Vraag over de status",
                        "Uitgelegd dat er een huisbezoek komt", List.of(references.get("WMO")), null)));
        clock.set(ZonedDateTime.of(2026, 3, 4, 11, 5, 0, 0, ZoneOffset.UTC));
        CallbackRequestView callback = AsStaff.as(kccWmo, () -> contact.requestCallback(
                new CallbackRequestRegistration(Bsn.of(bsn), TEAM_JEUGD, "06 12345678",
                        "Wil weten wanneer de jeugdconsulent belt", null, call.id())));
        clock.set(ZonedDateTime.of(2026, 3, 4, 12, 0, 0, 0, ZoneOffset.UTC));
        return new Scenario(references.get("intake"), references.get("WMO"),
                references.get("JEUGD"), call.id(), callback.id());
    }

    @Test
    @Order(1)
    void finds_a_citizen_by_bsn_by_surname_and_birth_date_and_by_postcode_and_house_number() {
        String wladyslaw = "999995017";

        CitizenSearchResult byBsn = AsStaff.as(kccWmo,
                () -> citizenView.findCitizens(CitizenQuery.byBsn(wladyslaw), PHONE));
        CitizenSearchResult byName = AsStaff.as(consulentWmo, () -> citizenView.findCitizens(
                CitizenQuery.bySurnameAndBirthDate("kwasniewski", null, LocalDate.of(1950, 7, 13)), CASE_WORK));
        CitizenSearchResult byAddress = AsStaff.as(kccWmo, () -> citizenView.findCitizens(
                CitizenQuery.byPostcodeAndHouseNumber("2545 nn", 182, null, null), PHONE));

        assertThat(byBsn.brpUnavailable()).isFalse();
        assertThat(byBsn.matches()).singleElement().satisfies(match -> {
            assertThat(match.bsn().value()).isEqualTo(wladyslaw);
            assertThat(match.name().displayName()).isEqualTo("Wladyslaw Kwasniewski");
            assertThat(match.birthDate()).isEqualTo(BirthDate.of(LocalDate.of(1950, 7, 13)));
            assertThat(match.addressLine1()).isEqualTo("Fluitenbergstraat 182");
            assertThat(match.addressLine2()).isEqualTo("2545 NN 's-Gravenhage");
            assertThat(match.inBrp()).isTrue();
            assertThat(match.knownLocally()).isFalse();
        });
        assertThat(byName.kind()).isEqualTo(CitizenQuery.Kind.SURNAME_AND_BIRTH_DATE);
        assertThat(byName.matches()).extracting(match -> match.bsn().value()).containsExactly(wladyslaw);
        assertThat(byName.matches().get(0).addressLine1()).isEqualTo("Fluitenbergstraat 182");
        assertThat(byName.matches().get(0).addressLine2()).isEqualTo("2545 NN  'S-GRAVENHAGE");
        assertThat(byAddress.matches()).extracting(match -> match.bsn().value()).contains(wladyslaw);
        assertThat(byAddress.matches()).allSatisfy(match -> assertThat(match.inBrp()).isTrue());

        // one audit row per citizen shown, per search; the log lines carry no BSN
        assertThat(fixture.auditRowsOf(wladyslaw)).isEqualTo(3);
        assertThat(auditLines).filteredOn(line -> line.startsWith("PERSONAL_DATA_VIEWED")).hasSizeGreaterThanOrEqualTo(3)
                .noneMatch(line -> line.contains(wladyslaw));

        // known locally once he has been in touch
        AsStaff.as(kccWmo, () -> contact.registerContactMoment(new ContactMomentRegistration(Bsn.of(wladyslaw),
                Channel.COUNTER, "Vraag over parkeervergunning", "Doorverwezen", List.of(), null)));
        assertThat(AsStaff.as(kccWmo, () -> citizenView.findCitizens(CitizenQuery.byBsn(wladyslaw), PHONE))
                .matches().get(0).knownLocally()).isTrue();
    }

    @Test
    @Order(2)
    void a_query_that_cannot_run_is_refused_with_a_problem_per_field() {
        Throwable refused = catchThrowable(() -> AsStaff.as(kccWmo,
                () -> citizenView.findCitizens(CitizenQuery.byBsn("999995018"), PHONE)));

        assertThat(refused).isInstanceOfSatisfying(CitizenQueryException.class, e -> assertThat(e.getProblems())
                .extracting(problem -> problem.field()).containsExactly("bsn"));
    }

    @Test
    @Order(3)
    void the_timeline_shows_every_channel_newest_first_and_what_a_kcc_member_may_open() {
        String suzanne = "999993653";
        Scenario story = scenario(suzanne);

        Throwable notLinkable = catchThrowable(() -> AsStaff.as(kccWmo, () -> contact.registerContactMoment(
                new ContactMomentRegistration(Bsn.of(suzanne), Channel.PHONE, "Vraag over jeugdhulp", null,
                        List.of(story.jeugdCase()), null))));
        CitizenTimeline timeline = AsStaff.as(kccWmo, () -> citizenView.timeline(Bsn.of(suzanne), PHONE));

        assertThat(notLinkable).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(ContactService.CASE_NOT_LINKABLE));
        assertThat(timeline.knownLocally()).isTrue();
        List<TimelineItem> items = timeline.items();
        assertThat(items).extracting(TimelineItem::kind).containsExactly(TimelineItemKind.CALLBACK_REQUESTED,
                TimelineItemKind.CONTACT_MOMENT, TimelineItemKind.CASE_STATUS_CHANGED, TimelineItemKind.CASE_OPENED,
                TimelineItemKind.CASE_OPENED, TimelineItemKind.INTAKE);
        assertThat(items).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));

        TimelineItem callback = items.get(0);
        assertThat(callback.text()).isEqualTo("Wil weten wanneer de jeugdconsulent belt");
        assertThat(callback.detail()).isEqualTo("06 12345678");
        assertThat(callback.team()).isEqualTo("Team Jeugd");
        assertThat(callback.dueDate()).as("next working day").isEqualTo(LocalDate.of(2026, 3, 5));
        TimelineItem call = items.get(1);
        assertThat(call.channel()).isEqualTo(Channel.PHONE);
        assertThat(call.text()).isEqualTo("Vraag over de status");
        assertThat(call.detail()).isEqualTo("Uitgelegd dat er een huisbezoek komt");
        assertThat(call.actorName()).isEqualTo("Test " + kccWmo);
        assertThat(call.relatedReferences()).containsExactly(story.wmoCase());
        TimelineItem statusChange = items.get(2);
        assertThat(statusChange.reference()).isEqualTo(story.wmoCase());
        assertThat(statusChange.access()).isEqualTo(ItemAccess.OPEN);
        assertThat(statusChange.detail()).isEqualTo("Huisbezoek gepland");
        assertThat(items.subList(3, 5)).extracting(TimelineItem::reference, TimelineItem::access)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(story.wmoCase(), ItemAccess.OPEN),
                        org.assertj.core.groups.Tuple.tuple(story.jeugdCase(), ItemAccess.SUMMARY));
        TimelineItem intake = items.get(5);
        assertThat(intake.reference()).isEqualTo(story.intake());
        assertThat(intake.channel()).isEqualTo(Channel.WEB);
        assertThat(intake.domains()).containsExactlyInAnyOrder(SocialDomain.WMO, SocialDomain.JEUGD);
        assertThat(intake.access()).as("answers of the Jeugd question are not the KCC member's")
                .isEqualTo(ItemAccess.SUMMARY);
        assertThat(intake.mayOpen()).isFalse();
        assertThat(intake.relatedReferences()).containsExactlyInAnyOrder(story.wmoCase(), story.jeugdCase());

        // the view is in the audit trail, with who and why
        AuditPage views = AsStaff.as(beheerder, () -> auditTrail.search(new AuditQuery(null, Bsn.of(suzanne),
                PersonalDataEvent.CITIZEN_TIMELINE_VIEWED, null, null), 0, 10));
        assertThat(views.total()).isEqualTo(1);
        assertThat(views.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.staffUsername()).isEqualTo(kccWmo);
            assertThat(entry.purpose()).isEqualTo(AccessPurpose.PHONE_CONTACT);
            assertThat(entry.occurredAt()).isEqualTo(ZonedDateTime.of(2026, 3, 4, 12, 0, 0, 0, ZoneOffset.UTC)
                    .toInstant());
        });
    }

    @Test
    @Order(4)
    void a_consulent_sees_other_domains_only_as_existing_and_a_consulent_of_another_team_is_refused() {
        String adrianus = "999990421";
        Scenario story = scenario(adrianus);

        CitizenTimeline forWmo = AsStaff.as(consulentWmo, () -> citizenView.timeline(Bsn.of(adrianus), CASE_WORK));
        CitizenTimeline forJeugd = AsStaff.as(consulentJeugd, () -> citizenView.timeline(Bsn.of(adrianus), CASE_WORK));
        Throwable timelineRefused = catchThrowable(() -> AsStaff.as(consulentWerk,
                () -> citizenView.timeline(Bsn.of(adrianus), CASE_WORK)));
        Throwable profileRefused = catchThrowable(() -> AsStaff.as(consulentWerk,
                () -> citizenView.profile(Bsn.of(adrianus), CASE_WORK)));

        assertThat(forWmo.items()).filteredOn(item -> item.domains().contains(SocialDomain.JEUGD)
                && item.kind() == TimelineItemKind.CASE_OPENED).singleElement().satisfies(jeugd -> {
                    assertThat(jeugd.access()).isEqualTo(ItemAccess.EXISTENCE);
                    assertThat(jeugd.reference()).isNull();
                });
        assertThat(forWmo.items()).noneMatch(item -> story.jeugdCase().equals(item.reference())
                || item.relatedReferences().contains(story.jeugdCase()));
        assertThat(forWmo.items()).filteredOn(item -> story.wmoCase().equals(item.reference()))
                .hasSize(2).allMatch(TimelineItem::mayOpen);
        assertThat(forWmo.items()).filteredOn(item -> item.kind() == TimelineItemKind.INTAKE).singleElement()
                .satisfies(intake -> {
                    assertThat(intake.access()).isEqualTo(ItemAccess.SUMMARY);
                    assertThat(intake.relatedReferences()).containsExactly(story.wmoCase());
                });
        assertThat(forJeugd.items()).filteredOn(item -> story.jeugdCase().equals(item.reference()))
                .singleElement().satisfies(item -> assertThat(item.access()).isEqualTo(ItemAccess.OPEN));
        assertThat(forJeugd.items()).noneMatch(item -> story.wmoCase().equals(item.reference()));
        assertThat(forJeugd.items()).filteredOn(item -> item.kind() == TimelineItemKind.CASE_STATUS_CHANGED)
                .as("status changes of a WMO case are not the Jeugd consulent's").isEmpty();
        for (Throwable refused : List.of(timelineRefused, profileRefused)) {
            assertThat(refused).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.getMessageKey()).isEqualTo(CallerScope.ACCESS_REFUSED));
        }
        assertThat(auditLines).anyMatch(line -> line.startsWith("PERSONAL_DATA_REFUSED subject=\"" + consulentWerk));
    }

    @Test
    @Order(5)
    void callback_requests_are_listed_for_their_team_and_completed_by_a_member_only() {
        String paolo = "999990408";
        Scenario story = scenario(paolo);

        List<CallbackRequestView> forJeugd = AsStaff.as(consulentJeugd, () -> contact.openCallbackRequests());
        List<CallbackRequestView> forWmo = AsStaff.as(consulentWmo, () -> contact.openCallbackRequests());
        List<CallbackListEntry> namedForJeugd = AsStaff.as(consulentJeugd, () -> contact.openCallbackRequestList());
        Throwable notYourTeam = catchThrowable(() -> AsStaff.as(consulentWmo,
                () -> contact.completeCallbackRequest(story.callbackId(), "Gebeld")));
        clock.set(ZonedDateTime.of(2026, 3, 5, 8, 30, 0, 0, ZoneOffset.UTC));
        CallbackRequestView done = AsStaff.as(consulentJeugd,
                () -> contact.completeCallbackRequest(story.callbackId(), "Teruggebeld, afspraak gemaakt"));
        Throwable twice = catchThrowable(() -> AsStaff.as(consulentJeugd,
                () -> contact.completeCallbackRequest(story.callbackId(), "Nog eens")));

        assertThat(forJeugd).filteredOn(view -> view.id() == story.callbackId()).singleElement().satisfies(view -> {
            assertThat(view.citizen().value()).isEqualTo(paolo);
            assertThat(view.teamName()).isEqualTo("Team Jeugd");
            assertThat(view.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(view.overdue()).isFalse();
            assertThat(view.requestedBy()).isEqualTo("Test " + kccWmo);
        });
        assertThat(forWmo).noneMatch(view -> view.id() == story.callbackId());
        // the list for the team says whom to call, by the name in the BRP
        assertThat(namedForJeugd).filteredOn(entry -> entry.request().id() == story.callbackId()).singleElement()
                .satisfies(entry -> assertThat(entry.citizenName().displayName()).isEqualTo("Paolo de Jager"));
        assertThat(notYourTeam).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(ContactService.CALLBACK_NOT_YOUR_TEAM));
        assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(done.completedBy()).isEqualTo("Test " + consulentJeugd);
        assertThat(twice).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("contact.callback.done"));
        assertThat(AsStaff.as(consulentJeugd, () -> contact.openCallbackRequests()))
                .noneMatch(view -> view.id() == story.callbackId());
        assertThat(AsStaff.as(kccWmo, () -> citizenView.timeline(Bsn.of(paolo), PHONE)).items().get(0))
                .satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(TimelineItemKind.CALLBACK_COMPLETED);
                    assertThat(item.text()).isEqualTo("Teruggebeld, afspraak gemaakt");
                });
        // the list showed the citizen's phone number and question to the Jeugd consulent: audited
        AuditPage listed = AsStaff.as(beheerder, () -> auditTrail.search(new AuditQuery(consulentJeugd,
                Bsn.of(paolo), PersonalDataEvent.CALLBACK_REQUEST_LISTED, null, null), 0, 10));
        assertThat(listed.total()).as("once by the plain list, once by the list with names").isEqualTo(2);
        assertThat(listed.entries().get(0).purpose()).isEqualTo(AccessPurpose.CALLBACK);
    }

    @Test
    @Order(6)
    void the_profile_comes_from_the_brp_and_is_audited() {
        String merel = "999993847";

        CitizenProfile profile = AsStaff.as(kccWmo, () -> citizenView.profile(Bsn.of(merel), PHONE));

        assertThat(profile.brpUnavailable()).isFalse();
        assertThat(profile.person()).hasValueSatisfying(person -> {
            assertThat(person.name().displayName()).isEqualTo("Merel Kooyman");
            assertThat(person.partners()).hasSize(1);
            assertThat(person.children()).hasSize(2);
        });
        AuditPage fetched = AsStaff.as(beheerder, () -> auditTrail.search(new AuditQuery(kccWmo, Bsn.of(merel),
                PersonalDataEvent.BRP_PERSON_FETCHED, null, null), 0, 10));
        assertThat(fetched.total()).isEqualTo(1);
    }

    @Test
    @Order(7)
    void only_a_beheerder_searches_the_audit_trail_paged_in_the_database_and_nobody_changes_it() throws Exception {
        String jacoba = "999993483";
        AsStaff.as(kccWmo, () -> citizenView.findCitizens(CitizenQuery.byBsn(jacoba), PHONE));
        AsStaff.as(kccWmo, () -> citizenView.timeline(Bsn.of(jacoba), AccessReason.other("Bezwaarschrift")));
        AsStaff.as(kccWmo, () -> citizenView.timeline(Bsn.of(jacoba), PHONE));

        AuditPage first = AsStaff.as(beheerder, () -> auditTrail.search(new AuditQuery(null, Bsn.of(jacoba), null,
                null, null), 0, 2));
        AuditPage second = AsStaff.as(beheerder, () -> auditTrail.search(new AuditQuery(null, Bsn.of(jacoba), null,
                null, null), 2, 2));

        assertThat(first.total()).isEqualTo(3).isEqualTo(fixture.auditRowsOf(jacoba));
        assertThat(first.entries()).hasSize(2);
        assertThat(second.entries()).hasSize(1);
        assertThat(first.entries().get(0).id()).as("newest first").isGreaterThan(first.entries().get(1).id());
        assertThat(second.entries().get(0).event()).isEqualTo(PersonalDataEvent.CITIZEN_SEARCH_RESULT);
        assertThat(first.entries()).extracting(AuditEntry::purposeNote).contains("Bezwaarschrift");

        // nobody but a BEHEERDER may search it, and a BEHEERDER does not see citizens
        assertRefusedByTheContainer(catchThrowable(() -> AsStaff.as(kccWmo,
                () -> auditTrail.search(AuditQuery.everything(), 0, 10))));
        assertRefusedByTheContainer(catchThrowable(() -> AsStaff.as(consulentWerk,
                () -> auditTrail.search(AuditQuery.everything(), 0, 10))));
        assertRefusedByTheContainer(catchThrowable(() -> AsStaff.as(beheerder,
                () -> citizenView.timeline(Bsn.of(jacoba), PHONE))));
        assertRefusedByTheContainer(catchThrowable(() -> citizenView.timeline(Bsn.of(jacoba), PHONE)));

        // no update or delete path: the repository and the services offer none, and JPA refuses a removal
        assertThat(publicMethods(JpaPersonalDataAccessRepository.class)).containsExactlyInAnyOrder("append",
                "search", "count");
        assertThat(publicMethods(AuditTrailService.class)).containsExactlyInAnyOrder("search", "count");
        assertThat(fixture.tryToRemoveAuditRow(first.entries().get(0).id()))
                .isEqualTo("UnsupportedOperationException");
        assertThat(fixture.auditRowsOf(jacoba)).isEqualTo(3);
    }

    @Test
    @Order(99)
    void with_the_brp_down_a_search_by_bsn_still_finds_a_citizen_known_locally_with_a_clear_flag() {
        String lisanty = "999990482";
        String unknownLocally = "999992077";
        AsStaff.as(kccWmo, () -> contact.registerContactMoment(new ContactMomentRegistration(Bsn.of(lisanty),
                Channel.EMAIL, "Vraag over kwijtschelding", null, List.of(), null)));
        switchStub("down");

        CitizenSearchResult known = AsStaff.as(kccWmo, () -> citizenView.findCitizens(CitizenQuery.byBsn(lisanty),
                PHONE));
        CitizenSearchResult unknown = AsStaff.as(kccWmo,
                () -> citizenView.findCitizens(CitizenQuery.byBsn(unknownLocally), PHONE));
        CitizenSearchResult byAddress = AsStaff.as(kccWmo, () -> citizenView.findCitizens(
                CitizenQuery.byPostcodeAndHouseNumber("9573 PA", 3, null, null), PHONE));
        CitizenTimeline timeline = AsStaff.as(kccWmo, () -> citizenView.timeline(Bsn.of(lisanty), PHONE));
        CitizenProfile profile = AsStaff.as(kccWmo, () -> citizenView.profile(Bsn.of(lisanty), PHONE));

        assertThat(known.brpUnavailable()).isTrue();
        assertThat(known.brpUnavailableReason()).isNotNull();
        assertThat(known.matches()).singleElement().satisfies(match -> {
            assertThat(match.bsn().value()).isEqualTo(lisanty);
            assertThat(match.knownLocally()).isTrue();
            assertThat(match.inBrp()).isFalse();
            assertThat(match.name().displayName()).isEmpty();
        });
        assertThat(unknown.brpUnavailable()).isTrue();
        assertThat(unknown.matches()).isEmpty();
        assertThat(byAddress.brpUnavailable()).isTrue();
        assertThat(byAddress.matches()).isEmpty();
        assertThat(timeline.items()).extracting(TimelineItem::kind).containsExactly(TimelineItemKind.CONTACT_MOMENT);
        assertThat(profile.brpUnavailable()).isTrue();
        assertThat(profile.knownLocally()).isTrue();
    }

    /** Switches the BRP stub (its management endpoint answers loopback only; the stub's classes are not on the
     *  test's compile path). */
    private void switchStub(String mode) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                            + request.getLocalPort() + request.getContextPath() + "/beheer/modus"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("modus=" + mode)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not switch the BRP stub", e);
        }
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> !method.isSynthetic()).map(Method::getName).distinct().toList();
    }

    private static void assertRefusedByTheContainer(Throwable refused) {
        Throwable cause = refused;
        while (cause instanceof EJBException && !(cause instanceof EJBAccessException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(EJBAccessException.class);
    }
}
