package nl.frontoffice.adapters.brp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.registry.Address;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.PersonName;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.registry.RelatedPerson;
import nl.frontoffice.domain.registry.UnavailableReason;

class BrpPersonMapperTest {

    private static final Bsn MEREL = Bsn.of("999993847");

    @Test
    void maps_name_birth_date_address_partner_and_children_of_a_full_answer() throws IOException {
        PersonLookup lookup = BrpPersonMapper.toLookup(resource("raadpleeg-999993847.json"), MEREL);

        RegisteredPerson merel = lookup.person().orElseThrow();
        assertThat(merel.bsn()).isEqualTo(MEREL);
        assertThat(merel.name()).isEqualTo(new PersonName("Merel", null, "Kooyman"));
        assertThat(merel.birthDate()).isEqualTo(BirthDate.of(LocalDate.of(1982, 4, 10)));
        assertThat(merel.address())
                .isEqualTo(new Address("King Olivereiland", 64, null, null, "2551JV", "'s-Gravenhage"));
        assertThat(merel.partners()).containsExactly(new RelatedPerson(Bsn.of("999990184"),
                new PersonName("Martin Gerard", null, "Maassen"), BirthDate.of(LocalDate.of(1975, 3, 6))));
        assertThat(merel.children()).containsExactly(
                new RelatedPerson(Bsn.of("999994918"), new PersonName("Catharina-Amalia", null, "Maassen"),
                        BirthDate.of(LocalDate.of(2003, 11, 7))),
                new RelatedPerson(Bsn.of("999995121"), new PersonName("Lisanne-Caroline", null, "Maassen"),
                        BirthDate.of(LocalDate.of(2002, 2, 22))));
    }

    @Test
    void an_empty_list_of_persons_is_not_found() {
        assertThat(BrpPersonMapper.toLookup("{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[]}", MEREL))
                .isEqualTo(PersonLookup.notFound());
        assertThat(BrpPersonMapper.toLookup("{\"type\":\"RaadpleegMetBurgerservicenummer\"}", MEREL))
                .isEqualTo(PersonLookup.notFound());
    }

    @Test
    void incomplete_dates_keep_what_is_known() {
        String answer = person("""
                "geboorte": {"datum": {"type": "JaarDatum", "jaar": 1999, "langFormaat": "1999"}},
                "kinderen": [
                  {"naam": {"voornamen": "Pietje", "voorvoegsel": "van", "geslachtsnaam": "Verstraten"},
                   "geboorte": {"datum": {"type": "JaarMaandDatum", "jaar": 1994, "maand": 11,
                                          "langFormaat": "november 1994"}}},
                  {"burgerservicenummer": "123456789", "naam": {"geslachtsnaam": "Onbekend"},
                   "geboorte": {"datum": {"type": "DatumOnbekend", "onbekend": true, "langFormaat": "onbekend"}}},
                  {"naam": {"voornamen": "Zonder"}}
                ]""");

        RegisteredPerson person = BrpPersonMapper.toLookup(answer, MEREL).person().orElseThrow();

        assertThat(person.birthDate()).isEqualTo(BirthDate.year(1999));
        assertThat(person.children()).extracting(RelatedPerson::birthDate)
                .containsExactly(BirthDate.yearMonth(1994, 11), BirthDate.unknown(), BirthDate.unknown());
        assertThat(person.children().get(0).name().displayName()).isEqualTo("Pietje van Verstraten");
        assertThat(person.children()).allSatisfy(child -> assertThat(child.hasBsn()).isFalse());
        assertThat(person.address()).isNull();
        assertThat(person.partners()).isEmpty();
    }

    @Test
    void a_dissolved_marriage_is_no_partner() {
        String answer = person("""
                "partners": [
                  {"naam": {"voornamen": "Arnolda Henrika", "geslachtsnaam": "Jansen"},
                   "ontbindingHuwelijkPartnerschap": {"datum": {"type": "Datum", "datum": "1972-07-19",
                                                              "langFormaat": "19 juli 1972"}}}
                ]""");

        assertThat(BrpPersonMapper.toLookup(answer, MEREL).person().orElseThrow().partners()).isEmpty();
    }

    @Test
    void an_address_abroad_is_no_address_and_a_missing_town_is_the_municipality() {
        String abroad = person("""
                "verblijfplaats": {"type": "VerblijfplaatsBuitenland",
                                   "verblijfadres": {"regel1": "Rue du pomme 25", "regel2": "Bruxelles"}}""");
        String withoutTown = person("""
                "verblijfplaats": {"type": "Adres", "verblijfadres": {"korteStraatnaam": "1e Exloërmond",
                                   "huisnummer": 3, "huisletter": "a", "huisnummertoevoeging": "II",
                                   "postcode": "9573PA"}},
                "gemeenteVanInschrijving": {"code": "1681", "omschrijving": "Borger-Odoorn"}""");

        assertThat(BrpPersonMapper.toLookup(abroad, MEREL).person().orElseThrow().address()).isNull();
        assertThat(BrpPersonMapper.toLookup(withoutTown, MEREL).person().orElseThrow().address())
                .isEqualTo(new Address("1e Exloërmond", 3, "a", "II", "9573PA", "Borger-Odoorn"));
    }

    @Test
    void an_unusable_answer_is_an_invalid_response_whose_message_never_quotes_it() {
        assertInvalid("not json 999993847");
        assertInvalid("[]");
        assertInvalid("");
        assertInvalid("{\"type\":\"ZoekMetPostcodeEnHuisnummer\",\"personen\":[]}");
        assertInvalid(person("\"burgerservicenummer\": \"999990184\""));
        assertInvalid(person("\"geboorte\": {\"datum\": {\"type\": \"Datum\", \"datum\": \"1982-13-45\"}}"));
        assertInvalid(person("\"geboorte\": {\"datum\": {\"type\": \"JaarMaandDatum\", \"jaar\": 1982}}"));
        assertInvalid(person("\"naam\": {\"voornamen\": 42}"));
        assertInvalid(person("\"kinderen\": {\"naam\": {}}"));
        assertInvalid("{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{},{}]}");
    }

    private static void assertInvalid(String answer) {
        assertThatThrownBy(() -> BrpPersonMapper.toLookup(answer, MEREL))
                .isInstanceOfSatisfying(BrpCallException.class,
                        e -> assertThat(e.reason()).isEqualTo(UnavailableReason.INVALID_RESPONSE))
                .isNotInstanceOf(BrpUnavailableException.class)
                .message().doesNotContain("999993847").doesNotContain("999990184").doesNotContain("not json");
    }

    private static String person(String properties) {
        return "{\"type\":\"RaadpleegMetBurgerservicenummer\",\"personen\":[{" + properties + "}]}";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BrpPersonMapperTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
