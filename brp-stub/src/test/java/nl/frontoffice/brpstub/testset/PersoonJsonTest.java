package nl.frontoffice.brpstub.testset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test set as the stub serves it: the persons of the README, with the values of the CSV (checked by hand against
 * the rows of the persoonslijsten).
 */
class PersoonJsonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static GbaTestset testset;
    private static PersoonJson json;

    @BeforeAll
    static void load() {
        testset = GbaTestset.load();
        json = new PersoonJson(CodeTables.load());
    }

    private static JsonObject persoon(String bsn) {
        return json.persoon(testset.find(bsn).orElseThrow(), TODAY);
    }

    @Test
    void reads_all_persoonslijsten_with_a_bsn_and_the_nine_documented_test_persons() {
        assertThat(testset.size()).isGreaterThan(600);
        for (String bsn : List.of("999993653", "999993847", "999992077", "999993483", "999990482", "999995017",
                "999990408", "999993926", "999990421")) {
            assertThat(testset.find(bsn)).as(bsn).isPresent();
        }
        assertThat(testset.find("999999999")).isEmpty();
    }

    @Test
    void merel_kooyman_has_her_address_her_husband_and_two_children() {
        JsonObject merel = persoon("999993847");

        assertThat(merel.getString("burgerservicenummer")).isEqualTo("999993847");
        assertThat(merel.getJsonObject("naam").getString("voornamen")).isEqualTo("Merel");
        assertThat(merel.getJsonObject("naam").getString("geslachtsnaam")).isEqualTo("Kooyman");
        assertThat(merel.getJsonObject("naam").getString("volledigeNaam")).isEqualTo("Merel Kooyman");
        assertThat(merel.getJsonObject("geboorte").getJsonObject("datum").toString())
                .isEqualTo("{\"type\":\"Datum\",\"datum\":\"1982-04-10\",\"langFormaat\":\"10 april 1982\"}");
        assertThat(merel.getJsonObject("geboorte").getJsonObject("plaats").getString("omschrijving"))
                .isEqualTo("Leerdam");
        assertThat(merel.getInt("leeftijd")).isEqualTo(44);
        JsonObject verblijfplaats = merel.getJsonObject("verblijfplaats");
        assertThat(verblijfplaats.getString("type")).isEqualTo("Adres");
        JsonObject adres = verblijfplaats.getJsonObject("verblijfadres");
        assertThat(adres.getString("officieleStraatnaam")).isEqualTo("King Olivereiland");
        assertThat(adres.getInt("huisnummer")).isEqualTo(64);
        assertThat(adres.getString("postcode")).isEqualTo("2551JV");
        assertThat(adres.getString("woonplaats")).isEqualTo("'s-Gravenhage");
        assertThat(merel.getJsonObject("gemeenteVanInschrijving").getString("omschrijving")).isEqualTo("'s-Gravenhage");

        assertThat(merel.getJsonArray("partners")).hasSize(1);
        JsonObject martin = merel.getJsonArray("partners").getJsonObject(0);
        assertThat(martin.getString("burgerservicenummer")).isEqualTo("999990184");
        assertThat(martin.getJsonObject("naam").getString("voornamen")).isEqualTo("Martin Gerard");
        assertThat(martin.getJsonObject("naam").getString("geslachtsnaam")).isEqualTo("Maassen");
        assertThat(martin.getJsonObject("soortVerbintenis").getString("omschrijving")).isEqualTo("huwelijk");
        assertThat(martin.getJsonObject("aangaanHuwelijkPartnerschap").getJsonObject("datum").getString("datum"))
                .isEqualTo("2001-02-15");
        assertThat(martin.containsKey("ontbindingHuwelijkPartnerschap")).isFalse();

        assertThat(merel.getJsonArray("kinderen")).hasSize(2);
        assertThat(merel.getJsonArray("kinderen").getValuesAs(JsonObject.class))
                .extracting(kind -> kind.getString("burgerservicenummer"),
                        kind -> kind.getJsonObject("naam").getString("voornamen"),
                        kind -> kind.getJsonObject("geboorte").getJsonObject("datum").getString("datum"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("999994918", "Catharina-Amalia", "2003-11-07"),
                        org.assertj.core.groups.Tuple.tuple("999995121", "Lisanne-Caroline", "2002-02-22"));
        assertThat(merel.getJsonArray("ouders")).hasSize(2);
        assertThat(merel.containsKey("geheimhoudingPersoonsgegevens")).isFalse();
    }

    @Test
    void an_incomplete_birth_date_stays_incomplete() {
        JsonObject lisanty = persoon("999990482");

        assertThat(lisanty.getJsonObject("geboorte").getJsonObject("datum").toString())
                .isEqualTo("{\"type\":\"JaarDatum\",\"jaar\":1999,\"langFormaat\":\"1999\"}");
        assertThat(lisanty.containsKey("leeftijd")).isFalse();
        assertThat(lisanty.getJsonObject("verblijfplaats").getJsonObject("verblijfadres")
                .getString("officieleStraatnaam"))
                .isEqualTo("1e Exloërmond");
    }

    @Test
    void an_emigrated_person_lives_abroad_and_her_record_is_suspended() {
        JsonObject jacoba = persoon("999993483");

        assertThat(jacoba.getJsonObject("verblijfplaats").getString("type")).isEqualTo("VerblijfplaatsBuitenland");
        assertThat(jacoba.getJsonObject("verblijfplaats").getJsonObject("verblijfadres").getString("regel2"))
                .isEqualTo("Bruxelles");
        assertThat(jacoba.getJsonObject("opschortingBijhouding").getJsonObject("reden").getString("omschrijving"))
                .isEqualTo("emigratie");
        assertThat(jacoba.getBoolean("geheimhoudingPersoonsgegevens")).isTrue();
    }

    @Test
    void only_the_current_marriage_of_a_remarried_person_is_a_partner() {
        JsonObject petrus = persoon("999993926");

        assertThat(petrus.getJsonArray("partners")).hasSize(1);
        JsonObject partner = petrus.getJsonArray("partners").getJsonObject(0);
        assertThat(partner.getJsonObject("naam").getString("geslachtsnaam")).isEqualTo("Stevens");
        assertThat(partner.containsKey("ontbindingHuwelijkPartnerschap")).isFalse();
        assertThat(petrus.getJsonArray("kinderen")).hasSize(6);
        assertThat(petrus.getJsonObject("overlijden").getJsonObject("datum").getString("datum"))
                .isEqualTo("2008-04-06");
        assertThat(petrus.containsKey("leeftijd")).isFalse();
    }

    @Test
    void gba_dates_become_the_four_kinds_of_abstract_datum() {
        assertThat(GbaDates.toJson("00000000").getString("type")).isEqualTo("DatumOnbekend");
        assertThat(GbaDates.toJson("20030000").getString("type")).isEqualTo("JaarDatum");
        assertThat(GbaDates.toJson("20031100").toString())
                .isEqualTo("{\"type\":\"JaarMaandDatum\",\"jaar\":2003,\"maand\":11,"
                        + "\"langFormaat\":\"november 2003\"}");
        assertThat(GbaDates.toJson("20031107").getString("langFormaat")).isEqualTo("7 november 2003");
        assertThat(GbaDates.toJson("20030231")).isNull();
        assertThat(GbaDates.toJson("2003")).isNull();
    }

    @Test
    void quoted_fields_with_separators_and_doubled_quotes_are_read_whole() {
        List<List<String>> records = Csv.parse("a;\"b;c\";\"\"\"d\"\"\"\n;\"e\nf\";g\n");

        assertThat(records).containsExactly(List.of("a", "b;c", "\"d\""), List.of("", "e\nf", "g"));
    }
}
