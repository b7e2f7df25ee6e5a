package nl.frontoffice.auth.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;

/** What a staff member may see follows from his roles and the domains of his teams. */
class StaffAccessTest {

    @Test
    void rolesBecomeGroupsAndTeamsDecideTheDomains() {
        StaffMember member = new StaffMember("p.jansen", "Pieter Jansen", null);
        member.grant(StaffRole.TEAMLEIDER);
        member.grant(StaffRole.CONSULENT);
        member.joinTeam(new Team("Team Werk en Inkomen", Set.of(SocialDomain.PARTICIPATIE, SocialDomain.SCHULDHULPVERLENING)));

        StaffAccess access = StaffAccess.of(member);

        assertThat(access.getGroups()).containsExactly("CONSULENT", "TEAMLEIDER");
        assertThat(access.getDomains()).containsExactly(SocialDomain.PARTICIPATIE, SocialDomain.SCHULDHULPVERLENING);
        assertThat(access.mayServe(SocialDomain.SCHULDHULPVERLENING)).isTrue();
        assertThat(access.mayServe(SocialDomain.JEUGD)).isFalse();
        assertThat(access.getTeamNames()).containsExactly("Team Werk en Inkomen");
        assertThat(access.getDisplayName()).isEqualTo("Pieter Jansen");
    }

    @Test
    void theRoleConstantsAreTheNamesOfTheStaffRoles() {
        Set<String> constants = Set.of(StaffRoles.KCC, StaffRoles.CONSULENT, StaffRoles.TEAMLEIDER, StaffRoles.BEHEERDER);
        Set<String> roles = Stream.of(StaffRole.values()).map(Enum::name).collect(Collectors.toSet());

        assertThat(constants).isEqualTo(roles).isEqualTo(StaffRoles.all());
    }
}
