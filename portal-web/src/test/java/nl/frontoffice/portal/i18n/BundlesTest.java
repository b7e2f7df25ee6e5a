package nl.frontoffice.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resource bundles: Dutch (base) and English complete and alike, and every key the pages use present.
 */
class BundlesTest {

    private static final String PACKAGE = "nl/frontoffice/portal/i18n/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern MSG_KEY_IN_VIEW = Pattern.compile("msg\\['([A-Za-z0-9_.]+)']");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "FacesMessages"})
    void dutchAndEnglishHaveExactlyTheSameKeys(String bundle) throws IOException {
        Map<String, String> dutch = load(bundle + ".properties");
        Map<String, String> english = load(bundle + "_en.properties");

        assertThat(dutch).isNotEmpty();
        assertThat(english.keySet()).as("keys of %s_en compared to %s", bundle, bundle)
                .containsExactlyInAnyOrderElementsOf(dutch.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties", "FacesMessages.properties",
            "FacesMessages_en.properties"})
    void noValueIsEmpty(String file) throws IOException {
        Map<String, String> texts = load(file);

        assertThat(texts.entrySet().stream().filter(text -> text.getValue().isBlank()).map(Map.Entry::getKey))
                .as("keys with an empty text in %s", file).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "FacesMessages"})
    void placeholdersAreValidAndTheSameInBothLanguages(String bundle) throws IOException {
        Map<String, String> dutch = load(bundle + ".properties");
        Map<String, String> english = load(bundle + "_en.properties");

        dutch.forEach((key, text) -> {
            if (text.contains("{")) {
                assertThat(placeholders(english.get(key))).as("placeholders of %s", key)
                        .isEqualTo(placeholders(text));
                // a number where the text formats one ({0,choice,…}, {0,number}), else text
                Object[] arguments = text.matches("(?s).*\\{\\d+,(choice|number).*") ? new Object[] {2, 2, 2}
                        : new Object[] {"A", "B", "C"};
                assertThat(new MessageFormat(text, Locale.ROOT).format(arguments))
                        .as("formatted %s (a single quote must be written as '')", key).doesNotContain("{");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_nl.properties", "FacesMessages_nl.properties"})
    void dutchLocaleFileStaysEmpty(String file) throws IOException {
        assertThat(load(file)).as("%s must stay empty: Dutch belongs in the base file", file).isEmpty();
    }

    @Test
    void dutchIsServedToDutchReadersEvenWhenTheServerSpeaksEnglish() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();

            ResourceBundle dutch = ResourceBundle.getBundle("nl.frontoffice.portal.i18n.messages", Languages.DUTCH);
            ResourceBundle english = ResourceBundle.getBundle("nl.frontoffice.portal.i18n.messages", Languages.ENGLISH);
            ResourceBundle faces = ResourceBundle.getBundle("nl.frontoffice.portal.i18n.FacesMessages", Languages.DUTCH);

            assertThat(dutch.getString("home.title")).isEqualTo("Hulp van de gemeente");
            assertThat(english.getString("home.title")).isEqualTo("Help from the municipality");
            assertThat(faces.getString("jakarta.faces.component.UIInput.REQUIRED")).contains("vul dit in");
        } finally {
            Locale.setDefault(serverDefault);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void bundlesAreReadAsUtf8() {
        ResourceBundle dutch = ResourceBundle.getBundle("nl.frontoffice.portal.i18n.messages", Languages.DUTCH);

        assertThat(dutch.getString("home.oneRequest.title")).isEqualTo("Eén aanvraag voor al uw vragen");
    }

    @Test
    void everyKeyUsedInAViewExists() throws IOException {
        Set<String> keys = load("messages.properties").keySet();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = MSG_KEY_IN_VIEW.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(keys).as("keys used in the views").containsAll(used);
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(result -> result.group(1)).collect(Collectors.toSet());
    }

    /** Loads a properties file as UTF-8, the way ResourceBundle does since Java 9. */
    static Map<String, String> load(String file) throws IOException {
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(PACKAGE + file)) {
            assertThat(in).as("resource %s", file).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            properties.forEach((key, value) -> texts.put((String) key, (String) value));
            return texts;
        }
    }
}
