package nl.frontoffice.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.intake.IntakeSection;

class WizardStepTest {

    @Test
    void theStepsFollowEachOtherAndEachHasItsPage() {
        assertThat(WizardStep.ABOUT_YOU.previous()).isEmpty();
        assertThat(WizardStep.ABOUT_YOU.next()).contains(WizardStep.TOPICS);
        assertThat(WizardStep.CHECK.next()).isEmpty();
        assertThat(WizardStep.CHECK.number()).isEqualTo(6);
        for (WizardStep step : WizardStep.values()) {
            assertThat(WizardStep.ofSlug(step.slug())).contains(step);
            for (String base : new String[] {WizardStep.BASE, WizardStep.STAFF_BASE}) {
                Path page = Path.of("src/main/webapp" + base + step.page());
                assertThat(page).as(page.toString()).satisfies(Files::isRegularFile);
                // the step's content lives once, in an include both pages use
                assertThat(Path.of("src/main/webapp/WEB-INF/includes/wizard/" + step.page())).satisfies(Files::isRegularFile);
            }
        }
        assertThat(WizardStep.ofSlug("../web.xml")).isEmpty();
    }

    @Test
    void everySectionOfTheCatalogueIsCheckedByAStep() {
        for (IntakeSection section : IntakeSection.values()) {
            assertThat(WizardStep.values()).as(section.name()).anyMatch(step -> step.section().filter(section::equals).isPresent());
        }
    }
}
