package nl.frontoffice.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.contact.CallbackRequest;
import nl.frontoffice.domain.contact.CallbackStatus;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.staff.Team;

/**
 * The tables of migration V8 ({@code callback_request}, {@code personal_data_access}) with their JPA mappings, on H2
 * and on PostgreSQL (127.0.0.1:5432, user postgres; its own database {@value #POSTGRES_DATABASE}), and the
 * append-only rules of the audit trail: no mutator in the repository or the entity, JPA remove and update refused.
 */
class CallbackAndAuditMappingTest {

    static final String POSTGRES_DATABASE = "frontoffice_klantbeeld_test";

    private static final Instant AT = Instant.parse("2026-07-01T09:45:00.123456Z");

    @Test
    void the_repository_of_the_audit_trail_can_only_append_search_and_count() {
        assertThat(Arrays.stream(PersonalDataAccessRepository.class.getMethods()).map(Method::getName))
                .containsExactlyInAnyOrder("append", "search", "count");
    }

    @Test
    void an_audit_row_has_no_public_method_that_changes_it_and_no_version() {
        assertThat(Arrays.stream(PersonalDataAccess.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName))
                .allMatch(name -> name.startsWith("get") || name.equals("toString"));
        assertThat(Arrays.stream(PersonalDataAccess.class.getDeclaredFields()).map(Field::getName))
                .doesNotContain("version");
    }

    @Test
    void an_audit_row_refuses_a_bsn_in_its_texts_and_other_without_explanation() {
        Bsn bsn = Bsn.of("999993847");
        assertThatThrownBy(() -> PersonalDataAccess.record(AT, "kcc1", bsn, PersonalDataEvent.CASE_VIEWED,
                "999993847", AccessPurpose.CASE_HANDLING, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("999993847");
        assertThatThrownBy(() -> PersonalDataAccess.record(AT, "kcc1", bsn, PersonalDataEvent.CASE_VIEWED,
                null, AccessPurpose.OTHER, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessReason.other("bel terug over 999993847"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AccessReason.other(" bezwaarschrift ").note()).isEqualTo("bezwaarschrift");
    }

    @Nested
    class OnH2 extends Scenario {

        private static final String URL = "jdbc:h2:mem:frontoffice_klantbeeld_test;DB_CLOSE_DELAY=-1";

        OnH2() {
            super(URL, "sa", "", "org.h2.Driver");
        }

        @Override
        void prepareEmptyDatabase() throws SQLException {
            try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP ALL OBJECTS");
            }
        }
    }

    @Nested
    class OnPostgreSQL extends Scenario {

        private static final String HOST = System.getProperty("frontoffice.test.postgres.host", "127.0.0.1");
        private static final String PORT = System.getProperty("frontoffice.test.postgres.port", "5432");
        private static final String USER = System.getProperty("frontoffice.test.postgres.user", "postgres");
        private static final String PASSWORD = System.getProperty("frontoffice.test.postgres.password", "");

        OnPostgreSQL() {
            super("jdbc:postgresql://" + HOST + ":" + PORT + "/" + POSTGRES_DATABASE, USER, PASSWORD,
                    "org.postgresql.Driver");
        }

        @Override
        void prepareEmptyDatabase() throws SQLException {
            try (Connection admin = DriverManager.getConnection(
                    "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres?connectTimeout=5", USER, PASSWORD)) {
                try (PreparedStatement query = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    query.setString(1, POSTGRES_DATABASE);
                    try (ResultSet rows = query.executeQuery()) {
                        if (!rows.next()) {
                            try (Statement create = admin.createStatement()) {
                                create.execute("CREATE DATABASE " + POSTGRES_DATABASE);
                            }
                        }
                    }
                }
            }
            try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
                statement.execute("CREATE SCHEMA public");
            }
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Scenario {

        final String url;
        private final String user;
        private final String password;
        private final String driver;
        private EntityManagerFactory emf;

        Scenario(String url, String user, String password, String driver) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.driver = driver;
        }

        abstract void prepareEmptyDatabase() throws SQLException;

        @BeforeAll
        void migrate() throws SQLException {
            prepareEmptyDatabase();
            // another helper's migration may still be missing in a working copy: tolerate a gap in the versions
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .outOfOrder(true).load().migrate();
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("jakarta.persistence.jtaDataSource", "");
            properties.put("jakarta.persistence.jdbc.driver", driver);
            properties.put("jakarta.persistence.jdbc.url", url);
            properties.put("jakarta.persistence.jdbc.user", user);
            properties.put("jakarta.persistence.jdbc.password", password);
            properties.put("eclipselink.target-server", "None");
            properties.put("jakarta.persistence.schema-generation.database.action", "none");
            properties.put("eclipselink.ddl-generation", "none");
            properties.put("eclipselink.logging.level", "SEVERE");
            emf = Persistence.createEntityManagerFactory("frontoffice", properties);
        }

        @AfterAll
        void close() {
            if (emf != null) {
                emf.close();
            }
        }

        private void inTransaction(Consumer<EntityManager> work) {
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

        private long citizen(String bsn) {
            long[] id = new long[1];
            inTransaction(em -> {
                Citizen citizen = Citizen.register(Bsn.of(bsn), AT);
                em.persist(citizen);
                em.flush();
                id[0] = citizen.getId();
            });
            return id[0];
        }

        @Test
        void a_callback_request_is_stored_completed_and_read_back() {
            long citizenId = citizen("999990184");
            long[] id = new long[1];
            inTransaction(em -> {
                Team team = em.createQuery("select t from Team t order by t.name", Team.class).getResultList().get(0);
                CallbackRequest request = CallbackRequest.request(em.find(Citizen.class, citizenId), team,
                        "06 12345678", "Wanneer krijg ik bericht?", LocalDate.of(2026, 7, 2),
                        Actor.staff("kcc1", "K. Centrum"), AT);
                em.persist(request);
                em.flush();
                id[0] = request.getId();
            });
            inTransaction(em -> em.find(CallbackRequest.class, id[0])
                    .complete(Actor.staff("wmo1", "W. Mo"), "Teruggebeld", AT.plusSeconds(3600)));

            EntityManager em = emf.createEntityManager();
            try {
                CallbackRequest read = em.find(CallbackRequest.class, id[0]);
                assertThat(read.getStatus()).isEqualTo(CallbackStatus.DONE);
                assertThat(read.getDueDate()).isEqualTo(LocalDate.of(2026, 7, 2));
                assertThat(read.getRequestedAt()).isEqualTo(AT);
                assertThat(read.getCompletedAt()).contains(AT.plusSeconds(3600));
                assertThat(read.getCompletedBy()).contains(Actor.staff("wmo1", "W. Mo"));
                assertThat(read.getPhone()).isEqualTo("06 12345678");
                assertThat(read.isOverdueOn(LocalDate.of(2026, 7, 3))).isFalse();
            } finally {
                em.close();
            }
        }

        @Test
        void the_database_refuses_a_done_callback_request_without_who_and_when() throws SQLException {
            long citizenId = citizen("999995121");
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                long teamId;
                try (ResultSet team = statement.executeQuery("SELECT MIN(id) FROM team")) {
                    team.next();
                    teamId = team.getLong(1);
                }
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO callback_request (id, citizen_id,"
                        + " team_id, phone, question, due_date, requested_at, requested_by_type,"
                        + " requested_by_identifier, requested_by_name, status, version) VALUES (999001, "
                        + citizenId + ", " + teamId + ", '0612345678', 'Vraag', DATE '2026-07-02',"
                        + " TIMESTAMP WITH TIME ZONE '2026-07-01 09:45:00+00', 'STAFF', 'kcc1', 'K', 'DONE', 0)"))
                        .isInstanceOf(SQLException.class);
            }
        }

        @Test
        void an_audit_row_round_trips_and_cannot_be_removed_or_changed_through_jpa() throws Exception {
            long[] id = new long[1];
            inTransaction(em -> {
                PersonalDataAccess row = PersonalDataAccess.record(AT, "kcc1", Bsn.of("999993847"),
                        PersonalDataEvent.CITIZEN_TIMELINE_VIEWED, "Z-2026-000123", AccessPurpose.OTHER,
                        "bezwaarschrift");
                em.persist(row);
                em.flush();
                id[0] = row.getId();
            });

            EntityManager em = emf.createEntityManager();
            try {
                em.getTransaction().begin();
                PersonalDataAccess read = em.find(PersonalDataAccess.class, id[0]);
                assertThat(read.getOccurredAt()).isEqualTo(AT);
                assertThat(read.getCitizenBsn()).isEqualTo(Bsn.of("999993847"));
                assertThat(read.getEvent()).isEqualTo(PersonalDataEvent.CITIZEN_TIMELINE_VIEWED);
                assertThat(read.getPurpose()).isEqualTo(AccessPurpose.OTHER);
                assertThat(read.getPurposeNote()).contains("bezwaarschrift");
                assertThat(read.getObjectReference()).contains("Z-2026-000123");

                Throwable removal = org.assertj.core.api.Assertions.catchThrowable(() -> em.remove(read));
                assertThat(removal).as("em.remove is refused").isNotNull();
                Throwable cause = removal;
                while (!(cause instanceof UnsupportedOperationException) && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                assertThat(cause).isInstanceOf(UnsupportedOperationException.class);

                // a change smuggled in by reflection is not written: every column is updatable = false
                Field username = PersonalDataAccess.class.getDeclaredField("staffUsername");
                username.setAccessible(true);
                username.set(read, "someone.else");
                try {
                    em.getTransaction().commit();
                } catch (RuntimeException refused) {
                    // refused by the @PreUpdate callback: just as good
                }
            } finally {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT staff_username, citizen_bsn FROM personal_data_access WHERE id = ?")) {
                query.setLong(1, id[0]);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as("the row is still there").isTrue();
                    assertThat(row.getString(1)).isEqualTo("kcc1");
                    assertThat(row.getString(2)).isEqualTo("999993847");
                }
            }
        }
    }
}
