package nl.frontoffice.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of case handling, from MicroProfile Config:
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.cases.due-soon-working-days}</td><td>{@code 5}</td><td>a case whose deadline is at
 * most this many working days away is "due soon" (worklist colour, deadline watch)</td></tr>
 * </table>
 */
@ApplicationScoped
public class CaseSettings {

    @Inject
    @ConfigProperty(name = "frontoffice.cases.due-soon-working-days", defaultValue = "5")
    int dueSoonWorkingDays;

    /** @return N of "due within N working days", zero or more */
    public int dueSoonWorkingDays() {
        return Math.max(0, dueSoonWorkingDays);
    }
}
