package nl.frontoffice.bench.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.bench.intake.IntakeWorkload.PreparedDraft;
import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.calendar.DeadlineUnit;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.References;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * The baseline: the rows that {@code IntakeService.submit} writes for one intake, written by one bare
 * JDBC transaction on a connection from the same pooled datasource ({@code java:app/jdbc/frontoffice}),
 * with what a careful hand-written implementation would do and no more:
 *
 * <ol>
 * <li>the idempotency check ({@code SELECT} on the submission key);</li>
 * <li>the draft locked ({@code SELECT ... FOR UPDATE}), its owner and version checked, its fields read;</li>
 * <li>the citizen looked up by BSN and inserted (or his contact details updated);</li>
 * <li>the intake; one case per domain with its deadline from the case type (the case types are read
 *     once and kept, the working-day calendar is the domain's), urgent for debts with an urgency
 *     reason, with consent; the initial status change per case; the questions pointing at their case,
 *     the urgency reason; the answers (the draft's fields without consent);</li>
 * <li>the contact moment on the WEB channel with its three cases;</li>
 * <li>the draft's attachments moved to the intake; the draft's fields and the draft deleted.</li>
 * </ol>
 *
 * Ids come from the same sequences as the application's, a block of 50 per {@code nextval} (as
 * EclipseLink allocates them); rows of one table go in one JDBC batch. Not done here, and so part of
 * what the ratio measures: Bean Validation, the catalogue's checks of the form, JPA change tracking
 * and flush ordering, the case-type lookups per submission, the draft's second read before its delete,
 * the CDI event, the log line, and the EJB container (interceptors, JTA).
 */
@ApplicationScoped
public class BareIntakeSubmission {

    /** Stands in for the PDF receipt attached to the confirmation mail (the service's receipts are a few kB). */
    private static final byte[] RECEIPT_SIZED_BLOCK = new byte[4096];


    private static final Map<String, UrgencyReason> URGENCY_FIELDS = Map.of(
            "answer.schulden.urgency.eviction", UrgencyReason.EVICTION,
            "answer.schulden.urgency.energy", UrgencyReason.ENERGY_CUT_OFF,
            "answer.schulden.urgency.water", UrgencyReason.WATER_CUT_OFF,
            "answer.schulden.urgency.health_insurance", UrgencyReason.HEALTH_INSURANCE_ENDED);

    /** What the bare side needs of a case type, read once. */
    private record CaseTypeRow(String code, DeadlineRule deadline, DeadlineRule urgentDeadline, String initialStatus) {
    }

    /**
     * The reference data and the schema as found at the first submission. Schema version 7 gave
     * {@code case_file} a NOT NULL copy of the domain and the history a kind; the bare side writes them
     * when the columns are there, so it runs on the schema of the build it is part of.
     */
    private record Setup(Map<SocialDomain, CaseTypeRow> caseTypes, boolean caseDomainColumn, boolean historyKindColumn) {
    }

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    private final WorkingDayCalendar calendar = WorkingDayCalendar.netherlands();
    private final Map<String, IdBlock> idBlocks = new HashMap<>();
    private volatile Setup setup;

    /** Ids from a sequence that increments by 50: nextval is the first id of a block of 50. */
    private static final class IdBlock {
        private long next;
        private long end;

        synchronized long next(DataSource dataSource, String sequence) throws SQLException {
            if (next >= end) {
                // on a connection of its own, as EclipseLink does: a rolled-back intake does not return ids
                try (Connection connection = dataSource.getConnection();
                     Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT nextval('" + sequence + "')")) {
                    result.next();
                    next = result.getLong(1);
                    end = next + 50;
                }
            }
            return next++;
        }
    }

    private long nextId(String sequence) throws SQLException {
        IdBlock block;
        synchronized (idBlocks) {
            block = idBlocks.computeIfAbsent(sequence, s -> new IdBlock());
        }
        return block.next(dataSource, sequence);
    }

    /** One intake, one transaction. */
    public void submit(PreparedDraft draft) throws SQLException {
        Setup schema = setup();
        Map<SocialDomain, CaseTypeRow> types = schema.caseTypes();
        String submissionKey = UUID.randomUUID().toString();
        Actor author = IntakeWorkload.CITIZEN;
        Actor system = Actor.system();
        Instant now = Instant.now();
        OffsetDateTime timestamp = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.TIME_ZONE);

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // 1. idempotency
                try (PreparedStatement select = connection.prepareStatement("SELECT id FROM intake WHERE submission_key = ?")) {
                    select.setString(1, submissionKey);
                    try (ResultSet result = select.executeQuery()) {
                        if (result.next()) {
                            throw new IllegalStateException("submission key seen before");
                        }
                    }
                }
                // 2. the draft: locked, checked, read
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT citizen_bsn, author_type, author_identifier, version FROM intake_draft WHERE id = ? FOR UPDATE")) {
                    lock.setLong(1, draft.draftId());
                    try (ResultSet result = lock.executeQuery()) {
                        if (!result.next() || !result.getString(1).equals(draft.citizen().value())
                                || !result.getString(2).equals(author.getType().name())
                                || !result.getString(3).equals(author.getIdentifier())
                                || result.getLong(4) != draft.draftVersion()) {
                            throw new IllegalStateException("draft unknown or changed");
                        }
                    }
                }
                Map<String, String> fields = new LinkedHashMap<>();
                try (PreparedStatement read = connection.prepareStatement(
                        "SELECT field_key, field_value FROM intake_draft_field WHERE draft_id = ?")) {
                    read.setLong(1, draft.draftId());
                    try (ResultSet result = read.executeQuery()) {
                        while (result.next()) {
                            fields.put(result.getString(1), result.getString(2));
                        }
                    }
                }

                // 3. the citizen
                long citizenId = -1;
                try (PreparedStatement find = connection.prepareStatement("SELECT id FROM citizen WHERE bsn = ?")) {
                    find.setString(1, draft.citizen().value());
                    try (ResultSet result = find.executeQuery()) {
                        if (result.next()) {
                            citizenId = result.getLong(1);
                        }
                    }
                }
                String phone = fields.get("contact.phone");
                String email = fields.get("contact.email");
                if (citizenId < 0) {
                    citizenId = nextId("citizen_seq");
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO citizen (id, bsn, phone, email, created_at, version) VALUES (?, ?, ?, ?, ?, 1)")) {
                        insert.setLong(1, citizenId);
                        insert.setString(2, draft.citizen().value());
                        insert.setString(3, phone);
                        insert.setString(4, email);
                        insert.setObject(5, timestamp);
                        insert.executeUpdate();
                    }
                } else {
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE citizen SET phone = ?, email = ?, version = version + 1 WHERE id = ?")) {
                        update.setString(1, phone);
                        update.setString(2, email);
                        update.setLong(3, citizenId);
                        update.executeUpdate();
                    }
                }

                // 4. the intake, its cases, questions and answers
                long intakeId = nextId("intake_seq");
                String intakeReference = References.format(Intake.REFERENCE_PREFIX, today.getYear(), intakeId);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO intake (id, reference, citizen_id, channel, author_type, author_identifier, author_name,"
                                + " submitted_at, submission_key, answers_version, source_draft_id, personal_data_verified,"
                                + " declared_at, version) VALUES (?, ?, ?, 'WEB', ?, ?, ?, ?, ?, 1, ?, ?, ?, 1)")) {
                    insert.setLong(1, intakeId);
                    insert.setString(2, intakeReference);
                    insert.setLong(3, citizenId);
                    insert.setString(4, author.getType().name());
                    insert.setString(5, author.getIdentifier());
                    insert.setString(6, author.getDisplayName());
                    insert.setObject(7, timestamp);
                    insert.setString(8, submissionKey);
                    insert.setLong(9, draft.draftId());
                    insert.setBoolean(10, "true".equals(fields.get("person.verified")));
                    insert.setObject(11, timestamp);
                    insert.executeUpdate();
                }

                List<LifeArea> areas = List.of(fields.get("areas").split(",")).stream().map(LifeArea::valueOf).toList();
                Map<SocialDomain, Long> caseIds = new EnumMap<>(SocialDomain.class);
                Map<SocialDomain, Set<UrgencyReason>> urgency = new EnumMap<>(SocialDomain.class);
                for (LifeArea area : areas) {
                    urgency.computeIfAbsent(area.getDomain(), d -> EnumSet.noneOf(UrgencyReason.class));
                    if (area == LifeArea.GELDZORGEN_EN_SCHULDEN) {
                        URGENCY_FIELDS.forEach((key, reason) -> {
                            if ("true".equals(fields.get(key))) {
                                urgency.get(area.getDomain()).add(reason);
                            }
                        });
                    }
                }
                List<String> caseReferences = new ArrayList<>();
                try (PreparedStatement cases = connection.prepareStatement(
                        "INSERT INTO case_file (id, reference, intake_id, citizen_id, case_type_code, status_code, urgent,"
                                + " start_date, deadline, consent_to_share, version"
                                + (schema.caseDomainColumn() ? ", domain_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
                                        : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
                     PreparedStatement history = connection.prepareStatement(
                             "INSERT INTO case_status_change (id, case_file_id, from_status_code, to_status_code, changed_by_type,"
                                     + " changed_by_identifier, changed_by_name, changed_at"
                                     + (schema.historyKindColumn() ? ", kind) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'STATUS_CHANGED')"
                                             : ") VALUES (?, ?, NULL, ?, ?, ?, ?, ?)"))) {
                    for (SocialDomain domain : urgency.keySet()) {
                        CaseTypeRow type = types.get(domain);
                        boolean urgent = type.urgentDeadline() != null && !urgency.get(domain).isEmpty();
                        long caseId = nextId("case_file_seq");
                        caseIds.put(domain, caseId);
                        String reference = References.format(CaseFile.REFERENCE_PREFIX, today.getYear(), caseId);
                        caseReferences.add(reference);
                        cases.setLong(1, caseId);
                        cases.setString(2, reference);
                        cases.setLong(3, intakeId);
                        cases.setLong(4, citizenId);
                        cases.setString(5, type.code());
                        cases.setString(6, type.initialStatus());
                        cases.setBoolean(7, urgent);
                        cases.setObject(8, today);
                        cases.setObject(9, (urgent ? type.urgentDeadline() : type.deadline()).deadlineFrom(today, calendar));
                        cases.setBoolean(10, IntakeWorkload.CONSENT.getOrDefault(domain, false));
                        if (schema.caseDomainColumn()) {
                            cases.setString(11, domain.name());
                        }
                        cases.addBatch();
                        history.setLong(1, nextId("case_status_change_seq"));
                        history.setLong(2, caseId);
                        history.setString(3, type.initialStatus());
                        history.setString(4, system.getType().name());
                        history.setString(5, system.getIdentifier());
                        history.setString(6, system.getDisplayName());
                        history.setObject(7, timestamp);
                        history.addBatch();
                    }
                    cases.executeBatch();
                    history.executeBatch();
                }
                try (PreparedStatement questions = connection.prepareStatement(
                        "INSERT INTO intake_question (id, intake_id, sequence_number, domain_code, description, case_file_id)"
                                + " VALUES (?, ?, ?, ?, ?, ?)");
                     PreparedStatement reasons = connection.prepareStatement(
                             "INSERT INTO intake_question_urgency (question_id, reason_code) VALUES (?, ?)")) {
                    int sequenceNumber = 0;
                    for (LifeArea area : areas) {
                        long questionId = nextId("intake_question_seq");
                        questions.setLong(1, questionId);
                        questions.setLong(2, intakeId);
                        questions.setInt(3, ++sequenceNumber);
                        questions.setString(4, area.getDomain().name());
                        questions.setString(5, fields.get("answer." + area.getDescriptionQuestionKey()));
                        questions.setLong(6, caseIds.get(area.getDomain()));
                        questions.addBatch();
                        if (area == LifeArea.GELDZORGEN_EN_SCHULDEN) {
                            for (UrgencyReason reason : urgency.get(area.getDomain())) {
                                reasons.setLong(1, questionId);
                                reasons.setString(2, reason.name());
                                reasons.addBatch();
                            }
                        }
                    }
                    questions.executeBatch();
                    reasons.executeBatch();
                }
                try (PreparedStatement answers = connection.prepareStatement(
                        "INSERT INTO intake_answer (intake_id, answer_key, answer_value) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, String> field : fields.entrySet()) {
                        if (!field.getKey().startsWith("consent.")) {
                            answers.setLong(1, intakeId);
                            answers.setString(2, field.getKey());
                            answers.setString(3, field.getValue());
                            answers.addBatch();
                        }
                    }
                    answers.executeBatch();
                }

                // 5. the contact moment
                long contactId = nextId("contact_moment_seq");
                try (PreparedStatement contact = connection.prepareStatement(
                        "INSERT INTO contact_moment (id, citizen_id, channel, subject, outcome, occurred_at, registered_by_type,"
                                + " registered_by_identifier, registered_by_name, version) VALUES (?, ?, 'WEB', ?, ?, ?, ?, ?, ?, 1)");
                     PreparedStatement links = connection.prepareStatement(
                             "INSERT INTO contact_moment_case (contact_moment_id, case_file_id) VALUES (?, ?)")) {
                    contact.setLong(1, contactId);
                    contact.setLong(2, citizenId);
                    contact.setString(3, "Aanmelding " + intakeReference);
                    contact.setString(4, "Zaken geopend: " + caseReferences.stream().collect(Collectors.joining(", ")));
                    contact.setObject(5, timestamp);
                    contact.setString(6, author.getType().name());
                    contact.setString(7, author.getIdentifier());
                    contact.setString(8, author.getDisplayName());
                    contact.executeUpdate();
                    for (long caseId : caseIds.values()) {
                        links.setLong(1, contactId);
                        links.setLong(2, caseId);
                        links.addBatch();
                    }
                    links.executeBatch();
                }

                // 6. attachments to the intake, the draft removed
                try (PreparedStatement move = connection.prepareStatement(
                        "UPDATE intake_attachment SET intake_id = ?, draft_id = NULL WHERE draft_id = ?");
                     PreparedStatement deleteFields = connection.prepareStatement("DELETE FROM intake_draft_field WHERE draft_id = ?");
                     PreparedStatement deleteDraft = connection.prepareStatement("DELETE FROM intake_draft WHERE id = ? AND version = ?")) {
                    move.setLong(1, intakeId);
                    move.setLong(2, draft.draftId());
                    move.executeUpdate();
                    deleteFields.setLong(1, draft.draftId());
                    deleteFields.executeUpdate();
                    deleteDraft.setLong(1, draft.draftId());
                    deleteDraft.setLong(2, draft.draftVersion());
                    if (deleteDraft.executeUpdate() != 1) {
                        throw new IllegalStateException("draft changed");
                    }
                }

                // 7. the confirmation mail in the outbox, with the receipt attached (the service renders a real
                //    PDF; here a block of the same order of size: the database's share of the work, not PDFBox's)
                if (email != null) {
                    try (PreparedStatement mail = connection.prepareStatement("INSERT INTO mail_outbox (idempotency_key,"
                            + " category, recipient, subject, body_text, body_html, status, attempts, next_attempt_at,"
                            + " created_at, version) VALUES (?, 'INTAKE_CONFIRMATION', ?, ?, ?, NULL, 'QUEUED', 0, ?, ?, 0)",
                            new String[] {"id"})) {
                        mail.setString(1, "intake-confirmation:" + intakeId);
                        mail.setString(2, email);
                        mail.setString(3, "Wij hebben uw aanvraag " + intakeReference + " ontvangen");
                        mail.setString(4, "Beste inwoner,\n\nWij hebben uw aanvraag " + intakeReference + " ontvangen. Zaken: "
                                + String.join(", ", caseReferences) + ".\n");
                        mail.setObject(5, timestamp);
                        mail.setObject(6, timestamp);
                        mail.executeUpdate();
                        long mailId;
                        try (ResultSet keys = mail.getGeneratedKeys()) {
                            keys.next();
                            mailId = keys.getLong(1);
                        }
                        try (PreparedStatement attachment = connection.prepareStatement("INSERT INTO mail_outbox_attachment"
                                + " (mail_id, attachment_index, file_name, content_type, content) VALUES (?, 0, ?, 'application/pdf', ?)")) {
                            attachment.setLong(1, mailId);
                            attachment.setString(2, "ontvangstbewijs-" + intakeReference + ".pdf");
                            attachment.setBytes(3, RECEIPT_SIZED_BLOCK);
                            attachment.executeUpdate();
                        }
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The intake case type per domain and the optional columns, read once (case types are reference data). */
    private Setup setup() throws SQLException {
        Setup current = setup;
        if (current != null) {
            return current;
        }
        Map<SocialDomain, CaseTypeRow> read = new EnumMap<>(SocialDomain.class);
        boolean caseDomain;
        boolean historyKind;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT t.domain_code, t.code, t.deadline_amount, t.deadline_unit, t.urgent_deadline_amount,"
                             + " t.urgent_deadline_unit, s.code FROM case_type t JOIN case_status s"
                             + " ON s.case_type_code = t.code AND s.is_initial WHERE t.intake_default")) {
            while (result.next()) {
                int urgentAmount = result.getInt(5);
                boolean hasUrgent = !result.wasNull();
                read.put(SocialDomain.valueOf(result.getString(1)), new CaseTypeRow(result.getString(2),
                        DeadlineRule.of(result.getInt(3), DeadlineUnit.valueOf(result.getString(4))),
                        hasUrgent ? DeadlineRule.of(urgentAmount, DeadlineUnit.valueOf(result.getString(6))) : null,
                        result.getString(7)));
            }
            caseDomain = hasColumn(connection, "case_file", "domain_code");
            historyKind = hasColumn(connection, "case_status_change", "kind");
        }
        current = new Setup(read, caseDomain, historyKind);
        setup = current;
        return current;
    }

    private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
            return columns.next();
        }
    }
}
