package nl.frontoffice.domain.staff;

import nl.frontoffice.domain.shared.Actor;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static nl.frontoffice.domain.shared.SocialDomain.JEUGD;
import static nl.frontoffice.domain.shared.SocialDomain.PARTICIPATIE;
import static nl.frontoffice.domain.shared.SocialDomain.SCHULDHULPVERLENING;
import static nl.frontoffice.domain.shared.SocialDomain.WMO;
import static org.assertj.core.api.Assertions.assertThat;

class StaffMemberTest {

    @Test
    void servesTheDomainsOfItsTeams() {
        Team werkEnInkomen = new Team("Team Werk en Inkomen", Set.of(PARTICIPATIE, SCHULDHULPVERLENING));
        Team jeugd = new Team("Team Jeugd", Set.of(JEUGD));
        StaffMember member = new StaffMember("jdevries", "J. de Vries", "j.devries@example.nl");

        assertThat(member.servesDomain(PARTICIPATIE)).isFalse();

        member.joinTeam(werkEnInkomen);
        member.joinTeam(jeugd);

        assertThat(member.servesDomain(PARTICIPATIE)).isTrue();
        assertThat(member.servesDomain(SCHULDHULPVERLENING)).isTrue();
        assertThat(member.servesDomain(JEUGD)).isTrue();
        assertThat(member.servesDomain(WMO)).isFalse();

        member.leaveTeam(jeugd);
        assertThat(member.servesDomain(JEUGD)).isFalse();

        werkEnInkomen.startServing(WMO);
        assertThat(member.servesDomain(WMO)).isTrue();
    }

    @Test
    void rolesAndActivity() {
        StaffMember member = new StaffMember(" kcc01 ", "A. Bakker", " ");
        member.grant(StaffRole.KCC);
        member.grant(StaffRole.CONSULENT);
        member.revoke(StaffRole.CONSULENT);

        assertThat(member.getUsername()).isEqualTo("kcc01");
        assertThat(member.getEmail()).isEmpty();
        assertThat(member.getRoles()).containsExactly(StaffRole.KCC);
        assertThat(member.hasRole(StaffRole.TEAMLEIDER)).isFalse();
        assertThat(member.isActive()).isTrue();
        assertThat(member.asActor()).isEqualTo(Actor.staff("kcc01", "A. Bakker"));

        member.deactivate();
        assertThat(member.isActive()).isFalse();
    }
}
