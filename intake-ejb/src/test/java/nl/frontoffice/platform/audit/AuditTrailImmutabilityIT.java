package nl.frontoffice.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.frontoffice.cases.TestCallers;
import nl.frontoffice.domain.audit.AuditQuery;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.platform.persistence.JpaPersonalDataAccessRepository;
import nl.frontoffice.testing.ComponentTestDeployment;

/**
 * "The audit log cannot be changed through the application", on Payara Micro with the real persistence unit and
 * database: whatever JPA is asked to do with a stored audit row (change the managed entity, merge a changed copy,
 * remove it), the row in the database stays as it was; the services and the repository offer no update or delete;
 * only a BEHEERDER searches and counts it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailImmutabilityIT {

    @Deployment
    static WebArchive deployment() {
        String roles = "<payara-web-app>" + Arrays.stream(new String[]{"KCC", "CONSULENT", "TEAMLEIDER", "BEHEERDER"})
                .map(role -> "<security-role-mapping><role-name>" + role + "</role-name><group-name>" + role
                        + "</group-name></security-role-mapping>")
                .reduce("", String::concat) + "</payara-web-app>";
        return ComponentTestDeployment.create(AuditTrailImmutabilityIT.class, AuditRowFixture.class,
                        TestCallers.class, TestCallers.Caller.class, TestCallers.Mechanism.class, TestCallers.Exchange.class)
                .addAsResource(new StringAsset("frontoffice.deadline-watch.enabled=false\n"),
                        "META-INF/microprofile-config.properties")
                .addAsWebInfResource(new StringAsset(roles), "payara-web.xml");
    }

    private static final String BSN = "999993653";

    @EJB
    private AuditRowFixture rows;

    @EJB
    private AuditTrailService trail;

    @Inject
    private TestCallers callers;

    @Test
    void jpa_cannot_change_or_remove_a_stored_audit_row() {
        long id = rows.append("kcc.immutable", BSN);
        assertThat(rows.usernameInDatabase(id)).isEqualTo("kcc.immutable");

        // a change of the managed entity: refused by @PreUpdate or not written (every column updatable = false)
        String changed = rows.changeManaged(id, "someone.else");
        assertThat(changed).isIn("written", "UnsupportedOperationException");
        assertThat(rows.usernameInDatabase(id)).isEqualTo("kcc.immutable");

        // a merge of a changed, detached copy
        String merged = rows.mergeChangedCopy(id, "someone.else");
        assertThat(merged).isIn("written", "UnsupportedOperationException");
        assertThat(rows.usernameInDatabase(id)).isEqualTo("kcc.immutable");

        // a removal: refused by @PreRemove
        assertThat(rows.remove(id)).isEqualTo("UnsupportedOperationException");
        assertThat(rows.usernameInDatabase(id)).as("the row is still there").isEqualTo("kcc.immutable");
    }

    @Test
    void the_application_offers_no_update_or_delete_and_only_a_beheerder_searches_and_counts() throws Exception {
        assertThat(publicMethods(AuditTrailService.class)).containsExactlyInAnyOrder("search", "count");
        assertThat(publicMethods(PersonalDataAccessLog.class)).containsExactlyInAnyOrder("recordView", "recordViews");
        assertThat(publicMethods(JpaPersonalDataAccessRepository.class))
                .containsExactlyInAnyOrder("append", "search", "count");

        String username = "kcc." + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        long id = rows.append(username, BSN);
        AuditQuery mine = new AuditQuery(username, Bsn.of(BSN), null, null, null);
        long counted = callers.as("beheer.it", Set.of("BEHEERDER"), () -> trail.count(mine));
        AuditPage page = callers.as("beheer.it", Set.of("BEHEERDER"), () -> trail.search(mine, 0, 10));
        assertThat(counted).isEqualTo(1).isEqualTo(page.total());
        assertThat(page.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.getCitizenMasked()).isEqualTo("******653");
        });
        for (String role : List.of("KCC", "CONSULENT", "TEAMLEIDER")) {
            Throwable refused = catchThrowable(() -> callers.as("st." + role.toLowerCase(), Set.of(role),
                    () -> trail.count(mine)));
            assertThat(causes(refused)).as(role).anyMatch(EJBAccessException.class::isInstance);
        }
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> !method.isSynthetic()).map(Method::getName).distinct().toList();
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
