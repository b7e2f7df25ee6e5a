package nl.frontoffice.platform.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.frontoffice.auth.staff.StaffRoles;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.audit.PersonalDataAccessRepository;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * Records every view of a citizen's personal data in the append-only audit trail (table
 * {@code personal_data_access}) and, for log-based SIEMs, as the log line {@link AuditEvent#PERSONAL_DATA_VIEWED}
 * with the row's id (never the BSN).
 *
 * <p>Who viewed is the caller principal of this call (the staff member logged in), never a parameter, so a call
 * site cannot record in someone else's name. The row is written in the caller's transaction
 * ({@link TransactionAttributeType#MANDATORY}): when it cannot be written, the view fails with it, so no data is
 * shown without its audit row.
 *
 * <p>Usage, at each place that shows personal data:
 * <pre>{@code
 * @EJB PersonalDataAccessLog accessLog;
 * accessLog.recordView(caseFile.getCitizen().getBsn(), PersonalDataEvent.CASE_VIEWED, caseFile.getReference(), reason);
 * }</pre>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@RolesAllowed({StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER, StaffRoles.BEHEERDER})
public class PersonalDataAccessLog {

    @Resource
    private SessionContext context;

    @Inject
    private PersonalDataAccessRepository trail;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    /**
     * @param citizen         whose data was shown
     * @param event           what was shown
     * @param objectReference which object (a case reference, the kind of search), or {@code null}; never a BSN
     * @param reason          why, as the staff member gave it
     * @return the id of the audit row
     */
    public long recordView(Bsn citizen, PersonalDataEvent event, String objectReference, AccessReason reason) {
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(reason, "reason");
        String username = context.getCallerPrincipal().getName();
        PersonalDataAccess row = trail.append(PersonalDataAccess.record(clock.instant(), username, citizen, event,
                objectReference, reason.purpose(), reason.note()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("event", event);
        details.put("purpose", reason.purpose());
        details.put("ref", row.getId());
        auditLog.record(AuditEvent.PERSONAL_DATA_VIEWED, username, details);
        return row.getId();
    }

    /**
     * One row per citizen, for a list that shows several citizens (search results, callback requests); a citizen
     * who appears twice gets one row.
     *
     * @param citizens        whose data was shown
     * @param event           what was shown
     * @param objectReference the list, e.g. the kind of search; never a BSN
     * @param reason          why
     */
    public void recordViews(Collection<Bsn> citizens, PersonalDataEvent event, String objectReference,
            AccessReason reason) {
        for (Bsn citizen : new LinkedHashSet<>(citizens)) {
            recordView(citizen, event, objectReference, reason);
        }
    }
}
