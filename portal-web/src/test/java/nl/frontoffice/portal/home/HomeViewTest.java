package nl.frontoffice.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HomeViewTest {

    private final HomeView view = new HomeView();

    @Test
    void showsTheFourDomainsInOrderWithStableIds() {
        assertThat(view.getDomains()).extracting(DomainSection::getId)
                .containsExactly("wmo", "jeugd", "participatie", "schuldhulpverlening");
    }

    @Test
    void eachDomainHasTwoToFourPoints() {
        assertThat(view.getDomains()).allSatisfy(domain -> assertThat(domain.getItemKeys()).hasSizeBetween(2, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new DomainSection("x", 5, false));
    }

    @Test
    void onlyDebtHelpHasAnUrgentNote() {
        assertThat(view.getDomains()).filteredOn(domain -> domain.getUrgentKey() != null)
                .extracting(DomainSection::getId).containsExactly("schuldhulpverlening");
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyKeyOfEverySectionIsInTheBundle(String file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/nl/frontoffice/portal/i18n/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(view.getDomains()).flatExtracting(DomainSection::getAllKeys)
                .allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
    }
}
