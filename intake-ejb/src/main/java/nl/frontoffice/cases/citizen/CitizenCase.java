package nl.frontoffice.cases.citizen;

import java.time.LocalDate;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * A case in Mijn zaken. Keys resolve in the bundle {@code nl.frontoffice.domain.DomainMessages}; the
 * portal writes the deadline in words ("uiterlijk 12 januari").
 *
 * @param reference       e.g. {@code Z-2026-000012}
 * @param domain          the social domain
 * @param domainNameKey   e.g. {@code socialdomain.WMO}
 * @param caseTypeNameKey e.g. {@code casetype.WMO_MELDING}
 * @param statusCode      the status the citizen sees (the last visible one)
 * @param statusLabelKey  its label for citizens, e.g. {@code citizenstatus.IN_PROGRESS}
 * @param open            whether the case is not finished
 * @param startDate       the day the case started
 * @param deadline        the day we decide by
 * @param suspended       whether we wait for information from the citizen (the deadline stands still)
 * @param urgent          whether the case is urgent
 * @param contactPerson   the assigned staff member, or {@code null} while nobody is assigned
 * @param intakeReference the intake the case came from ("what you sent")
 */
public record CitizenCase(String reference, SocialDomain domain, String domainNameKey, String caseTypeNameKey,
                          String statusCode, String statusLabelKey, boolean open, LocalDate startDate,
                          LocalDate deadline, boolean suspended, boolean urgent, ContactPerson contactPerson,
                          String intakeReference) {

    /** @return whether a contact person is assigned */
    public boolean hasContactPerson() {
        return contactPerson != null;
    }

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public String getReference() {
        return reference;
    }

    public SocialDomain getDomain() {
        return domain;
    }

    public String getDomainNameKey() {
        return domainNameKey;
    }

    public String getCaseTypeNameKey() {
        return caseTypeNameKey;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusLabelKey() {
        return statusLabelKey;
    }

    public boolean isOpen() {
        return open;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public ContactPerson getContactPerson() {
        return contactPerson;
    }

    public String getIntakeReference() {
        return intakeReference;
    }
}
