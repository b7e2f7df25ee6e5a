package nl.frontoffice.citizens;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.cases.CaseStatus;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.intake.IntakeReceipt;
import nl.frontoffice.intake.IntakeRegistration;
import nl.frontoffice.intake.IntakeService;

/**
 * Test data of the citizen view component test (never in the EAR), each call in a transaction of its own.
 */
@Stateless
public class KlantbeeldFixture {

    @EJB
    private IntakeService intakeService;

    @Inject
    private CaseFileRepository cases;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * The citizen submits an intake on the website with a WMO and a Jeugd question: two cases.
     *
     * @return the references: the intake's under {@code intake}, each case's under its domain's name
     */
    public Map<String, String> intakeWithWmoAndJeugdCases(String bsn) {
        IntakeReceipt receipt = intakeService.register(new IntakeRegistration(Bsn.of(bsn), Channel.WEB,
                Actor.citizen("Inwoner"), List.of(QuestionDraft.of(SocialDomain.WMO, "Ik kan niet meer traplopen."),
                        QuestionDraft.of(SocialDomain.JEUGD, "Mijn zoon heeft hulp nodig.")), null, null));
        Map<String, String> references = new HashMap<>();
        for (CaseSummary summary : receipt.cases()) {
            references.put(summary.domain().name(), summary.reference());
        }
        references.put("intake", receipt.reference());
        return references;
    }

    /** Moves the case to the first status after its initial one. */
    public void nextStatus(String caseReference, String reason) {
        CaseFile caseFile = cases.findByReference(caseReference).orElseThrow();
        String next = caseFile.getCaseType().getStatuses().stream().filter(status -> !status.isInitial())
                .map(CaseStatus::getCode).findFirst().orElseThrow();
        caseFile.changeStatus(next, Actor.staff("consulent.wmo", "W. Consulent"), reason, clock.instant());
    }

    /**
     * Tries to remove an audit row through JPA.
     *
     * @return the type of the exception that refused it, or "removed"
     */
    public String tryToRemoveAuditRow(long id) {
        PersonalDataAccess row = em.find(PersonalDataAccess.class, id);
        try {
            em.remove(row);
            em.flush();
            return "removed";
        } catch (RuntimeException refused) {
            context.setRollbackOnly();
            Throwable cause = refused;
            while (!(cause instanceof UnsupportedOperationException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return cause.getClass().getSimpleName();
        }
    }

    /** @return the number of audit rows of the citizen, counted with SQL */
    public long auditRowsOf(String bsn) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM personal_data_access WHERE citizen_bsn = ?1")
                .setParameter(1, bsn).getSingleResult()).longValue();
    }
}
