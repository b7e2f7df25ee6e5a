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

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    /** @return the citizen's BSN masked, e.g. {@code ******847}: what a results list shows */
    public String getCitizenMasked() {
        return citizen.masked();
    }

    public PersonalDataEvent getEvent() {
        return event;
    }

    public String getObjectReference() {
        return objectReference;
    }

    public AccessPurpose getPurpose() {
        return purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    static AuditEntry of(PersonalDataAccess row) {
        return new AuditEntry(row.getId(), row.getOccurredAt(), row.getStaffUsername(), row.getCitizenBsn(),
                row.getEvent(), row.getObjectReference().orElse(null), row.getPurpose(),
                row.getPurposeNote().orElse(null));
    }
}
