package nl.frontoffice.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource({"nl, nl", "en, en", "EN, en", "' nl ', nl"})
    void findsSupportedLanguage(String code, String expected) {
        assertThat(Languages.find(code)).map(Locale::getLanguage).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"de", "fr", "''", "NULL", "en-GB", "nederlands"}, nullValues = "NULL")
    void doesNotFindUnsupportedLanguage(String code) {
        assertThat(Languages.find(code)).isEmpty();
    }

    @Test
    void theExplicitChoiceDecides() {
        assertThat(Languages.resolve("nl")).isEqualTo(Languages.DUTCH);
        assertThat(Languages.resolve("en")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve("EN")).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void dutchByDefault() {
        assertThat(Languages.resolve(null)).isEqualTo(Languages.DUTCH);
        assertThat(Languages.resolve("de")).isEqualTo(Languages.DUTCH);
        assertThat(Languages.resolve("")).isEqualTo(Languages.DUTCH);
        assertThat(Languages.DEFAULT).isEqualTo(Languages.DUTCH);
    }

    @Test
    void switchOffersTheOtherLanguage() {
        assertThat(Languages.alternativeTo(Languages.DUTCH)).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.alternativeTo(Languages.ENGLISH)).isEqualTo(Languages.DUTCH);
    }

    @Test
    void facesConfigDeclaresTheSameLanguages() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document config = factory.newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/faces-config.xml").toFile());

        String defaultLocale = config.getElementsByTagNameNS("*", "default-locale").item(0).getTextContent().trim();
        List<String> supported = new ArrayList<>();
        NodeList nodes = config.getElementsByTagNameNS("*", "supported-locale");
        for (int i = 0; i < nodes.getLength(); i++) {
            supported.add(nodes.item(i).getTextContent().trim());
        }

        assertThat(defaultLocale).isEqualTo(Languages.DEFAULT.getLanguage());
        List<String> all = new ArrayList<>(supported);
        all.add(0, defaultLocale);
        assertThat(all).containsExactlyElementsOf(Languages.SUPPORTED.stream().map(Locale::getLanguage).toList());
    }
}
