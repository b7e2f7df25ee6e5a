package nl.frontoffice.digidsimulator.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LoginPageTest {

    private final PendingAuthentication request = new PendingAuthentication("_r", "http://localhost:8080/saml/metadata",
            "http://localhost:8080/saml/acs", AssuranceLevel.MIDDEN, Optional.empty(), false, Instant.now());

    @Test
    void is_dutch_has_a_title_and_one_main_heading() {
        String html = LoginPage.render("/digid-simulator", "key-1", request, LoginForm.defaults(request));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"nl\">")
                .contains("<title>Inloggen – DigiD-simulator</title>")
                .contains("<main id=\"inhoud\"").contains("Dit is niet de echte DigiD");
        assertThat(count(html, "<h1>")).isEqualTo(1);
    }

    @Test
    void every_input_has_a_label_and_every_test_person_and_level_is_offered() {
        String html = LoginPage.render("/digid-simulator", "key-1", request, LoginForm.defaults(request));

        List<String> ids = ids(html, "<input type=\"(?:radio|text)\"[^>]* id=\"([^\"]+)\"");
        assertThat(ids).hasSize(TestPerson.ALL.size() + 1 + AssuranceLevel.values().length);
        assertThat(ids).allSatisfy(id -> assertThat(html).contains("<label for=\"" + id + "\">"));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(html).contains("value=\"999993847\" checked").contains("id=\"niveau-midden\" value=\"MIDDEN\" checked")
                .contains("<legend>Wie logt er in?</legend>").contains("<legend>Betrouwbaarheidsniveau</legend>")
                .contains("name=\"verzoek\" value=\"key-1\"").contains("action=\"/digid-simulator/login\"")
                .contains(">Inloggen</button>").contains(">Annuleren</button>");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void a_wrong_bsn_is_shown_in_a_summary_and_at_the_field() {
        LoginForm form = LoginForm.submitted("999993847", "12345678<9", "BASIS", AssuranceLevel.MIDDEN);

        String html = LoginPage.render("/digid-simulator", "key-1", request, form);

        assertThat(html).contains("<title>Fout: Inloggen – DigiD-simulator</title>")
                .contains("role=\"alert\"").contains("<a href=\"#bsn\">Een BSN bestaat uit 9 cijfers")
                .contains("aria-describedby=\"bsn-uitleg bsn-fout\" aria-invalid=\"true\"")
                .contains("value=\"12345678&lt;9\"")
                .contains("id=\"niveau-basis\" value=\"BASIS\" checked");
        assertThat(html).doesNotContain("12345678<9");
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    private static List<String> ids(String html, String regex) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
