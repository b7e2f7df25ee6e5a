package nl.frontoffice.cases.work;

import java.time.LocalDate;

import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * One case in the worklist. Name keys resolve in the bundle {@code nl.frontoffice.domain.DomainMessages}.
 *
 * @param id               the case id
 * @param version          the version to send back with an action (optimistic locking)
 * @param reference        e.g. {@code Z-2026-000012}
 * @param domain           the social domain
 * @param caseTypeCode     e.g. {@code WMO_MELDING}
 * @param caseTypeNameKey  e.g. {@code casetype.WMO_MELDING}
 * @param statusCode       e.g. {@code IN_PROGRESS}
 * @param statusNameKey    e.g. {@code casestatus.IN_PROGRESS}
 * @param urgent           whether the case is urgent
 * @param startDate        the day the deadline runs from
 * @param deadline         the day the case must be decided by
 * @param deadlineState    on track, due soon, overdue, suspended or closed
 * @param workingDaysLeft  working days from today to the deadline (negative when overdue)
 * @param suspended        whether the case waits for the citizen
 * @param assigneeUsername the assignee's username, or {@code null}
 * @param assigneeName     the assignee's display name, or {@code null}
 */
public record WorklistRow(long id, long version, String reference, SocialDomain domain, String caseTypeCode,
                          String caseTypeNameKey, String statusCode, String statusNameKey, boolean urgent,
                          LocalDate startDate, LocalDate deadline, DeadlineState deadlineState, int workingDaysLeft,
                          boolean suspended, String assigneeUsername, String assigneeName) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public SocialDomain getDomain() {
        return domain;
    }

    public String getCaseTypeCode() {
        return caseTypeCode;
    }

    public String getCaseTypeNameKey() {
        return caseTypeNameKey;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusNameKey() {
        return statusNameKey;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DeadlineState getDeadlineState() {
        return deadlineState;
    }

    public int getWorkingDaysLeft() {
        return workingDaysLeft;
    }

    public boolean isSuspended() {
        return suspended;
    }

    public String getAssigneeUsername() {
        return assigneeUsername;
    }

    public String getAssigneeName() {
        return assigneeName;
    }
}
