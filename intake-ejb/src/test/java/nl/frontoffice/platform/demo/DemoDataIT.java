package nl.frontoffice.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.auth.staff.StaffIdentityStore;
import nl.frontoffice.testing.ComponentTestDeployment;

/**
 * The quick start's demo data: every demo staff account logs in with the demo password from the
 * README and gets its role as group.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return ComponentTestDeployment.create(DemoDataIT.class)
                .addAsResource(new StringAsset("frontoffice.demo-data.enabled=true\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Inject
    private StaffIdentityStore store;

    @Test
    void every_demo_staff_account_logs_in_with_the_demo_password_and_its_role() {
        Map<String, String> roleOf = Map.of(
                "j.devries", "CONSULENT",
                "f.elamrani", "CONSULENT",
                "p.jansen", "TEAMLEIDER",
                "a.deboer", "KCC",
                "beheer", "BEHEERDER");

        roleOf.forEach((username, role) -> {
            CredentialValidationResult result = store.validate(
                    new UsernamePasswordCredential(username, DemoData.DEMO_PASSWORD));
            assertThat(result.getStatus()).as(username).isEqualTo(CredentialValidationResult.Status.VALID);
            assertThat(result.getCallerGroups()).as(username).containsExactly(role);
        });
        assertThat(DemoData.DEMO_PASSWORD).isEqualTo("Voorbeeldstad-2026");
    }
}
