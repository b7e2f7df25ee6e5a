package nl.frontoffice.bench.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.intake.DraftSave;
import nl.frontoffice.intake.DraftView;
import nl.frontoffice.intake.IntakeDraftService;
import nl.frontoffice.intake.IntakeReceipt;
import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.IntakeSubmission;

/**
 * What one benchmark intake is, and the service-side operations on it. Every intake is a new citizen
 * (a fresh valid BSN) who chose three life areas (living at home, raising children, debts with an
 * eviction threatening), so one intake opens three cases: Wmo, Jeugd and an urgent
 * schuldhulpverlening case.
 *
 * <p>The measured service call is the wizard's "Send", {@link IntakeService#submit}: the transaction
 * that turns the saved draft into the intake, its questions and answers, three cases with deadlines
 * and status history, consent per case and a contact moment, and deletes the draft. The draft itself
 * is saved beforehand through {@link IntakeDraftService#save} (as the wizard saves it at every step)
 * and is not part of the measured time.
 */
@ApplicationScoped
public class IntakeWorkload {

    /** The citizen submitting, as the portal's wizard names him. */
    static final Actor CITIZEN = Actor.citizen("Inwoner");

    static final Map<SocialDomain, Boolean> CONSENT = Map.of(SocialDomain.WMO, true, SocialDomain.JEUGD, false,
            SocialDomain.SCHULDHULPVERLENING, true);

    private static final PersonalData FAMILY = new PersonalData("J. de Vries", LocalDate.of(1980, 3, 15),
            "Dorpsstraat 1, 1234 AB Voorbeeldstad", "A. de Vries",
            List.of(new HouseholdChild("Sanne", LocalDate.of(2015, 6, 1))));

    /** A draft saved and ready to be sent. */
    public record PreparedDraft(Bsn citizen, long draftId, long draftVersion) {
    }

    @EJB
    private IntakeDraftService drafts;

    @EJB
    private IntakeService intakes;

    private long nextBsnCandidate = 100_000_000L;

    /** A valid BSN not used before in this server's life (the database is new for every run). */
    public synchronized Bsn newBsn() {
        while (nextBsnCandidate <= 999_999_999L) {
            String candidate = Long.toString(nextBsnCandidate++);
            if (Bsn.isValid(candidate)) {
                return Bsn.of(candidate);
            }
        }
        throw new IllegalStateException("Out of BSNs");
    }

    /** The wizard's form with three questions in three domains, as a citizen leaves it on the check page. */
    static IntakeForm threeDomains() {
        Map<String, String> answers = new HashMap<>();
        answers.put("wonen.description", "Ik kan het huis niet meer schoonhouden sinds mijn heupoperatie.");
        answers.put("wonen.activity", "HUISHOUDEN");
        answers.put("wonen.help_nearby", "false");
        answers.put("jeugd.description", "Sanne heeft moeite op school en slaapt slecht.");
        answers.put("jeugd.others_know", "true");
        answers.put("jeugd.child.0.help", "true");
        answers.put("schulden.description", "Ik heb een brief over huisuitzetting gekregen.");
        answers.put("schulden.amount", "MEER_DAN_5000");
        answers.put("schulden.urgency.eviction", "true");
        answers.put("schulden.urgency.energy", "false");
        answers.put("schulden.urgency.water", "false");
        answers.put("schulden.urgency.health_insurance", "false");
        return new IntakeForm(FAMILY, true, "06 12345678", "inwoner@example.org",
                List.of(LifeArea.WONEN_EN_HUISHOUDEN, LifeArea.OPVOEDEN_EN_OPGROEIEN, LifeArea.GELDZORGEN_EN_SCHULDEN),
                answers, Map.of());
    }

    /** Saves the draft of a new citizen through the wizard's service (not measured). */
    public PreparedDraft prepare() {
        Bsn bsn = newBsn();
        DraftView draft = drafts.save(new DraftSave(bsn, CITIZEN, Channel.WEB, null, "check", threeDomains()));
        return new PreparedDraft(bsn, draft.id(), draft.version());
    }

    /** The measured service call: "Send" through {@link IntakeService#submit}; checks three cases came back. */
    public void submit(PreparedDraft draft) {
        IntakeReceipt receipt = intakes.submit(new IntakeSubmission(draft.citizen(), CITIZEN, draft.draftId(),
                draft.draftVersion(), CONSENT, true, UUID.randomUUID().toString()));
        List<CaseSummary> cases = receipt.cases();
        if (cases.size() != 3) {
            throw new IllegalStateException("Expected three cases, got " + cases.size());
        }
    }
}
