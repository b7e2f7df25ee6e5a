package nl.frontoffice.testing;

import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.frontoffice.auth.staff.StaffPasswordService;
import nl.frontoffice.domain.staff.StaffCredential;
import nl.frontoffice.domain.staff.StaffCredentialRepository;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.TeamRepository;

/**
 * Test data for the staff login component tests, each call in a transaction of its own: a staff
 * member with a fresh username, roles, a team of migration V2 and (optionally) a password.
 * Only in the component-test deployment, never in the EAR.
 */
@Stateless
public class StaffFixture {

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private TeamRepository teams;

    @Inject
    private StaffCredentialRepository credentials;

    @EJB
    private StaffPasswordService passwords;

    /** @return the username of a new active staff member with that password (may be {@code null}) */
    public String staffMember(String teamName, String password, StaffRole... roles) {
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        StaffMember member = new StaffMember(username, "Test " + username, null);
        for (StaffRole role : roles) {
            member.grant(role);
        }
        if (teamName != null) {
            member.joinTeam(teams.findByName(teamName).orElseThrow());
        }
        staff.save(member);
        if (password != null) {
            passwords.setPassword(username, password.toCharArray());
        }
        return username;
    }

    public void deactivate(String username) {
        staff.findByUsername(username).orElseThrow().deactivate();
    }

    /** @return the stored credential as it is in the database now */
    public StaffCredential credentialOf(String username) {
        long id = staff.findByUsername(username).orElseThrow().getId();
        return credentials.findByStaffMemberId(id).orElseThrow();
    }
}
