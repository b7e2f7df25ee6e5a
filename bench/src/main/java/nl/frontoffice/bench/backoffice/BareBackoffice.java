package nl.frontoffice.bench.backoffice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.frontoffice.cases.work.WorklistFilter;
import nl.frontoffice.citizens.CallerScope;
import nl.frontoffice.citizens.ItemAccess;
import nl.frontoffice.citizens.TimelineItem;
import nl.frontoffice.citizens.TimelineItemKind;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * The bare side: the same rows fetched by hand-written SQL on a connection of the application's
 * datasource and pool, without EJB, JPA or the services' checks, for the same caller.
 *
 * <ul>
 * <li>Worklist: the caller's domains (one query), then per domain the count and the first page by
 *     deadline and id ({@code LIMIT}), the same statements the service's JPQL gives, merged by deadline.</li>
 * <li>Timeline: in one transaction the audit row the service writes, the caller's teams and domains,
 *     and the citizen's contact moments (with their cases), intakes (with their questions' domains
 *     and cases), cases with their history, and callback requests: five queries, built into the same
 *     items under the same rules ({@link CallerScope}) and sorted newest first.</li>
 * </ul>
 */
@ApplicationScoped
public class BareBackoffice {

    private static final Comparator<TimelineItem> NEWEST_FIRST = Comparator.comparing(TimelineItem::at)
            .thenComparing(item -> item.kind().ordinal()).reversed();

    private static final String PAGE_COLUMNS = "c.id, c.version, c.reference, c.domain_code, c.case_type_code, c.status_code,"
            + " c.urgent, c.start_date, c.deadline, c.suspended_since, c.is_open, a.username, a.display_name";

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private BackofficeWorkload workload;

    public Outcome run(BackofficeOperation operation, String caller, int index) throws SQLException {
        return operation.worklist() ? worklist(workload.filter(operation), caller)
                : timeline(workload.citizen(operation, index), caller);
    }

    private record PageRow(long id, String reference, LocalDate deadline) {
    }

    Outcome worklist(WorklistFilter filter, String caller) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> domains = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT d.domain_code FROM staff_member s"
                    + " JOIN staff_team t ON t.staff_member_id = s.id JOIN team_domain d ON d.team_id = t.team_id"
                    + " WHERE s.username = ? AND s.active")) {
                statement.setString(1, caller);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        domains.add(result.getString(1));
                    }
                }
            }
            if (filter.domain() != null) {
                domains.retainAll(List.of(filter.domain().name()));
            }
            StringBuilder where = new StringBuilder(" WHERE c.domain_code = ? AND c.is_open = ?");
            List<Object> parameters = new ArrayList<>();
            if (filter.statusCode() != null) {
                where.append(" AND c.status_code = ?");
                parameters.add(filter.statusCode());
            }
            if (filter.deadlineFrom() != null) {
                where.append(" AND c.deadline >= ?");
                parameters.add(filter.deadlineFrom());
            }
            if (filter.deadlineTo() != null) {
                where.append(" AND c.deadline <= ?");
                parameters.add(filter.deadlineTo());
            }
            if (filter.urgent() != null) {
                where.append(" AND c.urgent = ?");
                parameters.add(filter.urgent());
            }
            long total = 0;
            for (String domain : domains) {
                try (PreparedStatement count = prepare(connection, "SELECT count(c.id) FROM case_file c" + where, domain, parameters);
                     ResultSet result = count.executeQuery()) {
                    result.next();
                    total += result.getLong(1);
                }
            }
            List<PageRow> rows = new ArrayList<>();
            for (String domain : domains) {
                try (PreparedStatement page = prepare(connection, "SELECT " + PAGE_COLUMNS
                        + " FROM case_file c LEFT JOIN staff_member a ON a.id = c.assignee_id" + where
                        + " ORDER BY c.deadline, c.id LIMIT " + BackofficeWorkload.PAGE_SIZE, domain, parameters);
                     ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        rows.add(new PageRow(result.getLong(1), result.getString(3), result.getObject(9, LocalDate.class)));
                    }
                }
            }
            List<String> references = rows.stream()
                    .sorted(Comparator.comparing(PageRow::deadline).thenComparing(PageRow::id))
                    .limit(BackofficeWorkload.PAGE_SIZE).map(PageRow::reference).toList();
            return new Outcome(total, references);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, String domain, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setString(1, domain);
        statement.setBoolean(2, true);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 3, parameters.get(i));
        }
        return statement;
    }

    private record CaseRow(long id, String reference, SocialDomain domain, String typeNameKey, Instant start,
                           List<String[]> history) {
    }

    Outcome timeline(String bsn, String caller) throws SQLException {
        List<TimelineItem> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                CallerScope scope = scope(connection, caller);
                long citizenId = -1;
                try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM citizen WHERE bsn = ?")) {
                    statement.setString(1, bsn);
                    try (ResultSet result = statement.executeQuery()) {
                        if (result.next()) {
                            citizenId = result.getLong(1);
                        }
                    }
                }
                try (PreparedStatement audit = connection.prepareStatement("INSERT INTO personal_data_access (id, occurred_at,"
                        + " staff_username, citizen_bsn, event_type, object_reference, purpose_code, purpose_note)"
                        + " VALUES (nextval('personal_data_access_seq'), ?, ?, ?, 'CITIZEN_TIMELINE_VIEWED', NULL, ?, NULL)")) {
                    audit.setObject(1, OffsetDateTime.now());
                    audit.setString(2, caller);
                    audit.setString(3, bsn);
                    audit.setString(4, BackofficeWorkload.REASON.purpose().name());
                    audit.executeUpdate();
                }
                if (citizenId >= 0) {
                    Map<Long, CaseRow> cases = cases(connection, citizenId);
                    contactMoments(connection, citizenId, scope, cases, items);
                    intakes(connection, citizenId, scope, cases, items);
                    for (CaseRow caseRow : cases.values()) {
                        caseItems(scope, caseRow, items);
                    }
                    callbacks(connection, citizenId, items);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        items.sort(NEWEST_FIRST);
        return new Outcome(items.size(), items.stream().map(BackofficeWorkload::signature).toList());
    }

    private static CallerScope scope(Connection connection, String caller) throws SQLException {
        String name = null;
        boolean kcc = false;
        Set<SocialDomain> domains = EnumSet.noneOf(SocialDomain.class);
        Set<Long> teams = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT s.display_name,"
                + " EXISTS (SELECT 1 FROM staff_role r WHERE r.staff_member_id = s.id AND r.role_code = 'KCC'),"
                + " t.team_id, d.domain_code FROM staff_member s LEFT JOIN staff_team t ON t.staff_member_id = s.id"
                + " LEFT JOIN team_domain d ON d.team_id = t.team_id WHERE s.username = ? AND s.active")) {
            statement.setString(1, caller);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    name = result.getString(1);
                    kcc = result.getBoolean(2);
                    long team = result.getLong(3);
                    if (!result.wasNull()) {
                        teams.add(team);
                    }
                    String domain = result.getString(4);
                    if (domain != null) {
                        domains.add(SocialDomain.valueOf(domain));
                    }
                }
            }
        }
        if (name == null) {
            throw new IllegalStateException("No active staff member " + caller);
        }
        if (!kcc) {
            throw new IllegalStateException("The bare timeline covers the contact centre only (no need-to-know check)");
        }
        return new CallerScope(caller, name, kcc, domains, teams);
    }

    /** The citizen's cases with their history (ordered as the entity orders it), by case id. */
    private static Map<Long, CaseRow> cases(Connection connection, long citizenId) throws SQLException {
        Map<Long, CaseRow> cases = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT c.id, c.reference, c.domain_code, t.name_key,"
                + " c.start_date, h.from_status_code, h.to_status_code, s.name_key, h.changed_at, h.reason, h.changed_by_name"
                + " FROM case_file c JOIN case_type t ON t.code = c.case_type_code"
                + " LEFT JOIN case_status_change h ON h.case_file_id = c.id"
                + " LEFT JOIN case_status s ON s.case_type_code = c.case_type_code AND s.code = h.to_status_code"
                + " WHERE c.citizen_id = ? ORDER BY c.id, h.changed_at, h.id")) {
            statement.setLong(1, citizenId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    CaseRow row = cases.get(id);
                    if (row == null) {
                        row = new CaseRow(id, result.getString(2), SocialDomain.valueOf(result.getString(3)), result.getString(4),
                                result.getObject(5, LocalDate.class).atStartOfDay(nl.frontoffice.domain.calendar.WorkingDayCalendar.TIME_ZONE).toInstant(),
                                new ArrayList<>());
                        cases.put(id, row);
                    }
                    if (result.getString(7) != null) {
                        row.history().add(new String[]{result.getString(6), result.getString(7), result.getString(8),
                                result.getObject(9, OffsetDateTime.class).toInstant().toString(), result.getString(10),
                                result.getString(11)});
                    }
                }
            }
        }
        return cases;
    }

    private static void caseItems(CallerScope scope, CaseRow caseRow, List<TimelineItem> items) {
        ItemAccess access = scope.caseAccess(caseRow.domain());
        List<SocialDomain> domains = List.of(caseRow.domain());
        if (access == ItemAccess.EXISTENCE) {
            Instant openedAt = caseRow.history().isEmpty() ? caseRow.start() : Instant.parse(caseRow.history().get(0)[3]);
            items.add(new TimelineItem(TimelineItemKind.CASE_OPENED, openedAt, null, domains, null, null, null, null,
                    null, null, null, List.of(), access));
            return;
        }
        boolean open = access == ItemAccess.OPEN;
        for (String[] change : caseRow.history()) {
            boolean first = change[0] == null;
            items.add(new TimelineItem(first ? TimelineItemKind.CASE_OPENED : TimelineItemKind.CASE_STATUS_CHANGED,
                    Instant.parse(change[3]), null, domains, caseRow.reference(), first ? caseRow.typeNameKey() : change[2],
                    null, open ? change[4] : null, change[5], null, null, List.of(), access));
        }
    }

    private static void contactMoments(Connection connection, long citizenId, CallerScope scope, Map<Long, CaseRow> cases,
                                       List<TimelineItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT m.id, m.occurred_at, m.channel, m.subject,"
                + " m.outcome, m.registered_by_name, l.case_file_id FROM contact_moment m"
                + " LEFT JOIN contact_moment_case l ON l.contact_moment_id = m.id WHERE m.citizen_id = ? ORDER BY m.id, l.case_file_id")) {
            statement.setLong(1, citizenId);
            try (ResultSet result = statement.executeQuery()) {
                long current = -1;
                Object[] moment = null;
                List<String> references = new ArrayList<>();
                while (result.next()) {
                    long id = result.getLong(1);
                    if (id != current) {
                        if (moment != null) {
                            items.add(contactMomentItem(moment, references));
                        }
                        current = id;
                        moment = new Object[]{result.getObject(2, OffsetDateTime.class).toInstant(), result.getString(3),
                                result.getString(4), result.getString(5), result.getString(6)};
                        references = new ArrayList<>();
                    }
                    long caseId = result.getLong(7);
                    if (!result.wasNull()) {
                        CaseRow linked = cases.get(caseId);
                        if (linked != null && scope.caseAccess(linked.domain()) != ItemAccess.EXISTENCE) {
                            references.add(linked.reference());
                        }
                    }
                }
                if (moment != null) {
                    items.add(contactMomentItem(moment, references));
                }
            }
        }
    }

    private static TimelineItem contactMomentItem(Object[] moment, List<String> references) {
        return new TimelineItem(TimelineItemKind.CONTACT_MOMENT, (Instant) moment[0], Channel.valueOf((String) moment[1]),
                List.of(), null, null, (String) moment[2], (String) moment[3], (String) moment[4], null, null, references,
                ItemAccess.OPEN);
    }

    private static void intakes(Connection connection, long citizenId, CallerScope scope, Map<Long, CaseRow> cases,
                                List<TimelineItem> items) throws SQLException {
        // the intake's cases, in id order (as the entity orders them)
        Map<Long, List<CaseRow>> casesOfIntake = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c.intake_id, c.id FROM case_file c WHERE c.citizen_id = ? ORDER BY c.intake_id, c.id")) {
            statement.setLong(1, citizenId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    casesOfIntake.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(cases.get(result.getLong(2)));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT i.id, i.submitted_at, i.channel, i.reference,"
                + " i.author_name, q.domain_code FROM intake i LEFT JOIN intake_question q ON q.intake_id = i.id"
                + " WHERE i.citizen_id = ? ORDER BY i.id, q.sequence_number")) {
            statement.setLong(1, citizenId);
            try (ResultSet result = statement.executeQuery()) {
                long current = -1;
                Object[] intake = null;
                Set<SocialDomain> domains = new LinkedHashSet<>();
                while (result.next()) {
                    long id = result.getLong(1);
                    if (id != current) {
                        if (intake != null) {
                            items.add(intakeItem(scope, intake, domains, casesOfIntake.getOrDefault(current, List.of())));
                        }
                        current = id;
                        intake = new Object[]{result.getObject(2, OffsetDateTime.class).toInstant(), result.getString(3),
                                result.getString(4), result.getString(5)};
                        domains = new LinkedHashSet<>();
                    }
                    if (result.getString(6) != null) {
                        domains.add(SocialDomain.valueOf(result.getString(6)));
                    }
                }
                if (intake != null) {
                    items.add(intakeItem(scope, intake, domains, casesOfIntake.getOrDefault(current, List.of())));
                }
            }
        }
    }

    private static TimelineItem intakeItem(CallerScope scope, Object[] intake, Set<SocialDomain> domains, List<CaseRow> cases) {
        ItemAccess access;
        if (scope.mayOpenAll(domains)) {
            access = ItemAccess.OPEN;
        } else if (scope.contactCentre() || domains.stream().anyMatch(scope.domains()::contains)) {
            access = ItemAccess.SUMMARY;
        } else {
            access = ItemAccess.EXISTENCE;
        }
        boolean shown = access != ItemAccess.EXISTENCE;
        List<String> references = shown ? cases.stream().filter(c -> scope.caseAccess(c.domain()) != ItemAccess.EXISTENCE)
                .map(CaseRow::reference).toList() : List.of();
        return new TimelineItem(TimelineItemKind.INTAKE, (Instant) intake[0], shown ? Channel.valueOf((String) intake[1]) : null,
                List.copyOf(domains), shown ? (String) intake[2] : null, null, null, null, shown ? (String) intake[3] : null,
                null, null, references, access);
    }

    private static void callbacks(Connection connection, long citizenId, List<TimelineItem> items) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT r.requested_at, r.question, r.phone,"
                + " r.requested_by_name, t.name, r.due_date, r.completed_at, r.completion_note, r.completed_by_name"
                + " FROM callback_request r JOIN team t ON t.id = r.team_id WHERE r.citizen_id = ?")) {
            statement.setLong(1, citizenId);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    LocalDate due = result.getObject(6, LocalDate.class);
                    String team = result.getString(5);
                    items.add(new TimelineItem(TimelineItemKind.CALLBACK_REQUESTED,
                            result.getObject(1, OffsetDateTime.class).toInstant(), null, List.of(), null, null,
                            result.getString(2), result.getString(3), result.getString(4), team, due, List.of(), ItemAccess.OPEN));
                    OffsetDateTime completed = result.getObject(7, OffsetDateTime.class);
                    if (completed != null) {
                        items.add(new TimelineItem(TimelineItemKind.CALLBACK_COMPLETED, completed.toInstant(), null, List.of(),
                                null, null, result.getString(8), null, result.getString(9), team, due, List.of(), ItemAccess.OPEN));
                    }
                }
            }
        }
    }
}
