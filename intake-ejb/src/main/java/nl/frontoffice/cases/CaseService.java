package nl.frontoffice.cases;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.cases.CaseStatusChange;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.CitizenRepository;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;

/**
 * A citizen's cases and their statuses. {@code find…} returns an empty Optional for what does not
 * exist; {@code get…} and changes throw a {@link DomainException} with a message key.
 *
 * <p>Internal: it checks no caller and takes the actor as a parameter (demo data, tests). Pages use
 * {@link nl.frontoffice.cases.citizen.CitizenCaseService} and
 * {@link nl.frontoffice.cases.work.CaseHandlingService}, which check who calls.
 */
@Stateless
public class CaseService {

    /** Message key: there is no case with that reference. */
    public static final String CASE_NOT_FOUND = "case.not-found";

    private static final Logger LOG = Logger.getLogger(CaseService.class.getName());

    @Inject
    private CaseFileRepository cases;

    @Inject
    private CitizenRepository citizens;

    @Inject
    private Clock clock;

    /** The citizen's cases, newest first; empty for a citizen we have never met. */
    public List<CaseSummary> listCasesOfCitizen(@NotNull Bsn bsn) {
        return citizens.findByBsn(bsn)
                .map(citizen -> cases.findByCitizen(citizen).stream().map(CaseSummary::of).toList())
                .orElse(List.of());
    }

    public Optional<CaseSummary> findCase(@NotBlank String reference) {
        return cases.findByReference(reference).map(CaseSummary::of);
    }

    /** The status history of a case, oldest first. */
    public List<StatusChange> getStatusHistory(@NotBlank String reference) {
        return caseFile(reference).getHistory().stream().map(StatusChange::of).toList();
    }

    /**
     * Moves a case to another status of its case type and records who did it, when and why.
     *
     * @throws DomainException {@value #CASE_NOT_FOUND}, or a
     *         {@link nl.frontoffice.domain.cases.CaseStatusTransitionException} when the move is not allowed
     */
    public CaseSummary changeStatus(@NotBlank String reference, @NotBlank String toStatus, @NotNull Actor actor,
                                    @Size(max = CaseStatusChange.REASON_MAX_LENGTH) String reason) {
        CaseFile caseFile = caseFile(reference);
        String from = caseFile.getStatusCode();
        caseFile.changeStatus(toStatus, actor, reason, clock.instant());
        LOG.info(() -> "Case " + reference + " moved from " + from + " to " + caseFile.getStatusCode()
                + " by " + actor.getType());
        return CaseSummary.of(caseFile);
    }

    private CaseFile caseFile(String reference) {
        return cases.findByReference(reference).orElseThrow(() -> new DomainException(CASE_NOT_FOUND, reference));
    }
}
