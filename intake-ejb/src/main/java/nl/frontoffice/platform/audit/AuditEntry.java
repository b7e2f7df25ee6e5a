package nl.frontoffice.platform.audit;

import java.io.Serializable;
import java.time.Instant;

import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.citizen.Bsn;

/**
 * One row of the audit trail as the BEHEERDER's search shows it.
 *
 * @param id              the row's id (also in the log line's {@code ref})
 * @param occurredAt      when
 * @param staffUsername   who
 * @param citizen         whose data
 * @param event           what kind of view
 * @param objectReference which object, or {@code null}
 * @param purpose         why
 * @param purposeNote     the explanation, or {@code null}
 */
public record AuditEntry(long id, Instant occurredAt, String staffUsername, Bsn citizen, PersonalDataEvent event,
        String objectReference, AccessPurpose purpose, String purposeNote) implements Serializable {

    private static final long serialVersionUID = 1L;

    static AuditEntry of(PersonalDataAccess row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(), row.getStaffUsername(), row.getCitizenBsn(),
                row.getEvent(), row.getObjectReference().orElse(null), row.getPurpose(),
                row.getPurposeNote().orElse(null));
    }
}
