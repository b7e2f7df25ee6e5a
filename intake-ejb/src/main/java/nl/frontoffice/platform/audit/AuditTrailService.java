package nl.frontoffice.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.audit.AuditQuery;
import nl.frontoffice.domain.audit.PersonalDataAccessRepository;
import nl.frontoffice.domain.shared.DomainException;

/**
 * The BEHEERDER's search of the audit trail of personal data: by staff member, citizen, kind of view and period,
 * paged in the database, newest first. Only BEHEERDER may call it (the container refuses everyone else with an
 * {@code EJBAccessException}). Each search is itself logged ({@link AuditEvent#AUDIT_TRAIL_SEARCHED}, with the
 * criteria used but never their values).
 *
 * <p>This service only reads: the application offers no way to change or remove audit rows.
 *
 * <p>Usage (a lazy data table): {@code AuditPage page = auditTrail.search(new AuditQuery(null, bsn, null, from, until), first, 25);}
 */
@Stateless
@RolesAllowed(StaffRoles.BEHEERDER)
public class AuditTrailService {

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 200;

    /** Message key: the page asked for is not valid. */
    public static final String PAGE_INVALID = "audit.search.page";

    @Resource
    private SessionContext context;

    @Inject
    private PersonalDataAccessRepository trail;

    @Inject
    private AuditLog auditLog;

    /**
     * @param query    what to look for ({@link AuditQuery#everything()} for all)
     * @param first    the index of the first row, 0 or more
     * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
     * @return the page and the total number of matches
     * @throws DomainException {@value #PAGE_INVALID} when first or pageSize is out of range
     */
    public AuditPage search(@NotNull AuditQuery query, int first, int pageSize) {
        if (first < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new DomainException(PAGE_INVALID, MAX_PAGE_SIZE);
        }
        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("staff", query.staffUsername() != null);
        criteria.put("citizen", query.citizenBsn() != null);
        criteria.put("event", query.event() == null ? "any" : query.event());
        criteria.put("period", query.from() != null || query.until() != null);
        auditLog.record(AuditEvent.AUDIT_TRAIL_SEARCHED, context.getCallerPrincipal().getName(), criteria);
        return new AuditPage(trail.search(query, first, pageSize).stream().map(AuditEntry::of).toList(),
                trail.count(query), first, pageSize);
    }

    /**
     * How many rows match, for a lazy table that asks for the count before the page. Shows no personal data, so it is
     * not logged as a search; the page that follows is ({@link #search}).
     *
     * @param query what to look for
     * @return the number of matching rows
     */
    public long count(@NotNull AuditQuery query) {
        return trail.count(query);
    }
}
