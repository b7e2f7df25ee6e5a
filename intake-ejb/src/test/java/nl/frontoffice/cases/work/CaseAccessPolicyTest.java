package nl.frontoffice.cases.work;

import static nl.frontoffice.domain.shared.SocialDomain.JEUGD;
import static nl.frontoffice.domain.shared.SocialDomain.WMO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;

/** Who may do what with a case, by role and by the domains of his teams. */
class CaseAccessPolicyTest {

    private static final Team WMO_TEAM = new Team("Team Wmo", Set.of(WMO));

    private static CaseAccessPolicy policy(String username, StaffRole... roles) {
        StaffMember member = new StaffMember(username, "Test " + username, null);
        List.of(roles).forEach(member::grant);
        member.joinTeam(WMO_TEAM);
        return new CaseAccessPolicy(StaffAccess.of(member));
    }

    @Test
    void a_consulent_works_in_the_domains_of_his_teams_only_and_handles_only_his_own_cases() {
        CaseAccessPolicy consulent = policy("jan", StaffRole.CONSULENT);
        assertThat(consulent.maySeeSummary(WMO)).isTrue();
        assertThat(consulent.maySeeDetails(WMO)).isTrue();
        assertThat(consulent.mayClaim(WMO)).isTrue();
        assertThat(consulent.mayWriteNotes(WMO)).isTrue();
        assertThat(consulent.mayHandle(WMO, "jan")).isTrue();
        assertThat(consulent.mayHandle(WMO, "piet")).isFalse();
        assertThat(consulent.mayHandle(WMO, null)).isFalse();
        assertThat(consulent.mayAssign(WMO)).isFalse();

        assertThat(consulent.maySeeSummary(JEUGD)).isFalse();
        assertThat(consulent.maySeeDetails(JEUGD)).isFalse();
        assertThat(consulent.mayClaim(JEUGD)).isFalse();
        assertThat(consulent.mayHandle(JEUGD, "jan")).isFalse();
    }

    @Test
    void a_team_lead_assigns_and_handles_every_case_of_his_domains() {
        CaseAccessPolicy lead = policy("anna", StaffRole.TEAMLEIDER);
        assertThat(lead.mayAssign(WMO)).isTrue();
        assertThat(lead.mayHandle(WMO, "jan")).isTrue();
        assertThat(lead.mayHandle(WMO, null)).isTrue();
        assertThat(lead.mayAssign(JEUGD)).isFalse();
        assertThat(lead.mayHandle(JEUGD, null)).isFalse();
    }

    @Test
    void kcc_sees_every_case_at_timeline_level_details_only_in_its_domains_and_acts_on_none() {
        CaseAccessPolicy kcc = policy("kees", StaffRole.KCC);
        assertThat(kcc.maySeeSummary(JEUGD)).isTrue();
        assertThat(kcc.maySeeDetails(JEUGD)).isFalse();
        assertThat(kcc.maySeeDetails(WMO)).isTrue();
        assertThat(kcc.mayClaim(WMO)).isFalse();
        assertThat(kcc.mayHandle(WMO, "kees")).isFalse();
        assertThat(kcc.mayAssign(WMO)).isFalse();
        assertThat(kcc.mayWriteNotes(WMO)).isFalse();
    }

    @Test
    void a_beheerder_has_no_access_to_cases() {
        CaseAccessPolicy beheer = policy("beheer", StaffRole.BEHEERDER);
        assertThat(beheer.maySeeSummary(WMO)).isFalse();
        assertThat(beheer.maySeeDetails(WMO)).isFalse();
        assertThat(beheer.mayHandle(WMO, "beheer")).isFalse();
    }

    @Test
    void the_median_follows_from_the_count_per_number_of_days() {
        // 4, 4, 7: the middle one
        assertThat(TeamDashboardService.handlingTime(WMO, new java.util.TreeMap<>(java.util.Map.of(4, 2L, 7, 1L))).median()).isEqualTo(4.0);
        // 4, 7, 9, 12: the mean of the middle two
        var even = new java.util.TreeMap<>(java.util.Map.of(4, 1L, 7, 1L, 9, 1L, 12, 1L));
        assertThat(TeamDashboardService.handlingTime(WMO, even).median()).isEqualTo(8.0);
        assertThat(TeamDashboardService.handlingTime(WMO, even).closedCases()).isEqualTo(4);
        // 3, 3, 3, 10: both middle values fall in the first group
        assertThat(TeamDashboardService.handlingTime(null, new java.util.TreeMap<>(java.util.Map.of(3, 3L, 10, 1L))).median()).isEqualTo(3.0);
        assertThat(TeamDashboardService.handlingTime(null, new java.util.TreeMap<>()).median()).isNull();
    }

    @Test
    void rows_of_several_domains_merge_in_the_order_of_the_query() {
        Object[] a = row(5L, "Z-2026-000005", "IN_PROGRESS", java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 3, 1));
        Object[] b = row(3L, "Z-2026-000003", "RECEIVED", java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 2, 1));
        Object[] c = row(9L, "Z-2026-000009", "IN_PROGRESS", java.time.LocalDate.of(2026, 3, 20), java.time.LocalDate.of(2026, 3, 2));
        assertThat(java.util.stream.Stream.of(a, b, c).sorted(CaseHandlingService.rowOrder(WorklistSort.DEADLINE, true)))
                .containsExactly(c, b, a);
        assertThat(java.util.stream.Stream.of(a, b, c).sorted(CaseHandlingService.rowOrder(WorklistSort.DEADLINE, false)))
                .containsExactly(a, b, c);
        assertThat(java.util.stream.Stream.of(a, b, c).sorted(CaseHandlingService.rowOrder(WorklistSort.REFERENCE, true)))
                .containsExactly(b, a, c);
        assertThat(java.util.stream.Stream.of(a, b, c).sorted(CaseHandlingService.rowOrder(WorklistSort.STATUS, true)))
                .containsExactly(c, a, b);
        assertThat(java.util.stream.Stream.of(a, b, c).sorted(CaseHandlingService.rowOrder(WorklistSort.START_DATE, false)))
                .containsExactly(c, a, b);
    }

    /** A row as the worklist query selects it. */
    private static Object[] row(long id, String reference, String status, java.time.LocalDate deadline, java.time.LocalDate start) {
        return new Object[]{id, 1L, reference, WMO, "WMO_MELDING", status, false, start, deadline, null, true, null, null};
    }
}
