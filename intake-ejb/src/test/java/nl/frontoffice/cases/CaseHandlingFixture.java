package nl.frontoffice.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.frontoffice.domain.audit.PersonalDataAccess;
import nl.frontoffice.domain.audit.PersonalDataEvent;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.LifeArea;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.TeamRepository;
import nl.frontoffice.intake.DraftSave;
import nl.frontoffice.intake.DraftView;
import nl.frontoffice.intake.IntakeDraftService;
import nl.frontoffice.intake.IntakeReceipt;
import nl.frontoffice.intake.IntakeRegistration;
import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.IntakeSubmission;

/**
 * Test data for the case handling component test, each call in a transaction of its own: staff
 * with e-mail addresses in the teams of migration V2, intakes registered or submitted through the
 * intake services, and what the database holds afterwards. Only in the component-test deployment.
 */
@Stateless
public class CaseHandlingFixture {

    @PersistenceContext(unitName = "frontoffice")
    private EntityManager em;

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private TeamRepository teams;

    @Inject
    private CaseFileRepository cases;

    @EJB
    private IntakeService intakes;

    @EJB
    private IntakeDraftService drafts;

    /** @return the username of a new active staff member with an e-mail address */
    public String staffMember(String teamName, StaffRole... roles) {
        // letters only: an actor refuses 8 digits in a row (it might be a BSN)
        String username = "t" + UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .reduce("", String::concat);
        StaffMember member = new StaffMember(username, "Medewerker " + username, username + "@voorbeeldstad.example");
        for (StaffRole role : roles) {
            member.grant(role);
        }
        if (teamName != null) {
            member.joinTeam(teams.findByName(teamName).orElseThrow());
        }
        staff.save(member);
        return username;
    }

    /** Registers an intake (channel WEB, by the citizen) with these questions; email may be {@code null}. */
    public IntakeReceipt register(Bsn bsn, String email, QuestionDraft... questions) {
        return intakes.register(new IntakeRegistration(bsn, Channel.WEB, Actor.citizen("Inwoner"), List.of(questions),
                email == null ? null : ContactDetails.of(null, email), UUID.randomUUID().toString()));
    }

    /** Submits a debts intake through the wizard's draft (the path that fires IntakeSubmitted). */
    public IntakeReceipt submitThroughWizard(Bsn bsn, String email) {
        Actor citizen = Actor.citizen("Inwoner");
        IntakeForm form = new IntakeForm(new PersonalData("M. Kooyman", LocalDate.of(1975, 5, 5),
                "Kerkstraat 2, 1234 AB Voorbeeldstad", null, List.of()), false, null, email,
                List.of(LifeArea.GELDZORGEN_EN_SCHULDEN),
                Map.of("schulden.description", "Rekeningen stapelen zich op.", "schulden.amount", "WEET_IK_NIET",
                        "schulden.urgency.eviction", "false", "schulden.urgency.energy", "true",
                        "schulden.urgency.water", "false", "schulden.urgency.health_insurance", "false"),
                Map.of(SocialDomain.SCHULDHULPVERLENING, true));
        DraftView draft = drafts.save(new DraftSave(bsn, citizen, Channel.WEB, null, "about-you", form));
        return intakes.submit(new IntakeSubmission(bsn, citizen, draft.id(), draft.version(),
                Map.of(SocialDomain.SCHULDHULPVERLENING, true), true, UUID.randomUUID().toString()));
    }

    /** The bytes of the PDF that {@link #submitWmoAndJeugdWithFile} attaches. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Submits, through the wizard's draft, an intake about living at home (Wmo) and raising a child (Jeugd) from
     * a citizen with a partner and a child, with the PDF {@code verslag-huisarts.pdf} attached: two cases, one file.
     */
    public IntakeReceipt submitWmoAndJeugdWithFile(Bsn bsn, String email) {
        Actor citizen = Actor.citizen("Inwoner");
        IntakeForm form = new IntakeForm(new PersonalData("Mila de Graaf", LocalDate.of(1988, 2, 14),
                "Dorpsstraat 7, 1234 AB Voorbeeldstad", "Ravi de Graaf",
                List.of(new HouseholdChild("Sanne", LocalDate.of(2016, 9, 1)))), false, "0612345678", email,
                List.of(LifeArea.WONEN_EN_HUISHOUDEN, LifeArea.OPVOEDEN_EN_OPGROEIEN),
                Map.of("wonen.description", "Ik kan de trap niet meer op.", "wonen.activity", "AANPASSING_WONING",
                        "wonen.help_nearby", "false", "jeugd.description", "Sanne slaapt slecht sinds de scheiding.",
                        "jeugd.others_know", "true", "jeugd.child.0.help", "true"),
                Map.of(SocialDomain.WMO, true, SocialDomain.JEUGD, false));
        drafts.save(new DraftSave(bsn, citizen, Channel.WEB, null, "attachments", form));
        drafts.addAttachment(bsn, citizen, "verslag-huisarts.pdf", PDF);
        DraftView draft = drafts.load(bsn, citizen).orElseThrow();
        return intakes.submit(new IntakeSubmission(bsn, citizen, draft.id(), draft.version(),
                Map.of(SocialDomain.WMO, true, SocialDomain.JEUGD, false), true, UUID.randomUUID().toString()));
    }

    /** Registers an intake taken by phone by a staff member (KCC), without the wizard. */
    public IntakeReceipt registerByPhone(Bsn bsn, String staffUsername, String phone, QuestionDraft... questions) {
        return intakes.register(new IntakeRegistration(bsn, Channel.PHONE,
                Actor.staff(staffUsername, "Medewerker " + staffUsername), List.of(questions),
                ContactDetails.of(phone, null), UUID.randomUUID().toString()));
    }

    /** @return the audit rows of views of personal data by this staff member of this kind about this object */
    public List<PersonalDataAccess> accessRows(String username, PersonalDataEvent event, String objectReference) {
        return em.createQuery("select a from PersonalDataAccess a where a.staffUsername = :username"
                        + " and a.event = :event and a.objectReference = :object order by a.id", PersonalDataAccess.class)
                .setParameter("username", username).setParameter("event", event)
                .setParameter("object", objectReference).getResultList();
    }

    /** @return how many audit rows of views of personal data this staff member caused */
    public long accessRowsOf(String username) {
        return em.createQuery("select count(a) from PersonalDataAccess a where a.staffUsername = :username", Long.class)
                .setParameter("username", username).getSingleResult();
    }

    public long caseId(String reference) {
        return cases.findByReference(reference).map(CaseFile::getId).orElseThrow();
    }

    public long intakeId(String reference) {
        return em.createQuery("select i.id from Intake i where i.reference = :reference", Long.class)
                .setParameter("reference", reference).getSingleResult();
    }

    /** @return the id of the newest history entry of the case */
    public long lastHistoryEntryId(String reference) {
        return em.createQuery("select max(h.id) from CaseStatusChange h where h.caseFile.reference = :reference", Long.class)
                .setParameter("reference", reference).getSingleResult();
    }

    /** @return how many notices of this event the case has */
    public long notices(String reference, DeadlineEvent event) {
        return em.createQuery("select count(n) from DeadlineNotice n where n.caseFile.reference = :reference"
                        + " and n.event = :event", Long.class)
                .setParameter("reference", reference).setParameter("event", event).getSingleResult();
    }

    /** @return the handling times of the closed cases of a domain, as stored */
    public List<Integer> handlingDays(SocialDomain domain) {
        return em.createQuery("select c.handlingWorkingDays from CaseFile c where c.domain = :domain"
                + " and c.handlingWorkingDays is not null", Integer.class).setParameter("domain", domain).getResultList();
    }
}
