package nl.frontoffice.cases.citizen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.cases.CaseEventKind;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.Team;

/**
 * Mijn zaken: a citizen's own cases, for the portal, with the BSN of the DigiD session. Only a
 * caller in role {@value #CITIZEN_ROLE} gets here; a reference of another citizen's case is
 * answered exactly like one that does not exist. Nothing internal leaves this service: no notes,
 * no staff usernames, no internal statuses, no reasons of status changes.
 */
@Stateless
@RolesAllowed(CitizenCaseService.CITIZEN_ROLE)
public class CitizenCaseService {

    /** The security role of a citizen logged in with DigiD (the portal's group {@code CITIZEN}). */
    public static final String CITIZEN_ROLE = "CITIZEN";

    @Inject
    private CitizenRepository citizens;

    @Inject
    private CaseFileRepository cases;

    /**
     * @param bsn the logged-in citizen
     * @return his cases, newest first; empty for a citizen we have never met
     */
    public List<CitizenCase> casesOf(@NotNull Bsn bsn) {
        return citizens.findByBsn(bsn)
                .map(citizen -> cases.findByCitizen(citizen).stream().map(CitizenCaseService::summary).toList())
                .orElse(List.of());
    }

    /**
     * @param bsn       the logged-in citizen
     * @param reference a case reference
     * @return the case page; empty when there is no such case of this citizen
     */
    public Optional<CitizenCaseDetail> caseOf(@NotNull Bsn bsn, @NotBlank String reference) {
        return cases.findByReference(reference)
                .filter(caseFile -> caseFile.getCitizen().hasBsn(bsn))
                .map(CitizenCaseService::detail);
    }

    static CitizenCase summary(CaseFile caseFile) {
        CaseStatus shown = visibleStatus(caseFile);
        ContactPerson contact = caseFile.getAssignee().map(assignee -> new ContactPerson(assignee.getDisplayName(),
                teamOf(caseFile, assignee))).orElse(null);
        return new CitizenCase(caseFile.getReference(), caseFile.getDomain(), caseFile.getDomain().getMessageKey(),
                caseFile.getCaseType().getNameKey(), shown.getCode(), shown.getCitizenLabelKey(), caseFile.isOpen(),
                caseFile.getStartDate(), caseFile.getDeadline(), caseFile.isSuspended(), caseFile.isUrgent(), contact,
                caseFile.getIntake().getReference());
    }

    private static CitizenCaseDetail detail(CaseFile caseFile) {
        CaseType type = caseFile.getCaseType();
        List<CitizenHistoryEntry> history = new ArrayList<>();
        for (CaseStatusChange entry : caseFile.getHistory()) {
            LocalDate day = LocalDate.ofInstant(entry.getChangedAt(), WorkingDayCalendar.TIME_ZONE);
            switch (entry.getKind()) {
                case STATUS_CHANGED -> type.findStatus(entry.getToStatus()).filter(CaseStatus::isVisibleToCitizen)
                        .ifPresent(status -> history.add(new CitizenHistoryEntry(entry.getChangedAt(), day,
                                CaseEventKind.STATUS_CHANGED, status.getCitizenLabelKey(), null, null)));
                case SUSPENDED -> history.add(new CitizenHistoryEntry(entry.getChangedAt(), day, entry.getKind(),
                        entry.getKind().getMessageKey(), entry.getReason().orElse(null), null));
                case RESUMED -> history.add(new CitizenHistoryEntry(entry.getChangedAt(), day, entry.getKind(),
                        entry.getKind().getMessageKey(), null, entry.getDetail().map(LocalDate::parse).orElse(null)));
                case EXTENDED -> history.add(new CitizenHistoryEntry(entry.getChangedAt(), day, entry.getKind(),
                        entry.getKind().getMessageKey(), entry.getReason().orElse(null),
                        entry.getDetail().map(LocalDate::parse).orElse(null)));
                default -> {
                    // assignments and the recorded decision are internal; the citizen gets the decision by letter
                }
            }
        }
        return new CitizenCaseDetail(summary(caseFile), visibleStatus(caseFile).getNextStepKey(), history,
                caseFile.getSuspensionReason().orElse(null), caseFile.isExtended(),
                caseFile.getExtensionReason().orElse(null));
    }

    /** The current status if citizens may see it, else the last visible status the case had. */
    private static CaseStatus visibleStatus(CaseFile caseFile) {
        CaseStatus current = caseFile.getCurrentStatus();
        if (current.isVisibleToCitizen()) {
            return current;
        }
        List<CaseStatusChange> history = caseFile.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            Optional<CaseStatus> status = caseFile.getCaseType().findStatus(history.get(i).getToStatus())
                    .filter(CaseStatus::isVisibleToCitizen);
            if (status.isPresent()) {
                return status.get();
            }
        }
        return caseFile.getCaseType().getInitialStatus();
    }

    private static String teamOf(CaseFile caseFile, StaffMember assignee) {
        return caseFile.getTeam().map(Team::getName).orElseGet(() -> assignee.getTeams().stream()
                .filter(team -> team.serves(caseFile.getDomain()))
                .map(Team::getName).min(Comparator.naturalOrder()).orElse(null));
    }
}
