package nl.frontoffice.platform.demo;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.frontoffice.auth.staff.StaffPasswordService;
import nl.frontoffice.cases.CaseService;
import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.cases.CaseFileRepository;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.intake.QuestionDraft;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.TeamRepository;
import nl.frontoffice.intake.IntakeRegistration;
import nl.frontoffice.intake.IntakeService;

/**
 * Loads the quick start's demo data at start-up when {@code frontoffice.demo-data.enabled} is
 * true (environment variable {@code FRONTOFFICE_DEMO_DATA_ENABLED}). Loading twice changes nothing:
 * staff are matched by username, intakes by their submission key, and a staff member who has a
 * password keeps it (no rehashing at every start, and a password changed in the quick start stays).
 *
 * <p>Every demo staff account gets the one demo password {@value #DEMO_PASSWORD}, which the README
 * lists. It is public knowledge: never enable demo data on a server that real people use.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Test person of RvIG's BRP test set with a partner and children. */
    static final String FAMILY_BSN = "999993847";
    /** Test person of RvIG's BRP test set. */
    static final String SINGLE_BSN = "999993653";
    /** The password of every demo staff account (documented in the README; demo data only). */
    static final String DEMO_PASSWORD = "Voorbeeldstad-2026";

    @Inject
    @ConfigProperty(name = "frontoffice.demo-data.enabled", defaultValue = "false")
    private boolean enabled;

    @EJB
    private IntakeService intakeService;

    @EJB
    private CaseService caseService;

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private TeamRepository teams;

    @Inject
    private CaseFileRepository cases;

    @EJB
    private StaffPasswordService staffPasswords;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        StaffMember consulentWmo = staffMember("j.devries", "Jan de Vries", "Team Wmo", StaffRole.CONSULENT);
        giveDemoPasswords(List.of(consulentWmo,
                staffMember("f.elamrani", "Fatima El Amrani", "Team Jeugd", StaffRole.CONSULENT),
                staffMember("p.jansen", "Pieter Jansen", "Team Werk en Inkomen", StaffRole.TEAMLEIDER),
                staffMember("a.deboer", "Anna de Boer", "Team Werk en Inkomen", StaffRole.KCC),
                staffMember("beheer", "Functioneel beheer", null, StaffRole.BEHEERDER)));

        List<CaseSummary> family = intakeService.register(new IntakeRegistration(Bsn.of(FAMILY_BSN), Channel.WEB,
                Actor.citizen("Inwoner"),
                List.of(QuestionDraft.of(SocialDomain.WMO,
                                "Ik kan het huishouden niet meer alleen doen sinds mijn heupoperatie."),
                        QuestionDraft.of(SocialDomain.JEUGD, "Onze dochter heeft moeite op school en thuis."),
                        QuestionDraft.of(SocialDomain.SCHULDHULPVERLENING,
                                "Ik heb een brief gekregen dat de energie wordt afgesloten.", UrgencyReason.ENERGY_CUT_OFF)),
                ContactDetails.of("06 12345678", "demo.inwoner@example.org"), "demo-intake-family")).cases();
        family.stream().filter(c -> c.domain() == SocialDomain.WMO && "RECEIVED".equals(c.statusCode()))
                .findFirst()
                .ifPresent(wmo -> {
                    cases.findByReference(wmo.reference()).ifPresent(caseFile -> caseFile.assignTo(consulentWmo));
                    caseService.changeStatus(wmo.reference(), "IN_PROGRESS", consulentWmo.asActor(),
                            "Keukentafelgesprek ingepland");
                });

        intakeService.register(new IntakeRegistration(Bsn.of(SINGLE_BSN), Channel.PHONE,
                Actor.staff("a.deboer", "Anna de Boer"),
                List.of(QuestionDraft.of(SocialDomain.PARTICIPATIE, "Mijn WW-uitkering stopt volgende maand.")),
                null, "demo-intake-single"));
        LOG.info("Demo data loaded (demo staff with the demo password from the README, and citizens;"
                + " never enable this in production)");
    }

    private StaffMember staffMember(String username, String displayName, String teamName, StaffRole role) {
        return staff.findByUsername(username).orElseGet(() -> {
            StaffMember member = new StaffMember(username, displayName, username + "@voorbeeldstad.example");
            member.grant(role);
            if (teamName != null) {
                teams.findByName(teamName).ifPresent(member::joinTeam);
            }
            return staff.save(member);
        });
    }

    private void giveDemoPasswords(List<StaffMember> members) {
        for (StaffMember member : members) {
            if (!staffPasswords.hasPassword(member.getUsername())) {
                staffPasswords.setPassword(member.getUsername(), DEMO_PASSWORD.toCharArray());
            }
        }
    }
}
