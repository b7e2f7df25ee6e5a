package nl.frontoffice.domain.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import jakarta.validation.ConstraintViolationException;
import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseNote;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.contact.ContactMoment;
import nl.frontoffice.domain.intake.AttachmentPolicy;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeAttachment;
import nl.frontoffice.domain.intake.IntakeCatalogue;
import nl.frontoffice.domain.intake.IntakeDraft;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.intake.Question;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.ActorType;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffCredential;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;
import nl.frontoffice.domain.testdata.ReferenceData;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import static nl.frontoffice.domain.shared.SocialDomain.JEUGD;
import static nl.frontoffice.domain.shared.SocialDomain.PARTICIPATIE;
import static nl.frontoffice.domain.shared.SocialDomain.SCHULDHULPVERLENING;
import static nl.frontoffice.domain.shared.SocialDomain.WMO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Proves that Flyway owns the schema and that the JPA mappings match it, on both databases the
 * application runs on: the migrations run on an empty database, then the persistence unit
 * {@code frontoffice} (switched to RESOURCE_LOCAL, never generating anything) stores and reloads a
 * full object graph.
 *
 * <p>PostgreSQL is expected at 127.0.0.1:5432, user {@code postgres} without password; override
 * with {@code -Dfrontoffice.test.postgres.host/port/user/password}. The test creates the database
 * {@value #POSTGRES_DATABASE} if needed and recreates its schema {@code public}. When PostgreSQL is
 * not reachable the test fails: the migrations must be proven on the production database.
 */
class MigrationAndMappingTest {

    static final String POSTGRES_DATABASE = "frontoffice_domain_test";

    static final Set<String> TABLES = Set.of(
            "citizen", "team", "team_domain", "staff_member", "staff_role", "staff_team",
            "case_type", "case_status", "intake", "intake_question", "intake_question_urgency",
            "case_file", "case_status_change", "contact_moment", "contact_moment_case", "staff_credential",
            "saml_replay", "intake_draft", "intake_draft_field", "intake_attachment", "intake_answer",
            "mail_outbox", "mail_outbox_attachment",
            // V7: case handling and the deadline watch
            "case_note", "case_deadline_notice",
            // V8: callback requests and the audit trail of views of personal data
            "callback_request", "personal_data_access");

    /** Monday 2 March 2026, 10:15 in Amsterdam (winter time). */
    static final Instant SUBMITTED = Instant.parse("2026-03-02T09:15:30.123456Z");
    /** Tuesday 3 March 2026. */
    static final Instant STATUS_CHANGED = Instant.parse("2026-03-03T14:00:00.000001Z");
    /** Summer time: Wednesday 1 July 2026, 11:45 in Amsterdam. */
    static final Instant CONTACT_AT = Instant.parse("2026-07-01T09:45:00Z");

    @Nested
    class OnH2 extends DatabaseScenario {

        private static final String URL = "jdbc:h2:mem:frontoffice_domain_test;DB_CLOSE_DELAY=-1";

        @Override
        String url() {
            return URL;
        }

        @Override
        String user() {
            return "sa";
        }

        @Override
        String password() {
            return "";
        }

        @Override
        String driver() {
            return "org.h2.Driver";
        }

        @Override
        void prepareEmptyDatabase() throws SQLException {
            try (Connection connection = DriverManager.getConnection(URL, user(), password());
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
            }
        }
    }

    @Nested
    class OnPostgreSQL extends DatabaseScenario {

        private final String host = System.getProperty("frontoffice.test.postgres.host", "127.0.0.1");
        private final String port = System.getProperty("frontoffice.test.postgres.port", "5432");
        private final String user = System.getProperty("frontoffice.test.postgres.user", "postgres");
        private final String password = System.getProperty("frontoffice.test.postgres.password", "");

        @Override
        String url() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + POSTGRES_DATABASE;
        }

        @Override
        String user() {
            return user;
        }

        @Override
        String password() {
            return password;
        }

        @Override
        String driver() {
            return "org.postgresql.Driver";
        }

        @Override
        void prepareEmptyDatabase() {
            String adminUrl = "jdbc:postgresql://" + host + ":" + port + "/postgres?connectTimeout=5";
            try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
                boolean exists;
                try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    query.setString(1, POSTGRES_DATABASE);
                    try (ResultSet rows = query.executeQuery()) {
                        exists = rows.next();
                    }
                }
                if (!exists) {
                    try (Statement statement = admin.createStatement()) {
                        statement.execute("CREATE DATABASE " + POSTGRES_DATABASE);
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError("PostgreSQL is not reachable at " + adminUrl + " as user '" + user
                        + "' (" + e.getMessage() + "). Start PostgreSQL 15 on that address, or point the test at"
                        + " one with -Dfrontoffice.test.postgres.host/port/user/password. This test does not"
                        + " skip: the migrations must be proven on PostgreSQL.", e);
            }
            try (Connection connection = DriverManager.getConnection(url(), user, password);
                 Statement statement = connection.createStatement()) {
                // Flyway's clean is disabled (as it should be): start from an empty schema ourselves
                statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
                statement.execute("CREATE SCHEMA public");
            } catch (SQLException e) {
                throw new AssertionError("Could not empty schema public of " + url() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The tests, run once per database.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class DatabaseScenario {

        private EntityManagerFactory emf;
        private List<MigrationInfo> applied;

        abstract String url();

        abstract String user();

        abstract String password();

        abstract String driver();

        abstract void prepareEmptyDatabase() throws SQLException;

        @BeforeAll
        void migrateAndStartThePersistenceUnit() throws SQLException {
            prepareEmptyDatabase();

            Flyway flyway = Flyway.configure()
                    .dataSource(url(), user(), password())
                    .locations("classpath:db/migration")
                    .load();
            flyway.migrate();
            applied = List.of(flyway.info().applied());

            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.jdbc.driver", driver());
            properties.put("jakarta.persistence.jdbc.url", url());
            properties.put("jakarta.persistence.jdbc.user", user());
            properties.put("jakarta.persistence.jdbc.password", password());
            properties.put("eclipselink.target-server", "None");
            // the schema comes from Flyway only
            properties.put("jakarta.persistence.schema-generation.database.action", "none");
            properties.put("eclipselink.ddl-generation", "none");
            // keep the build log quiet: without weaving (Java SE) EclipseLink warns about every lazy
            // to-one, and the negative tests below provoke database errors on purpose
            properties.put("eclipselink.logging.level", "SEVERE");
            emf = Persistence.createEntityManagerFactory("frontoffice", properties);
        }

        @AfterAll
        void closeThePersistenceUnit() {
            if (emf != null) {
                emf.close();
            }
        }

        @Test
        void flywayCreatedTheSchema() throws SQLException {
            // every migration applied, in order, without gaps: V1, V2, ... Vn
            assertThat(applied).isNotEmpty().allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
            assertThat(applied).extracting(info -> info.getVersion().getVersion())
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, applied.size())
                            .mapToObj(String::valueOf).toList());

            Set<String> tables = new TreeSet<>();
            try (Connection connection = connect()) {
                DatabaseMetaData metaData = connection.getMetaData();
                try (ResultSet rows = metaData.getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
                    while (rows.next()) {
                        tables.add(rows.getString("TABLE_NAME").toLowerCase());
                    }
                }
            }
            assertThat(tables).containsExactlyInAnyOrderElementsOf(
                    union(TABLES, Set.of("flyway_schema_history")));
        }

        @Test
        void theReferenceDataIsWhatTheDomainRulesAreTestedWith() {
            EntityManager em = emf.createEntityManager();
            try {
                List<CaseType> types = em.createQuery("SELECT t FROM CaseType t ORDER BY t.code", CaseType.class)
                        .getResultList();
                Map<SocialDomain, CaseType> expected = ReferenceData.intakeCaseTypes();

                assertThat(types).hasSize(4);
                for (CaseType type : types) {
                    CaseType fixture = expected.get(type.getDomain());
                    assertThat(type.getCode()).isEqualTo(fixture.getCode());
                    assertThat(type.getNameKey()).isEqualTo(fixture.getNameKey());
                    assertThat(type.getLegalBasis()).isEqualTo(fixture.getLegalBasis());
                    assertThat(type.getDeadline()).isEqualTo(fixture.getDeadline());
                    assertThat(type.getUrgentDeadline()).isEqualTo(fixture.getUrgentDeadline());
                    assertThat(type.isIntakeDefault()).isTrue();
                    assertThat(type.getStatuses())
                            .extracting(CaseStatus::getCode, CaseStatus::getSequenceNumber, CaseStatus::getNameKey,
                                    CaseStatus::isInitial, CaseStatus::isTerminal)
                            .containsExactlyElementsOf(fixture.getStatuses().stream()
                                    .map(s -> tuple(s.getCode(), s.getSequenceNumber(), s.getNameKey(), s.isInitial(), s.isTerminal()))
                                    .toList());
                }
                assertThat(expected.get(SCHULDHULPVERLENING).getUrgentDeadline()).contains(DeadlineRule.workingDays(3));

                List<Team> teams = em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultList();
                assertThat(teams).extracting(Team::getName, Team::getDomains).containsExactly(
                        tuple("Team Jeugd", Set.of(JEUGD)),
                        tuple("Team Werk en Inkomen", Set.of(PARTICIPATIE, SCHULDHULPVERLENING)),
                        tuple("Team Wmo", Set.of(WMO)));

                ResourceBundle dutch = ResourceBundle.getBundle("nl.frontoffice.domain.DomainMessages", java.util.Locale.forLanguageTag("nl"));
                ResourceBundle english = ResourceBundle.getBundle("nl.frontoffice.domain.DomainMessages", java.util.Locale.ENGLISH);
                types.forEach(type -> {
                    assertThat(dutch.containsKey(type.getNameKey())).as(type.getNameKey()).isTrue();
                    assertThat(english.containsKey(type.getNameKey())).as(type.getNameKey()).isTrue();
                    type.getStatuses().forEach(status -> assertThat(dutch.containsKey(status.getNameKey())).as(status.getNameKey()).isTrue());
                });
            } finally {
                em.close();
            }
        }

        @Test
        void storesAndReloadsAFullGraph() throws SQLException {
            WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();
            Bsn bsn = Bsn.of("999993847");

            // --- store, in one transaction, the way a service would
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            Team teamWmo = teamNamed(em, "Team Wmo");
            Team teamWerkEnInkomen = teamNamed(em, "Team Werk en Inkomen");
            StaffMember consulent = new StaffMember("jdevries", "J. de Vries", "j.devries@example.nl");
            consulent.grant(StaffRole.CONSULENT);
            consulent.grant(StaffRole.TEAMLEIDER);
            consulent.joinTeam(teamWmo);
            consulent.joinTeam(teamWerkEnInkomen);
            em.persist(consulent);

            Citizen citizen = Citizen.register(bsn, SUBMITTED);
            citizen.updateContactDetails(ContactDetails.of("06 12345678", "inwoner@example.nl"));
            em.persist(citizen);

            String submissionKey = UUID.randomUUID().toString();
            Intake intake = Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"), List.of(
                    QuestionDraft.of(WMO, "Ik kan niet meer zelf boodschappen doen."),
                    QuestionDraft.of(JEUGD, "Mijn dochter heeft hulp nodig."),
                    QuestionDraft.of(SCHULDHULPVERLENING, "Ik moet mijn huis uit en het gas wordt afgesloten.",
                            UrgencyReason.EVICTION, UrgencyReason.ENERGY_CUT_OFF)), SUBMITTED);
            intake.rememberSubmissionKey(submissionKey);
            em.persist(intake);
            intake.assignReference(2026, intake.getId());

            List<CaseFile> cases = intake.openCases(intakeCaseTypes(em), intake.getSubmissionDate(), calendar,
                    Actor.system(), SUBMITTED);
            for (CaseFile caseFile : cases) {
                em.persist(caseFile);
                caseFile.assignReference(2026, caseFile.getId());
            }
            CaseFile wmoCase = cases.get(0);
            wmoCase.assignToTeam(teamWmo);
            wmoCase.assignTo(consulent);
            wmoCase.changeStatus("IN_PROGRESS", consulent.asActor(), "Huisbezoek gepland", STATUS_CHANGED);

            ContactMoment contact = ContactMoment.register(citizen, Channel.PHONE, "Vraag over het huisbezoek",
                    "Afspraak bevestigd", CONTACT_AT, consulent.asActor());
            contact.linkCase(wmoCase);
            em.persist(contact);
            em.getTransaction().commit();
            em.close();

            String intakeReference = intake.getReference();
            String wmoReference = wmoCase.getReference();
            assertThat(intakeReference).isEqualTo(String.format("I-2026-%06d", intake.getId()));
            assertThat(wmoReference).matches("Z-2026-\\d{6}");

            // --- reload from the database, not from a cache
            emf.getCache().evictAll();
            em = emf.createEntityManager();
            try {
                Citizen reloadedCitizen = em.createQuery("SELECT c FROM Citizen c WHERE c.bsn = :bsn", Citizen.class)
                        .setParameter("bsn", bsn)
                        .getSingleResult();
                assertThat(reloadedCitizen).isNotSameAs(citizen);
                assertThat(reloadedCitizen.getBsn()).isEqualTo(bsn);
                assertThat(reloadedCitizen.getCreatedAt()).isEqualTo(SUBMITTED);
                assertThat(reloadedCitizen.getContactDetails()).isEqualTo(ContactDetails.of("06 12345678", "inwoner@example.nl"));

                Intake reloadedIntake = em.createQuery("SELECT i FROM Intake i WHERE i.reference = :reference", Intake.class)
                        .setParameter("reference", intakeReference)
                        .getSingleResult();
                assertThat(reloadedIntake.getCitizen().getId()).isEqualTo(reloadedCitizen.getId());
                assertThat(reloadedIntake.getChannel()).isEqualTo(Channel.WEB);
                assertThat(reloadedIntake.getAuthor()).isEqualTo(Actor.citizen("Inwoner"));
                assertThat(reloadedIntake.getSubmittedAt()).isEqualTo(SUBMITTED);
                assertThat(reloadedIntake.getSubmissionKey()).contains(submissionKey);
                assertThat(reloadedIntake.getQuestions())
                        .extracting(Question::getSequenceNumber, Question::getDomain, Question::getUrgencyReasons)
                        .containsExactly(
                                tuple(1, WMO, Set.of()),
                                tuple(2, JEUGD, Set.of()),
                                tuple(3, SCHULDHULPVERLENING, Set.of(UrgencyReason.EVICTION, UrgencyReason.ENERGY_CUT_OFF)));
                assertThat(reloadedIntake.getQuestions().get(0).getDescription()).isEqualTo("Ik kan niet meer zelf boodschappen doen.");
                assertThat(reloadedIntake.getCases()).extracting(c -> c.getCaseType().getCode())
                        .containsExactly("WMO_MELDING", "JEUGD_AANVRAAG", "SHV_AANMELDING");
                assertThat(reloadedIntake.getQuestions()).allSatisfy(question ->
                        assertThat(question.getCaseFile().map(CaseFile::getDomain)).contains(question.getDomain()));

                CaseFile reloadedWmo = em.createQuery("SELECT c FROM CaseFile c WHERE c.reference = :reference", CaseFile.class)
                        .setParameter("reference", wmoReference)
                        .getSingleResult();
                assertThat(reloadedWmo.getStartDate()).isEqualTo(LocalDate.of(2026, 3, 2));
                assertThat(reloadedWmo.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 13));
                assertThat(reloadedWmo.isUrgent()).isFalse();
                assertThat(reloadedWmo.getStatusCode()).isEqualTo("IN_PROGRESS");
                assertThat(reloadedWmo.getCurrentStatus().getNameKey()).isEqualTo("casestatus.IN_PROGRESS");
                assertThat(reloadedWmo.getAssignee().map(StaffMember::getUsername)).contains("jdevries");
                assertThat(reloadedWmo.getTeam().map(Team::getName)).contains("Team Wmo");
                assertThat(reloadedWmo.getQuestions()).extracting(Question::getDomain).containsExactly(WMO);
                assertThat(reloadedWmo.getHistory())
                        .extracting(change -> change.getFromStatus().orElse(null), CaseStatusChange::getToStatus,
                                change -> change.getChangedBy().getType(), change -> change.getChangedBy().getIdentifier(),
                                CaseStatusChange::getChangedAt, change -> change.getReason().orElse(null))
                        .containsExactly(
                                tuple(null, "RECEIVED", ActorType.SYSTEM, "system", SUBMITTED, null),
                                tuple("RECEIVED", "IN_PROGRESS", ActorType.STAFF, "jdevries", STATUS_CHANGED, "Huisbezoek gepland"));

                CaseFile reloadedShv = reloadedIntake.getCases().get(2);
                assertThat(reloadedShv.isUrgent()).isTrue();
                assertThat(reloadedShv.getDeadline()).isEqualTo(LocalDate.of(2026, 3, 5));
                assertThat(reloadedIntake.getCases().get(1).getDeadline()).isEqualTo(LocalDate.of(2026, 4, 28));

                StaffMember reloadedConsulent = em.createQuery(
                                "SELECT s FROM StaffMember s WHERE s.username = :username", StaffMember.class)
                        .setParameter("username", "jdevries")
                        .getSingleResult();
                assertThat(reloadedConsulent.getRoles()).containsExactlyInAnyOrder(StaffRole.CONSULENT, StaffRole.TEAMLEIDER);
                assertThat(reloadedConsulent.getTeams()).extracting(Team::getName)
                        .containsExactlyInAnyOrder("Team Wmo", "Team Werk en Inkomen");
                assertThat(reloadedConsulent.servesDomain(SCHULDHULPVERLENING)).isTrue();
                assertThat(reloadedConsulent.servesDomain(JEUGD)).isFalse();
                assertThat(reloadedConsulent.getEmail()).contains("j.devries@example.nl");
                assertThat(reloadedConsulent.isActive()).isTrue();

                ContactMoment reloadedContact = em.createQuery(
                                "SELECT m FROM ContactMoment m WHERE m.citizen = :citizen", ContactMoment.class)
                        .setParameter("citizen", reloadedCitizen)
                        .getSingleResult();
                assertThat(reloadedContact.getChannel()).isEqualTo(Channel.PHONE);
                assertThat(reloadedContact.getSubject()).isEqualTo("Vraag over het huisbezoek");
                assertThat(reloadedContact.getOutcome()).contains("Afspraak bevestigd");
                assertThat(reloadedContact.getOccurredAt()).isEqualTo(CONTACT_AT);
                assertThat(reloadedContact.getRegisteredBy()).isEqualTo(Actor.staff("jdevries", "J. de Vries"));
                assertThat(reloadedContact.getCases()).extracting(CaseFile::getReference).containsExactly(wmoReference);

                List<CaseFile> linked = em.createQuery(
                                "SELECT c FROM ContactMoment m JOIN m.cases c WHERE m.id = :id", CaseFile.class)
                        .setParameter("id", reloadedContact.getId())
                        .getResultList();
                assertThat(linked).containsExactly(reloadedWmo);
            } finally {
                em.close();
            }

            // --- what is in the columns themselves
            try (Connection connection = connect();
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT c.bsn, i.submitted_at FROM citizen c JOIN intake i ON i.citizen_id = c.id WHERE i.reference = ?")) {
                query.setString(1, intakeReference);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("bsn")).isEqualTo("999993847");
                    assertThat(row.getObject("submitted_at", OffsetDateTime.class).toInstant()).isEqualTo(SUBMITTED);
                }
            }
        }

        @Test
        void theSchemaEnforcesWhatTheModelPromises() throws SQLException {
            // a second citizen with the same BSN
            Bsn bsn = Bsn.of("999990019");
            inTransaction(em -> em.persist(Citizen.register(bsn, SUBMITTED)));
            assertThatThrownBy(() -> inTransaction(em -> em.persist(Citizen.register(bsn, SUBMITTED))))
                    .isInstanceOf(RollbackException.class);

            // Bean Validation runs before anything reaches the database
            Citizen withBadDetails = Citizen.register(Bsn.of("999990020"), SUBMITTED);
            withBadDetails.updateContactDetails(ContactDetails.of("bel me", "not-an-e-mail-address"));
            assertThatThrownBy(() -> inTransaction(em -> em.persist(withBadDetails)))
                    .isInstanceOf(ConstraintViolationException.class)
                    .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                            .extracting(v -> v.getMessageTemplate())
                            .containsExactlyInAnyOrder("{nl.frontoffice.phone.invalid}", "{nl.frontoffice.email.invalid}"));

            // a case's status must be a status of its own case type
            Citizen citizen = Citizen.register(Bsn.of("999990032"), SUBMITTED);
            Intake intake = Intake.submit(citizen, Channel.COUNTER, Actor.staff("kcc01", "A. Bakker"),
                    List.of(QuestionDraft.of(WMO, "Vraag")), SUBMITTED);
            inTransaction(em -> {
                em.persist(citizen);
                em.persist(intake);
                intake.assignReference(2026, intake.getId());
                for (CaseFile caseFile : intake.openCases(intakeCaseTypes(em), intake.getSubmissionDate(),
                        WorkingDayCalendar.netherlands(), Actor.system(), SUBMITTED)) {
                    em.persist(caseFile);
                    caseFile.assignReference(2026, caseFile.getId());
                }
            });
            long caseId = intake.getCases().get(0).getId();
            try (Connection connection = connect();
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE case_file SET status_code = 'FIRST_CONVERSATION_PLANNED' WHERE id = ?")) {
                update.setLong(1, caseId);
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
            }

            // an intake needs its reference (derived from the id after persist)
            Intake withoutReference = Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"),
                    List.of(QuestionDraft.of(JEUGD, "Vraag")), SUBMITTED);
            assertThatThrownBy(() -> inTransaction(em -> em.merge(withoutReference)))
                    .isInstanceOf(PersistenceException.class);

            // a team made by the application gets an id above the ones reserved for migrations
            Team team = new Team("Team Test", Set.of(WMO));
            inTransaction(em -> em.persist(team));
            assertThat(team.getId()).isGreaterThan(1000);
        }

        @Test
        void aStaffPasswordIsStoredApartFromTheStaffMemberWithItsLockout() throws SQLException {
            StaffMember member = new StaffMember("credential.test", "C. Redential", null);
            inTransaction(em -> em.persist(member));
            String hash = "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==";
            inTransaction(em -> em.persist(new StaffCredential(member.getId(), hash, SUBMITTED)));

            Instant attempt = STATUS_CHANGED;
            inTransaction(em -> {
                StaffCredential credential = em.find(StaffCredential.class, member.getId());
                for (int i = 0; i < StaffCredential.MAX_FAILED_ATTEMPTS; i++) {
                    credential.recordFailedAttempt(attempt);
                }
            });

            EntityManager em = emf.createEntityManager();
            try {
                StaffCredential reloaded = em.find(StaffCredential.class, member.getId());
                assertThat(reloaded.getPasswordHash()).isEqualTo(hash);
                assertThat(reloaded.getChangedAt()).isEqualTo(SUBMITTED);
                assertThat(reloaded.getFailedAttempts()).isEqualTo(StaffCredential.MAX_FAILED_ATTEMPTS);
                assertThat(reloaded.getLockedUntil()).contains(attempt.plus(StaffCredential.LOCK_DURATION));
                assertThat(reloaded.getLastLoginAt()).isEmpty();
            } finally {
                em.close();
            }

            // only for a staff member that exists, and never a negative count
            assertThatThrownBy(() -> inTransaction(em2 -> em2.persist(new StaffCredential(999_999L, hash, SUBMITTED))))
                    .isInstanceOf(RollbackException.class);
            try (Connection connection = connect();
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE staff_credential SET failed_attempts = -1 WHERE staff_member_id = ?")) {
                update.setLong(1, member.getId());
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
            }
        }

        @Test
        void theIntakeWizardKeepsDraftsAttachmentsAnswersAndConsent() throws SQLException {
            Bsn bsn = Bsn.of("999990044");
            Actor citizenAuthor = Actor.citizen("Inwoner");
            IntakeForm form = new IntakeForm(
                    new PersonalData("J. de Vries", LocalDate.of(1980, 3, 15), "Dorpsstraat 1, 1234 AB Voorbeeldstad",
                            "A. de Vries", List.of(new HouseholdChild("Sanne", LocalDate.of(2015, 6, 1)))),
                    true, "0612345678", "inwoner@example.nl",
                    List.of(LifeArea.GELDZORGEN_EN_SCHULDEN, LifeArea.OPVOEDEN_EN_OPGROEIEN),
                    Map.of("schulden.description", "Ik kan de huur niet betalen. \u00e9\u00eb\u00ef",
                            "schulden.amount", "1000_TOT_5000", "schulden.urgency.eviction", "true",
                            "schulden.urgency.energy", "false", "schulden.urgency.water", "false",
                            "schulden.urgency.health_insurance", "false",
                            "jeugd.description", "Sanne heeft moeite op school.", "jeugd.others_know", "true",
                            "jeugd.child.0.help", "true"),
                    Map.of(SCHULDHULPVERLENING, true, JEUGD, false));
            IntakeDraft draft = IntakeDraft.start(bsn, citizenAuthor, Channel.WEB, SUBMITTED);
            draft.update("situation", form, SUBMITTED);
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
            IntakeAttachment attachment = IntakeAttachment.attach(draft,
                    AttachmentPolicy.defaults().check("../../foto.png", png, 0), SUBMITTED);
            inTransaction(em -> {
                em.persist(draft);
                em.persist(attachment);
            });

            // the draft and its bytes come back from the database
            emf.getCache().evictAll();
            EntityManager em = emf.createEntityManager();
            try {
                IntakeDraft reloaded = em.find(IntakeDraft.class, draft.getId());
                assertThat(reloaded.getForm()).isEqualTo(form);
                assertThat(reloaded.getCurrentStep()).contains("situation");
                assertThat(reloaded.belongsTo(bsn, Actor.citizen("Someone else"))).isTrue();
                assertThat(reloaded.belongsTo(bsn, Actor.staff("kcc01", "A. Bakker"))).isFalse();
                IntakeAttachment stored = em.find(IntakeAttachment.class, attachment.getId());
                assertThat(stored.getContent()).isEqualTo(png);
                assertThat(stored.getFileName()).isEqualTo("foto.png");
                assertThat(stored.getMediaType()).isEqualTo("image/png");
                assertThat(stored.getSizeBytes()).isEqualTo(png.length);
            } finally {
                em.close();
            }

            // a save bumps the version; a second draft of the same author is refused by the schema
            long versionBefore = draft.getVersion();
            inTransaction(em2 -> em2.find(IntakeDraft.class, draft.getId())
                    .update("check", form.withConsent(Map.of(SCHULDHULPVERLENING, true, JEUGD, true)), STATUS_CHANGED));
            inTransaction(em2 -> assertThat(em2.find(IntakeDraft.class, draft.getId()).getVersion()).isGreaterThan(versionBefore));
            assertThatThrownBy(() -> inTransaction(em2 -> em2.persist(IntakeDraft.start(bsn, citizenAuthor, Channel.WEB, SUBMITTED))))
                    .isInstanceOf(RollbackException.class);

            // submit: the intake keeps the form, the cases the consent, the attachment moves over
            Citizen citizen = Citizen.register(bsn, SUBMITTED);
            IntakeForm submitted = IntakeCatalogue.standard().forSubmission(form);
            assertThat(IntakeCatalogue.standard().check(submitted)).isEmpty();
            Intake intake = Intake.submit(citizen, Channel.WEB, citizenAuthor,
                    IntakeCatalogue.standard().questionDrafts(submitted), SUBMITTED);
            intake.recordWizardContent(submitted, draft.getId(), SUBMITTED);
            inTransaction(em2 -> {
                em2.persist(citizen);
                em2.persist(intake);
                intake.assignReference(2026, intake.getId());
                for (CaseFile caseFile : intake.openCases(intakeCaseTypes(em2), intake.getSubmissionDate(),
                        WorkingDayCalendar.netherlands(), Actor.system(), SUBMITTED)) {
                    em2.persist(caseFile);
                    caseFile.assignReference(2026, caseFile.getId());
                    caseFile.recordConsentToShare(submitted.consent().get(caseFile.getDomain()));
                }
                em2.flush();
                int moved = em2.createQuery("UPDATE IntakeAttachment a SET a.intake = :intake, a.draft = NULL WHERE a.draft = :draft")
                        .setParameter("intake", intake)
                        .setParameter("draft", em2.find(IntakeDraft.class, draft.getId()))
                        .executeUpdate();
                assertThat(moved).isEqualTo(1);
                em2.remove(em2.find(IntakeDraft.class, draft.getId()));
            });

            emf.getCache().evictAll();
            em = emf.createEntityManager();
            try {
                Intake reloaded = em.find(Intake.class, intake.getId());
                assertThat(reloaded.getForm()).contains(submitted.withConsent(Map.of()));
                assertThat(reloaded.isPersonalDataVerified()).isTrue();
                assertThat(reloaded.getDeclaredAt()).contains(SUBMITTED);
                assertThat(reloaded.getSourceDraftId()).contains(draft.getId());
                assertThat(reloaded.getCases()).extracting(CaseFile::getDomain, CaseFile::hasConsentToShare, CaseFile::isUrgent,
                                CaseFile::getDeadline)
                        .containsExactly(tuple(SCHULDHULPVERLENING, true, true, LocalDate.of(2026, 3, 5)),
                                tuple(JEUGD, false, false, LocalDate.of(2026, 4, 28)));
                IntakeAttachment moved = em.find(IntakeAttachment.class, attachment.getId());
                assertThat(moved.getIntake().map(Intake::getId)).contains(intake.getId());
                assertThat(moved.getDraft()).isEmpty();
                assertThat(em.find(IntakeDraft.class, draft.getId())).isNull();
            } finally {
                em.close();
            }

            // an attachment belongs to exactly one draft or intake
            try (Connection connection = connect();
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE intake_attachment SET intake_id = NULL WHERE id = ?")) {
                update.setLong(1, attachment.getId());
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
            }
        }

        @Test
        void caseHandlingIsStoredWithItsHistoryNotesAndDeadlineNotices() throws SQLException {
            // V7 reference data: how citizens see statuses, the order of moves, the extension terms
            EntityManager read = emf.createEntityManager();
            try {
                CaseType wmo = read.find(CaseType.class, "WMO_MELDING");
                assertThat(wmo.getExtension()).contains(DeadlineRule.weeks(2));
                assertThat(read.find(CaseType.class, "JEUGD_AANVRAAG").getExtension()).contains(DeadlineRule.weeks(4));
                assertThat(read.find(CaseType.class, "SHV_AANMELDING").getExtension()).isEmpty();
                assertThat(wmo.getStatuses()).extracting(CaseStatus::getCode, CaseStatus::getCitizenLabelKey,
                                CaseStatus::getNextStepKey, CaseStatus::isVisibleToCitizen, CaseStatus::isNotifyCitizen,
                                CaseStatus::isRequiresDecision)
                        .containsExactly(
                                tuple("RECEIVED", "citizenstatus.RECEIVED", "nextstep.RECEIVED", true, false, false),
                                tuple("IN_PROGRESS", "citizenstatus.IN_PROGRESS", "nextstep.IN_PROGRESS", true, true, false),
                                tuple("DECIDED", "citizenstatus.DECIDED", "nextstep.DECIDED", true, true, true),
                                tuple("CLOSED", "citizenstatus.CLOSED", "nextstep.CLOSED", true, true, false));
                assertThat(wmo.nextStatusAfter("IN_PROGRESS").map(CaseStatus::getCode)).contains("DECIDED");
                ResourceBundle dutch = ResourceBundle.getBundle("nl.frontoffice.domain.DomainMessages", java.util.Locale.forLanguageTag("nl"));
                List<CaseStatus> all = read.createQuery("SELECT s FROM CaseStatus s", CaseStatus.class).getResultList();
                assertThat(all).hasSize(16).allSatisfy(status -> {
                    assertThat(dutch.containsKey(status.getCitizenLabelKey())).as(status.getCitizenLabelKey()).isTrue();
                    assertThat(dutch.containsKey(status.getNextStepKey())).as(status.getNextStepKey()).isTrue();
                });
            } finally {
                read.close();
            }

            // a case handled from start to close, with a note and a deadline notice
            Bsn bsn = Bsn.of("999990056");
            Citizen citizen = Citizen.register(bsn, SUBMITTED);
            Intake intake = Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"),
                    List.of(QuestionDraft.of(WMO, "Hulp bij het huishouden")), SUBMITTED);
            StaffMember consulent = new StaffMember("v7.consulent", "V. Zeven", "v7@example.nl");
            consulent.grant(StaffRole.CONSULENT);
            Actor actor = Actor.staff("v7.consulent", "V. Zeven");
            WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();
            inTransaction(em -> {
                consulent.joinTeam(teamNamed(em, "Team Wmo"));
                em.persist(consulent);
                em.persist(citizen);
                em.persist(intake);
                intake.assignReference(2026, intake.getId());
                for (CaseFile caseFile : intake.openCases(intakeCaseTypes(em), intake.getSubmissionDate(), calendar,
                        Actor.system(), SUBMITTED)) {
                    em.persist(caseFile);
                    caseFile.assignReference(2026, caseFile.getId());
                }
            });
            long caseId = intake.getCases().get(0).getId();
            // Monday 2 March; suspended Tuesday 3 to Thursday 5 March (2 working days), extended by 2 weeks
            inTransaction(em -> {
                CaseFile caseFile = em.find(CaseFile.class, caseId);
                caseFile.assign(em.find(StaffMember.class, consulent.getId()), teamNamed(em, "Team Wmo"), actor, STATUS_CHANGED);
                caseFile.advanceTo("IN_PROGRESS", actor, "Gesprek gepland", STATUS_CHANGED.plusSeconds(60), calendar);
                caseFile.suspend("Wij wachten op uw loonstrook", actor, STATUS_CHANGED.plusSeconds(120));
                em.persist(new CaseNote(caseFile, actor, "Inwoner belt liever na 14 uur", STATUS_CHANGED.plusSeconds(180)));
            });
            Instant thursday = Instant.parse("2026-03-05T09:00:00Z");
            inTransaction(em -> {
                CaseFile caseFile = em.find(CaseFile.class, caseId);
                caseFile.resume(actor, thursday, calendar);
                caseFile.extend("Advies van de ergotherapeut nodig", actor, thursday.plusSeconds(60), calendar);
                caseFile.recordDecision(nl.frontoffice.domain.cases.DecisionOutcome.GRANTED, "Huishoudelijke hulp",
                        actor, thursday.plusSeconds(120));
                em.persist(new nl.frontoffice.domain.cases.DeadlineNotice(caseFile,
                        nl.frontoffice.domain.cases.DeadlineEvent.DUE_SOON, caseFile.getDeadline(), thursday, 1));
            });

            emf.getCache().evictAll();
            EntityManager em = emf.createEntityManager();
            try {
                CaseFile reloaded = em.find(CaseFile.class, caseId);
                assertThat(reloaded.getDomain()).isEqualTo(WMO);
                assertThat(reloaded.getAssignee().map(StaffMember::getUsername)).contains("v7.consulent");
                assertThat(reloaded.getTeam().map(Team::getName)).contains("Team Wmo");
                assertThat(reloaded.isSuspended()).isFalse();
                assertThat(reloaded.getSuspendedWorkingDays()).isEqualTo(2);
                // 13 April + 2 working days = 15 April; + 2 weeks = 29 April
                assertThat(reloaded.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 29));
                assertThat(reloaded.getExtensionReason()).contains("Advies van de ergotherapeut nodig");
                assertThat(reloaded.getDecisionOutcome()).contains(nl.frontoffice.domain.cases.DecisionOutcome.GRANTED);
                assertThat(reloaded.getDecidedAt()).contains(thursday.plusSeconds(120));
                assertThat(reloaded.getHistory()).extracting(h -> h.getKind().name(), CaseStatusChange::getToStatus,
                                h -> h.getDetail().orElse(null))
                        .containsExactly(
                                tuple("STATUS_CHANGED", "RECEIVED", null),
                                tuple("ASSIGNED", "RECEIVED", "v7.consulent"),
                                tuple("STATUS_CHANGED", "IN_PROGRESS", null),
                                tuple("SUSPENDED", "IN_PROGRESS", null),
                                tuple("RESUMED", "IN_PROGRESS", "2026-04-15"),
                                tuple("EXTENDED", "IN_PROGRESS", "2026-04-29"),
                                tuple("DECISION_RECORDED", "IN_PROGRESS", "GRANTED"));
                List<CaseNote> notes = em.createQuery("SELECT n FROM CaseNote n WHERE n.caseFile.id = :id", CaseNote.class)
                        .setParameter("id", caseId).getResultList();
                assertThat(notes).extracting(CaseNote::getText, CaseNote::getAuthor)
                        .containsExactly(tuple("Inwoner belt liever na 14 uur", actor));
            } finally {
                em.close();
            }

            // the same notice twice is refused by the unique key; another deadline is a new notice
            assertThatThrownBy(() -> inTransaction(em2 -> {
                CaseFile caseFile = em2.find(CaseFile.class, caseId);
                em2.persist(new nl.frontoffice.domain.cases.DeadlineNotice(caseFile,
                        nl.frontoffice.domain.cases.DeadlineEvent.DUE_SOON, caseFile.getDeadline(), thursday, 1));
            })).isInstanceOf(RollbackException.class);
            inTransaction(em2 -> {
                CaseFile caseFile = em2.find(CaseFile.class, caseId);
                em2.persist(new nl.frontoffice.domain.cases.DeadlineNotice(caseFile,
                        nl.frontoffice.domain.cases.DeadlineEvent.OVERDUE, caseFile.getDeadline(), thursday, 0));
            });

            // the domain column follows the case type; a suspension needs its reason
            try (Connection connection = connect()) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE case_file SET domain_code = 'JEUGD' WHERE id = ?")) {
                    update.setLong(1, caseId);
                    assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
                }
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE case_file SET suspended_since = DATE '2026-03-10' WHERE id = ?")) {
                    update.setLong(1, caseId);
                    assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
                }
            }

            // closing records the day and the handling time in working days
            inTransaction(em2 -> {
                CaseFile caseFile = em2.find(CaseFile.class, caseId);
                caseFile.advanceTo("DECIDED", actor, null, thursday.plusSeconds(300), calendar);
                caseFile.advanceTo("CLOSED", actor, null, Instant.parse("2026-03-16T09:00:00Z"), calendar);
            });
            try (Connection connection = connect();
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT is_open, closed_on, handling_working_days FROM case_file WHERE id = ?")) {
                query.setLong(1, caseId);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getBoolean("is_open")).isFalse();
                    assertThat(row.getObject("closed_on", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 16));
                    assertThat(row.getInt("handling_working_days")).isEqualTo(10);
                }
            }
        }

        private void inTransaction(java.util.function.Consumer<EntityManager> work) {
            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                work.accept(em);
                em.getTransaction().commit();
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(url(), user(), password());
        }

        private static Team teamNamed(EntityManager em, String name) {
            return em.createQuery("SELECT t FROM Team t WHERE t.name = :name", Team.class)
                    .setParameter("name", name)
                    .getSingleResult();
        }

        private static Function<SocialDomain, CaseType> intakeCaseTypes(EntityManager em) {
            return domain -> em.createQuery(
                            "SELECT t FROM CaseType t WHERE t.domain = :domain AND t.intakeDefault = TRUE", CaseType.class)
                    .setParameter("domain", domain)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> fail("No intake case type for " + domain));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> union = new TreeSet<>(a);
            union.addAll(b);
            return union;
        }
    }
}
