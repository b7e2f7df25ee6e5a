package nl.frontoffice.domain.persistence;

import nl.frontoffice.domain.calendar.PublicHoliday;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.intake.UrgencyReason;
import nl.frontoffice.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key of the domain model has a Dutch and an English text, and Dutch readers get
 * Dutch even on a server whose default language is English (an empty {@code _nl} bundle stops the
 * fall-back to the JVM's default locale; its parent, the default bundle, is Dutch).
 */
class MessageBundlesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void validationMessagesCoverEveryConstraintMessageInTheModel() {
        Properties dutch = load("/ValidationMessages.properties");
        Properties english = load("/ValidationMessages_en.properties");

        Set<String> used = findInSources(Pattern.compile("\"\\{(nl\\.frontoffice\\.[a-z.]+)}\""));

        assertThat(used).contains("nl.frontoffice.bsn.invalid", "nl.frontoffice.phone.invalid");
        assertThat(dutch.stringPropertyNames()).containsAll(used);
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertDutchForDutchReadersOnAnEnglishServer("ValidationMessages", dutch);
    }

    @Test
    void domainMessagesCoverEveryMessageKeyOfTheModel() {
        Properties dutch = load("/nl/frontoffice/domain/DomainMessages.properties");
        Properties english = load("/nl/frontoffice/domain/DomainMessages_en.properties");

        Set<String> keys = new TreeSet<>(findInSources(
                Pattern.compile("\"((?:bsn|intake|case|contact|staff)\\.[a-z]+(?:\\.[a-z]+)*)\"")));
        assertThat(keys).contains("bsn.invalid", "intake.questions.required", "case.status.unknown",
                "case.status.same", "case.status.terminal", "case.team.domain", "contact.case.other.citizen",
                "staff.password.short", "staff.password.long", "staff.password.username");
        Stream.of(SocialDomain.values()).map(SocialDomain::getMessageKey).forEach(keys::add);
        Stream.of(Channel.values()).map(Channel::getMessageKey).forEach(keys::add);
        Stream.of(UrgencyReason.values()).map(UrgencyReason::getMessageKey).forEach(keys::add);
        Stream.of(StaffRole.values()).map(StaffRole::getMessageKey).forEach(keys::add);
        Stream.of(PublicHoliday.values()).map(PublicHoliday::getMessageKey).forEach(keys::add);

        assertThat(dutch.stringPropertyNames()).containsAll(keys);
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertDutchForDutchReadersOnAnEnglishServer("nl.frontoffice.domain.DomainMessages", dutch);
    }

    private static void assertDutchForDutchReadersOnAnEnglishServer(String baseName, Properties dutch) {
        java.util.Locale serverDefault = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            java.util.ResourceBundle.clearCache();
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(baseName, java.util.Locale.forLanguageTag("nl-NL"));
            for (String key : dutch.stringPropertyNames()) {
                assertThat(bundle.getString(key)).as(key).isEqualTo(dutch.getProperty(key));
            }
        } finally {
            java.util.Locale.setDefault(serverDefault);
            java.util.ResourceBundle.clearCache();
        }
    }

    private static Set<String> findInSources(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
