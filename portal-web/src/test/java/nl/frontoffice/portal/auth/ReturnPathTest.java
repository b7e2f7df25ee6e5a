package nl.frontoffice.portal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** After a staff login only a local page of the staff area is a place to return to. */
class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/medewerker/index.xhtml", "/medewerker/zaken/zaak.xhtml?id=Z-2026-000123",
            "/medewerker/", "/medewerker/werkvoorraad.xhtml?sort=deadline&page=2&q=a%20b"})
    void aStaffPageOfThisApplicationIsKept(String path) {
        assertThat(ReturnPath.forStaff(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "https://evil.example/medewerker/", "//evil.example/medewerker/", "/\\evil.example/",
            "/medewerker//evil.example", "/medewerker/\\\\evil.example", "/medewerker/../mijn/zaken.xhtml",
            "/medewerker/%2e%2e/mijn/", "/medewerker/%2F%2Fevil.example", "/medewerker/./index.xhtml",
            "/medewerker/..", "/mijn/zaken.xhtml", "/index.xhtml", "medewerker/index.xhtml",
            "/medewerker/index.xhtml\r\nSet-Cookie: x=y", "/medewerker/index.xhtml#fragment",
            "/medewerker/index.xhtml;jsessionid=abc", "/medewerker/inloggen.xhtml", "/MEDEWERKER/index.xhtml",
            "/medewerker/caf\u00e9.xhtml", "/medewerker/ index.xhtml"})
    void anythingElseGoesToTheStaffHomePage(String candidate) {
        assertThat(ReturnPath.forStaff(candidate)).isEqualTo("/medewerker/index.xhtml");
    }

    @ParameterizedTest
    @ValueSource(ints = {ReturnPath.MAX_LENGTH + 1})
    void aVeryLongPathIsRefused(int length) {
        String path = "/medewerker/" + "a".repeat(length);
        assertThat(ReturnPath.forStaff(path)).isEqualTo(PortalArea.STAFF_HOME_PAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mijn/", "/mijn/zaken.xhtml?zaak=Z-2026-000001"})
    void aCitizenReturnsToAPageOfThePersonalArea(String candidate) {
        assertThat(ReturnPath.forCitizen(candidate)).isEqualTo(candidate);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/mijn/", "//evil.example/mijn/", "/mijn/../medewerker/index.xhtml",
            "/medewerker/index.xhtml", "/index.xhtml", "/mijn/%2e%2e/", "/mijn//evil.example"})
    void aCitizenNeverLeavesThePersonalAreaAfterTheLogin(String candidate) {
        assertThat(ReturnPath.forCitizen(candidate)).isEqualTo(PortalArea.CITIZEN_HOME_PAGE);
    }
}
