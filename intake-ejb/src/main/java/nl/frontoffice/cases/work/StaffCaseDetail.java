package nl.frontoffice.cases.work;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.frontoffice.domain.cases.DecisionOutcome;
import nl.frontoffice.domain.cases.DeadlineState;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.shared.SocialDomain;

/**
 * A case as the case page shows it to a staff member. What the caller may not see is left out:
 * without {@link #detailsVisible()} there are no notes and no citizen; the {@code may…} flags say
 * which actions the server will accept from him (it checks again on every call).
 *
 * @param id                   the case id
 * @param version              send back with an action (optimistic locking)
 * @param reference            e.g. {@code Z-2026-000012}
 * @param domain               the social domain
 * @param caseTypeCode         e.g. {@code WMO_MELDING}
 * @param caseTypeNameKey      e.g. {@code casetype.WMO_MELDING}
 * @param legalBasis           the legal basis of the deadline
 * @param statusCode           the current status
 * @param statusNameKey        its bundle key
 * @param open                 whether the case is not closed
 * @param urgent               whether the case is urgent
 * @param startDate            the day the deadline runs from
 * @param deadline             the current deadline (moved by suspensions and the extension)
 * @param deadlineState        on track, due soon, overdue, suspended or closed
 * @param workingDaysLeft      working days from today to the deadline (negative when overdue)
 * @param suspendedSince       the day the current suspension began, or {@code null}
 * @param suspensionReason     what the case waits for, or {@code null}
 * @param suspendedWorkingDays the working days of ended suspensions
 * @param extendedOn           the day of the extension, or {@code null}
 * @param extensionReason      why it was extended, or {@code null}
 * @param extensionPossible    whether the case can still be extended (not yet, and the case type allows it)
 * @param decisionOutcome      the recorded decision's outcome, or {@code null}
 * @param decisionText         its text, or {@code null}
 * @param decidedAt            when it was recorded, or {@code null}
 * @param closedOn             the closing day, or {@code null}
 * @param assigneeUsername     the assignee's username, or {@code null}
 * @param assigneeName         the assignee's display name, or {@code null}
 * @param teamName             the responsible team, or {@code null}
 * @param intakeReference      the intake the case came from
 * @param consentToShare       whether the citizen allowed sharing with chain partners
 * @param nextStatuses         where the case can move next (empty when closed)
 * @param history              every entry, oldest first
 * @param detailsVisible       whether the caller may see notes, answers, documents and the citizen
 * @param notes                the internal notes, newest first (empty without details)
 * @param citizen              the citizen's BSN, to look him up in the BRP (only with details; masks itself in logs)
 * @param mayClaim             whether the caller may claim it now
 * @param mayAssign            whether the caller may assign it
 * @param mayHandle            whether the caller may move, suspend, resume, extend or decide it
 * @param mayWriteNotes        whether the caller may add a note
 */
public record StaffCaseDetail(long id, long version, String reference, SocialDomain domain, String caseTypeCode,
                              String caseTypeNameKey, String legalBasis, String statusCode, String statusNameKey,
                              boolean open, boolean urgent, LocalDate startDate, LocalDate deadline,
                              DeadlineState deadlineState, int workingDaysLeft, LocalDate suspendedSince,
                              String suspensionReason, int suspendedWorkingDays, LocalDate extendedOn,
                              String extensionReason, boolean extensionPossible, DecisionOutcome decisionOutcome,
                              String decisionText, Instant decidedAt, LocalDate closedOn, String assigneeUsername,
                              String assigneeName, String teamName, String intakeReference, boolean consentToShare,
                              List<NextStatus> nextStatuses, List<HistoryEntry> history, boolean detailsVisible,
                              List<CaseNoteView> notes, Bsn citizen, boolean mayClaim, boolean mayAssign,
                              boolean mayHandle, boolean mayWriteNotes) {

    public StaffCaseDetail {
        nextStatuses = List.copyOf(nextStatuses);
        history = List.copyOf(history);
        notes = List.copyOf(notes);
    }

    /** @return whether the case waits for the citizen */
    public boolean suspended() {
        return suspendedSince != null;
    }

    /** @return whether the case waits for the citizen (for EL) */
    public boolean isSuspended() {
        return suspended();
    }

    @Override
    public String toString() {
        return "StaffCaseDetail[" + reference + ", " + statusCode + ", v" + version + "]";
    }

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

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getStatusNameKey() {
        return statusNameKey;
    }

    public boolean isOpen() {
        return open;
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

    public LocalDate getSuspendedSince() {
        return suspendedSince;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public int getSuspendedWorkingDays() {
        return suspendedWorkingDays;
    }

    public LocalDate getExtendedOn() {
        return extendedOn;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public boolean isExtensionPossible() {
        return extensionPossible;
    }

    public DecisionOutcome getDecisionOutcome() {
        return decisionOutcome;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getAssigneeUsername() {
        return assigneeUsername;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getIntakeReference() {
        return intakeReference;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public List<NextStatus> getNextStatuses() {
        return nextStatuses;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public boolean isDetailsVisible() {
        return detailsVisible;
    }

    public List<CaseNoteView> getNotes() {
        return notes;
    }

    public Bsn getCitizen() {
        return citizen;
    }

    public boolean isMayClaim() {
        return mayClaim;
    }

    public boolean isMayAssign() {
        return mayAssign;
    }

    public boolean isMayHandle() {
        return mayHandle;
    }

    public boolean isMayWriteNotes() {
        return mayWriteNotes;
    }
}
