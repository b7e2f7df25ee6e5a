package nl.frontoffice.citizens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.shared.SocialDomain;

/** Who sees what of a citizen: the rules of the citizen view, without a container. */
class CallerScopeTest {

    private static final CallerScope KCC_WMO = new CallerScope("kcc", "K", true, Set.of(SocialDomain.WMO), Set.of(1L));
    private static final CallerScope KCC_NO_TEAM = new CallerScope("kcc2", "K2", true, Set.of(), Set.of());
    private static final CallerScope CONSULENT_WMO = new CallerScope("wmo", "W", false, Set.of(SocialDomain.WMO),
            Set.of(1L));
    private static final CallerScope CONSULENT_JEUGD = new CallerScope("jeugd", "J", false,
            Set.of(SocialDomain.JEUGD), Set.of(2L));

    @Test
    void cases_of_ones_own_domains_open_for_everyone() {
        assertThat(KCC_WMO.caseAccess(SocialDomain.WMO)).isEqualTo(ItemAccess.OPEN);
        assertThat(CONSULENT_WMO.caseAccess(SocialDomain.WMO)).isEqualTo(ItemAccess.OPEN);
    }

    @Test
    void the_contact_centre_sees_a_summary_of_other_domains_and_a_consulent_only_that_they_exist() {
        assertThat(KCC_WMO.caseAccess(SocialDomain.JEUGD)).isEqualTo(ItemAccess.SUMMARY);
        assertThat(KCC_NO_TEAM.caseAccess(SocialDomain.WMO)).isEqualTo(ItemAccess.SUMMARY);
        assertThat(CONSULENT_WMO.caseAccess(SocialDomain.JEUGD)).isEqualTo(ItemAccess.EXISTENCE);
        assertThat(ItemAccess.SUMMARY.mayOpen()).isFalse();
        assertThat(ItemAccess.OPEN.mayOpen()).isTrue();
    }

    @Test
    void the_contact_centre_may_always_look_others_only_with_a_case_or_callback_of_their_own() {
        assertThat(KCC_NO_TEAM.hasNeedToKnow(List.of(), List.of())).isTrue();
        assertThat(CONSULENT_WMO.hasNeedToKnow(List.of(SocialDomain.WMO, SocialDomain.JEUGD), List.of())).isTrue();
        assertThat(CONSULENT_JEUGD.hasNeedToKnow(List.of(SocialDomain.WMO), List.of())).isFalse();
        assertThat(CONSULENT_JEUGD.hasNeedToKnow(List.of(SocialDomain.WMO), List.of(2L))).isTrue();
        assertThat(CONSULENT_JEUGD.hasNeedToKnow(List.of(), List.of())).isFalse();
    }

    @Test
    void an_intake_opens_only_when_every_domain_is_ones_own() {
        assertThat(KCC_WMO.mayOpenAll(Set.of(SocialDomain.WMO))).isTrue();
        assertThat(KCC_WMO.mayOpenAll(Set.of(SocialDomain.WMO, SocialDomain.JEUGD))).isFalse();
    }
}
