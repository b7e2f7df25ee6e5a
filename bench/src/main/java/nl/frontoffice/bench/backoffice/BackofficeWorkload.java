package nl.frontoffice.bench.backoffice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import nl.frontoffice.cases.work.CaseHandlingService;
import nl.frontoffice.cases.work.WorklistFilter;
import nl.frontoffice.cases.work.WorklistPage;
import nl.frontoffice.cases.work.WorklistQuery;
import nl.frontoffice.cases.work.WorklistRow;
import nl.frontoffice.cases.work.WorklistSort;
import nl.frontoffice.citizens.CitizenTimeline;
import nl.frontoffice.citizens.CitizenViewService;
import nl.frontoffice.citizens.TimelineItem;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.platform.persistence.DatabaseMigration;

/**
 * The inputs of the back-office operations (filters, the citizens whose timelines are opened) and the
 * service side of each: the calls the portal's pages make, as the calling staff member.
 *
 * <ul>
 * <li>Worklist: what {@code WorklistView} does for the first page: its lazy model's {@code count} (a
 *     {@link CaseHandlingService#worklist} call for one row, read for its total) and {@code load}
 *     (the first {@value #PAGE_SIZE} rows by deadline): two service calls.</li>
 * <li>Timeline: {@link CitizenViewService#timeline} with the reason "phone contact", which also writes
 *     its audit row.</li>
 * </ul>
 */
@ApplicationScoped
public class BackofficeWorkload {

    /** Rows per worklist page, as {@code WorklistView.PAGE_SIZE}. */
    public static final int PAGE_SIZE = 20;
    /** At most this many citizens with the median number of cases take turns in the typical timeline. */
    static final int TYPICAL_CITIZENS = 200;
    /** The citizens with the largest histories that take turns in the large timeline. */
    static final int LARGE_CITIZENS = 10;
    static final AccessReason REASON = AccessReason.of(AccessPurpose.PHONE_CONTACT);

    @EJB
    private CaseHandlingService cases;

    @EJB
    private CitizenViewService citizenView;

    @Inject
    private Clock clock;

    @Resource(lookup = DatabaseMigration.DATASOURCE)
    private DataSource dataSource;

    private volatile List<String> typicalCitizens = List.of();
    private volatile List<String> largeCitizens = List.of();
    private volatile JsonObject citizenInfo = Json.createObjectBuilder().build();

    /** The filter of an operation; the filtered worklist's deadline range is around today. */
    public WorklistFilter filter(BackofficeOperation operation) {
        return switch (operation) {
            case WORKLIST_FILTERED -> {
                LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.TIME_ZONE));
                yield WorklistFilter.openCases().withDomain(SocialDomain.SCHULDHULPVERLENING).withStatus("IN_PROGRESS")
                        .withUrgent(Boolean.TRUE).withDeadlineBetween(today.minusDays(14), today.plusDays(14));
            }
            case WORKLIST_PAGE, WORKLIST_PAGE_TWO_DOMAINS -> WorklistFilter.openCases();
            default -> throw new IllegalArgumentException(operation + " is no worklist");
        };
    }

    /** @return the BSN of the citizen whose timeline the index-th call opens */
    public String citizen(BackofficeOperation operation, int index) {
        List<String> citizens = operation == BackofficeOperation.TIMELINE_LARGE ? largeCitizens : typicalCitizens;
        if (citizens.isEmpty()) {
            throw new IllegalStateException("No citizens chosen: call prepare first (is the data generated?)");
        }
        return citizens.get(index % citizens.size());
    }

    /**
     * Chooses the citizens of the timeline operations (not measured): up to {@value #TYPICAL_CITIZENS}
     * with the median number of cases, and the {@value #LARGE_CITIZENS} with the most.
     *
     * @return how many cases and history entries those citizens have
     */
    public JsonObject prepare() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE bench_case_count AS SELECT citizen_id, count(*) AS n FROM case_file GROUP BY citizen_id");
            long median;
            try (ResultSet result = statement.executeQuery(
                    "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) FROM bench_case_count")) {
                result.next();
                median = result.getLong(1);
            }
            List<String> typical = bsns(connection, "SELECT z.bsn FROM bench_case_count c JOIN citizen z ON z.id = c.citizen_id"
                    + " WHERE c.n = ? ORDER BY c.citizen_id LIMIT " + TYPICAL_CITIZENS, median);
            List<String> large = bsns(connection, "SELECT z.bsn FROM bench_case_count c JOIN citizen z ON z.id = c.citizen_id"
                    + " WHERE c.n >= ? ORDER BY c.n DESC, c.citizen_id LIMIT " + LARGE_CITIZENS, 0);
            JsonObject info = Json.createObjectBuilder()
                    .add("typical", describe(connection, typical).add("casesPerCitizen", median))
                    .add("large", describe(connection, large))
                    .build();
            statement.execute("DROP TABLE bench_case_count");
            typicalCitizens = typical;
            largeCitizens = large;
            citizenInfo = info;
            return info;
        }
    }

    public JsonObject citizenInfo() {
        return citizenInfo;
    }

    private static List<String> bsns(Connection connection, String sql, long parameter) throws SQLException {
        List<String> bsns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    bsns.add(result.getString(1));
                }
            }
        }
        return bsns;
    }

    /** Citizens, and per citizen on average: cases, history entries, intakes, contact moments, callback requests. */
    private static jakarta.json.JsonObjectBuilder describe(Connection connection, List<String> bsns) throws SQLException {
        String sql = "SELECT count(*),"
                + " avg((SELECT count(*) FROM case_file c WHERE c.citizen_id = z.id)),"
                + " avg((SELECT count(*) FROM case_status_change h JOIN case_file c ON c.id = h.case_file_id WHERE c.citizen_id = z.id)),"
                + " avg((SELECT count(*) FROM intake i WHERE i.citizen_id = z.id)),"
                + " avg((SELECT count(*) FROM contact_moment m WHERE m.citizen_id = z.id)),"
                + " avg((SELECT count(*) FROM callback_request r WHERE r.citizen_id = z.id)),"
                + " min((SELECT count(*) FROM case_file c WHERE c.citizen_id = z.id)),"
                + " max((SELECT count(*) FROM case_file c WHERE c.citizen_id = z.id))"
                + " FROM citizen z WHERE z.bsn = ANY (?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", bsns.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return Json.createObjectBuilder()
                        .add("citizens", result.getLong(1))
                        .add("avgCases", round(result.getDouble(2)))
                        .add("avgHistoryEntries", round(result.getDouble(3)))
                        .add("avgIntakes", round(result.getDouble(4)))
                        .add("avgContactMoments", round(result.getDouble(5)))
                        .add("avgCallbackRequests", round(result.getDouble(6)))
                        .add("minCases", result.getLong(7))
                        .add("maxCases", result.getLong(8));
            }
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The service side of one call. */
    public Outcome service(BackofficeOperation operation, int index) {
        if (operation.worklist()) {
            WorklistFilter filter = filter(operation);
            // WorklistView's lazy model: count() asks for one row and reads the total, then load() the first page
            long counted = cases.worklist(new WorklistQuery(filter, WorklistSort.DEADLINE, true, 0, 1)).total();
            WorklistPage page = cases.worklist(new WorklistQuery(filter, WorklistSort.DEADLINE, true, 0, PAGE_SIZE));
            if (counted != page.total()) {
                throw new IllegalStateException("The count changed between the two calls: " + counted + ", " + page.total());
            }
            return new Outcome(page.total(), page.rows().stream().map(WorklistRow::reference).toList());
        }
        CitizenTimeline timeline = citizenView.timeline(Bsn.of(citizen(operation, index)), REASON);
        return new Outcome(timeline.items().size(), timeline.items().stream().map(BackofficeWorkload::signature).toList());
    }

    /** An item as the comparison sees it: kind, time, reference, access, domains, related references. */
    static String signature(TimelineItem item) {
        return item.kind() + " " + item.at() + " " + item.reference() + " " + item.access() + " " + item.domains()
                + " " + item.relatedReferences() + " " + item.titleKey() + " " + item.actorName();
    }
}
