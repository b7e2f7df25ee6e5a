package nl.frontoffice.bench.intake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * After a run: did the service side and the bare side write the same content, not only the same
 * number of rows? Every benchmark intake is the same form of a new citizen, so, leaving out ids,
 * references, keys and times, all intakes must look alike whichever side wrote them: each check
 * counts the distinct contents of a table and compares it with what identical intakes give (or
 * counts rows that break a link, which must be none).
 */
@ApplicationScoped
public class IntakeContentCheck {

    private record Check(String name, String actualSql, String expectedSql) {
    }

    private static final Check[] CHECKS = {
            new Check("case_file: one content per case type (per start date)",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT case_type_code, urgent, start_date, deadline, consent_to_share,"
                            + " status_code, version, assignee_id, team_id FROM case_file) d",
                    "SELECT 3 * COUNT(DISTINCT start_date) FROM case_file"),
            new Check("intake: one content",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT channel, author_type, author_identifier, author_name,"
                            + " answers_version, personal_data_verified, version, source_draft_id IS NULL,"
                            + " declared_at = submitted_at, submission_key IS NULL FROM intake) d",
                    "SELECT 1"),
            new Check("intake_question: one content per sequence number",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT sequence_number, domain_code, description FROM intake_question) d",
                    "SELECT COUNT(DISTINCT sequence_number) FROM intake_question"),
            new Check("intake_question: linked to a case of its own intake and domain (rows that are not)",
                    "SELECT COUNT(*) FROM intake_question q LEFT JOIN case_file c ON c.id = q.case_file_id"
                            + " LEFT JOIN case_type t ON t.code = c.case_type_code"
                            + " WHERE c.id IS NULL OR c.intake_id <> q.intake_id OR t.domain_code <> q.domain_code",
                    "SELECT 0"),
            new Check("intake_question_urgency: one content",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT q.domain_code, u.reason_code FROM intake_question_urgency u"
                            + " JOIN intake_question q ON q.id = u.question_id) d",
                    "SELECT 1"),
            new Check("intake_answer: one value per key",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT answer_key, answer_value FROM intake_answer) d",
                    "SELECT COUNT(DISTINCT answer_key) FROM intake_answer"),
            new Check("case_status_change: one content",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT from_status_code, to_status_code, changed_by_type,"
                            + " changed_by_identifier, changed_by_name, reason FROM case_status_change) d",
                    "SELECT 1"),
            new Check("case_status_change: at the intake's submission (rows that are not)",
                    "SELECT COUNT(*) FROM case_status_change h JOIN case_file c ON c.id = h.case_file_id"
                            + " JOIN intake i ON i.id = c.intake_id WHERE h.changed_at <> i.submitted_at",
                    "SELECT 0"),
            new Check("contact_moment: one content",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT channel, registered_by_type, registered_by_identifier,"
                            + " registered_by_name, version, subject LIKE 'Aanmelding I-%', outcome LIKE 'Zaken geopend: Z-%'"
                            + " FROM contact_moment) d",
                    "SELECT 1"),
            new Check("contact_moment_case: cases of the moment's own citizen (rows that are not)",
                    "SELECT COUNT(*) FROM contact_moment_case l JOIN contact_moment m ON m.id = l.contact_moment_id"
                            + " JOIN case_file c ON c.id = l.case_file_id WHERE c.citizen_id <> m.citizen_id",
                    "SELECT 0"),
            new Check("citizen: one content",
                    "SELECT COUNT(*) FROM (SELECT DISTINCT phone, email, version FROM citizen) d",
                    "SELECT 1"),
    };

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    /** @return every check with its actual and expected count, and whether all passed */
    public JsonObject run() {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        boolean all = true;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (Check check : CHECKS) {
                long actual = single(statement, check.actualSql());
                long expected = single(statement, check.expectedSql());
                all &= actual == expected;
                checks.add(Json.createObjectBuilder().add("check", check.name()).add("actual", actual)
                        .add("expected", expected).add("passed", actual == expected));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The content check failed to run", e);
        }
        return Json.createObjectBuilder().add("passed", all).add("checks", checks).build();
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
