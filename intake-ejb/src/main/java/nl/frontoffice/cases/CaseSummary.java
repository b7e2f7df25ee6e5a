package nl.frontoffice.cases;

import java.time.LocalDate;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;

/**
 * A case as lists show it. The name keys resolve in the domain's message bundle.
 *
 * @param assignee the display name of the contact person, or {@code null} while none is assigned
 */
public record CaseSummary(
        String reference,
        SocialDomain domain,
        String caseTypeCode,
        String caseTypeNameKey,
        String statusCode,
        String statusNameKey,
        boolean open,
        boolean urgent,
        LocalDate startDate,
        LocalDate deadline,
        String assignee) {

    public static CaseSummary of(CaseFile caseFile) {
        return new CaseSummary(
                caseFile.getReference(),
                caseFile.getDomain(),
                caseFile.getCaseType().getCode(),
                caseFile.getCaseType().getNameKey(),
                caseFile.getStatusCode(),
                caseFile.getCurrentStatus().getNameKey(),
                caseFile.isOpen(),
                caseFile.isUrgent(),
                caseFile.getStartDate(),
                caseFile.getDeadline(),
                caseFile.getAssignee().map(StaffMember::getDisplayName).orElse(null));
    }
}
