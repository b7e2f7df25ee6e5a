package nl.frontoffice.brpstub.testset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Turns a {@link Persoonslijst} of the test set into the API's {@code Persoon} (the schema of
 * {@code RaadpleegMetBurgerservicenummerResponse}), with every field the stub can fill; the resource then keeps only
 * the requested {@code fields}.
 *
 * <p>Filled: aNummer, burgerservicenummer, geslacht, leeftijd, naam (with voorletters, volledigeNaam,
 * aanduidingNaamgebruik), geboorte, overlijden, nationaliteiten, verblijfplaats (Adres, Locatie,
 * VerblijfplaatsBuitenland, VerblijfplaatsOnbekend), gemeenteVanInschrijving, datumInschrijvingInGemeente,
 * verblijfstitel, partners, kinderen, ouders; and the automatically delivered geheimhoudingPersoonsgegevens and
 * opschortingBijhouding. Not filled: adressering, gezag, kiesrecht, immigratie, inOnderzoek, rni, verificatie.
 *
 * <p>Partners follow the API: the current marriages and partnerships, or, when there is none, the most recently
 * dissolved one (with {@code ontbindingHuwelijkPartnerschap}).
 */
public final class PersoonJson {

    private final CodeTables tables;

    /**
     * @param tables the code tables
     */
    public PersoonJson(CodeTables tables) {
        this.tables = tables;
    }

    /**
     * @param pl    the persoonslijst
     * @param today the date for {@code leeftijd}
     * @return the Persoon
     */
    public JsonObject persoon(Persoonslijst pl, LocalDate today) {
        Map<String, String> persoon = pl.current("01");
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "aNummer", persoon.get("01.10"));
        put(json, "burgerservicenummer", persoon.get("01.20"));
        waarde(json, "geslacht", "tabelwaarden.Geslacht", persoon.get("04.10"));
        Map<String, String> overlijden = pl.current("06");
        if (overlijden.get("08.10") == null) {
            OptionalInt age = GbaDates.age(persoon.get("03.10"), today);
            age.ifPresent(value -> json.add("leeftijd", value));
        }
        json.add("naam", naam(persoon, true));
        object(json, "geboorte", geboorte(persoon));
        if (overlijden.get("08.10") != null) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            date(o, "datum", overlijden.get("08.10"));
            plaats(o, "plaats", overlijden.get("08.20"));
            waarde(o, "land", "landen", overlijden.get("08.30"));
            json.add("overlijden", o);
        }
        array(json, "nationaliteiten", nationaliteiten(pl));
        Map<String, String> verblijfplaats = pl.current("08");
        waarde(json, "gemeenteVanInschrijving", "gemeenten", verblijfplaats.get("09.10"));
        date(json, "datumInschrijvingInGemeente", verblijfplaats.get("09.20"));
        object(json, "verblijfplaats", verblijfplaats(verblijfplaats));
        object(json, "verblijfstitel", verblijfstitel(pl.current("10"), today));
        Map<String, String> inschrijving = pl.current("07");
        String geheimhouding = inschrijving.get("70.10");
        if (geheimhouding != null && !"0".equals(geheimhouding)) {
            json.add("geheimhoudingPersoonsgegevens", true);
        }
        if (inschrijving.get("67.10") != null) {
            JsonObjectBuilder opschorting = Json.createObjectBuilder();
            date(opschorting, "datum", inschrijving.get("67.10"));
            waarde(opschorting, "reden", "tabelwaarden.Reden_Opschorting_Bijhouding", inschrijving.get("67.20"));
            json.add("opschortingBijhouding", opschorting);
        }
        array(json, "partners", partners(pl));
        array(json, "kinderen", related(pl.currentOfEachStapel("09"), null));
        JsonArrayBuilder ouders = Json.createArrayBuilder();
        addAll(ouders, related(List.of(pl.current("02")), "1"));
        addAll(ouders, related(List.of(pl.current("03")), "2"));
        array(json, "ouders", ouders.build());
        return json.build();
    }

    private JsonObject naam(Map<String, String> v, boolean persoon) {
        JsonObjectBuilder naam = Json.createObjectBuilder();
        String voornamen = v.get("02.10");
        String voorvoegsel = v.get("02.30");
        String geslachtsnaam = v.get("02.40");
        put(naam, "voornamen", voornamen);
        if (v.get("02.20") != null) {
            naam.add("adellijkeTitelPredicaat", tables.waarde("adellijkeTitelPredicaat", v.get("02.20")));
        }
        put(naam, "voorvoegsel", voorvoegsel);
        put(naam, "geslachtsnaam", geslachtsnaam);
        if (voornamen != null) {
            StringBuilder voorletters = new StringBuilder();
            for (String voornaam : voornamen.split(" ")) {
                if (!voornaam.isEmpty()) {
                    voorletters.appendCodePoint(voornaam.codePointAt(0)).append('.');
                }
            }
            naam.add("voorletters", voorletters.toString());
        }
        if (persoon) {
            StringBuilder volledig = new StringBuilder();
            for (String part : new String[] {voornamen, voorvoegsel, geslachtsnaam}) {
                if (part != null) {
                    volledig.append(volledig.isEmpty() ? "" : " ").append(part);
                }
            }
            if (!volledig.isEmpty()) {
                naam.add("volledigeNaam", volledig.toString());
            }
            waarde(naam, "aanduidingNaamgebruik", "tabelwaarden.Naamgebruik", v.get("61.10"));
        }
        return naam.build();
    }

    private JsonObject geboorte(Map<String, String> v) {
        JsonObjectBuilder geboorte = Json.createObjectBuilder();
        date(geboorte, "datum", v.get("03.10"));
        plaats(geboorte, "plaats", v.get("03.20"));
        waarde(geboorte, "land", "landen", v.get("03.30"));
        return geboorte.build();
    }

    private jakarta.json.JsonArray nationaliteiten(Persoonslijst pl) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Map<String, String> v : pl.currentOfEachStapel("04")) {
            if (v.get("64.10") != null || v.get("05.10") == null && v.get("65.10") == null) {
                continue;
            }
            JsonObjectBuilder n = Json.createObjectBuilder();
            String code = v.get("05.10");
            if ("B".equals(v.get("65.10"))) {
                n.add("type", "BehandeldAlsNederlander");
            } else if ("V".equals(v.get("65.10"))) {
                n.add("type", "VastgesteldNietNederlander");
            } else if ("0499".equals(code)) {
                n.add("type", "Staatloos");
            } else if ("0000".equals(code)) {
                n.add("type", "NationaliteitOnbekend");
            } else {
                n.add("type", "Nationaliteit");
                n.add("nationaliteit", tables.waarde("nationaliteiten", code));
            }
            waarde(n, "redenOpname", "redenNationaliteit", v.get("63.10"));
            date(n, "datumIngangGeldigheid", v.get("85.10"));
            list.add(n);
        }
        return list.build();
    }

    private JsonObject verblijfplaats(Map<String, String> v) {
        if (v.isEmpty()) {
            return null;
        }
        JsonObjectBuilder plaats = Json.createObjectBuilder();
        if (v.get("13.10") != null) {
            if ("0000".equals(v.get("13.10"))) {
                plaats.add("type", "VerblijfplaatsOnbekend");
                date(plaats, "datumVan", v.get("13.20"));
                return plaats.build();
            }
            plaats.add("type", "VerblijfplaatsBuitenland");
            JsonObjectBuilder adres = Json.createObjectBuilder();
            put(adres, "regel1", v.get("13.30"));
            put(adres, "regel2", v.get("13.40"));
            put(adres, "regel3", v.get("13.50"));
            waarde(adres, "land", "landen", v.get("13.10"));
            plaats.add("verblijfadres", adres);
            date(plaats, "datumVan", v.get("13.20"));
            return plaats.build();
        }
        if (v.get("12.10") != null) {
            plaats.add("type", "Locatie");
            plaats.add("verblijfadres", Json.createObjectBuilder().add("locatiebeschrijving", v.get("12.10")));
        } else {
            plaats.add("type", "Adres");
            JsonObjectBuilder adres = Json.createObjectBuilder();
            put(adres, "officieleStraatnaam", v.get("11.15"));
            put(adres, "korteStraatnaam", v.get("11.10") == null ? null : v.get("11.10").strip());
            String huisnummer = v.get("11.20");
            if (huisnummer != null && huisnummer.matches("[0-9]{1,5}")) {
                adres.add("huisnummer", Integer.parseInt(huisnummer));
            }
            put(adres, "huisletter", v.get("11.30"));
            put(adres, "huisnummertoevoeging", v.get("11.40"));
            waarde(adres, "aanduidingBijHuisnummer", "tabelwaarden.Aanduiding_Bij_Huisnummer", v.get("11.50"));
            put(adres, "postcode", v.get("11.60"));
            put(adres, "woonplaats", v.get("11.70"));
            plaats.add("verblijfadres", adres);
            put(plaats, "adresseerbaarObjectIdentificatie", v.get("11.80"));
            put(plaats, "nummeraanduidingIdentificatie", v.get("11.90"));
        }
        waarde(plaats, "functieAdres", "tabelwaarden.Functie_Adres", v.get("10.10"));
        date(plaats, "datumVan", v.get("10.30"));
        return plaats.build();
    }

    private JsonObject verblijfstitel(Map<String, String> v, LocalDate today) {
        String gbaToday = today.toString().replace("-", "");
        if (v.get("39.10") == null || v.get("39.20") != null && v.get("39.20").compareTo(gbaToday) < 0) {
            return null;
        }
        JsonObjectBuilder titel = Json.createObjectBuilder();
        waarde(titel, "aanduiding", "verblijfstitels", v.get("39.10"));
        date(titel, "datumEinde", v.get("39.20"));
        date(titel, "datumIngang", v.get("39.30"));
        return titel.build();
    }

    private jakarta.json.JsonArray partners(Persoonslijst pl) {
        JsonArrayBuilder current = Json.createArrayBuilder();
        int currentCount = 0;
        Map<String, String> lastDissolved = null;
        for (Map<String, String> v : pl.currentOfEachStapel("05")) {
            if (v.get("01.20") == null && v.get("02.40") == null || "O".equals(v.get("84.10"))) {
                continue;
            }
            if (v.get("07.10") == null) {
                current.add(partner(v));
                currentCount++;
            } else if (lastDissolved == null || v.get("07.10").compareTo(lastDissolved.get("07.10")) > 0) {
                lastDissolved = v;
            }
        }
        if (currentCount == 0 && lastDissolved != null) {
            current.add(partner(lastDissolved));
        }
        return current.build();
    }

    private JsonObject partner(Map<String, String> v) {
        JsonObjectBuilder partner = Json.createObjectBuilder();
        put(partner, "burgerservicenummer", v.get("01.20"));
        waarde(partner, "geslacht", "tabelwaarden.Geslacht", v.get("04.10"));
        waarde(partner, "soortVerbintenis", "tabelwaarden.Soort_Verbintenis", v.get("15.10"));
        partner.add("naam", naam(v, false));
        object(partner, "geboorte", geboorte(v));
        JsonObjectBuilder aangaan = Json.createObjectBuilder();
        date(aangaan, "datum", v.get("06.10"));
        plaats(aangaan, "plaats", v.get("06.20"));
        waarde(aangaan, "land", "landen", v.get("06.30"));
        object(partner, "aangaanHuwelijkPartnerschap", aangaan.build());
        if (v.get("07.10") != null) {
            JsonObjectBuilder ontbinding = Json.createObjectBuilder();
            date(ontbinding, "datum", v.get("07.10"));
            partner.add("ontbindingHuwelijkPartnerschap", ontbinding);
        }
        return partner.build();
    }

    /** Kinderen ({@code ouderAanduiding} null) or ouders ("1", "2"); voorkomens without a name are left out. */
    private jakarta.json.JsonArray related(List<Map<String, String>> voorkomens, String ouderAanduiding) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Map<String, String> v : voorkomens) {
            if (v.get("01.20") == null && v.get("02.10") == null && v.get("02.40") == null
                    || "O".equals(v.get("84.10"))) {
                continue;
            }
            JsonObjectBuilder related = Json.createObjectBuilder();
            put(related, "burgerservicenummer", v.get("01.20"));
            if (ouderAanduiding != null) {
                waarde(related, "geslacht", "tabelwaarden.Geslacht", v.get("04.10"));
                related.add("ouderAanduiding", ouderAanduiding);
                date(related, "datumIngangFamilierechtelijkeBetrekking", v.get("62.10"));
            }
            related.add("naam", naam(v, false));
            object(related, "geboorte", geboorte(v));
            list.add(related);
        }
        return list.build();
    }

    private static void addAll(JsonArrayBuilder target, jakarta.json.JsonArray values) {
        values.forEach(target::add);
    }

    private void plaats(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            return;
        }
        if (value.matches("[0-9]{4}")) {
            json.add(key, tables.waarde("gemeenten", value));
        } else {
            json.add(key, Json.createObjectBuilder().add("omschrijving", value));
        }
    }

    private void waarde(JsonObjectBuilder json, String key, String table, String code) {
        if (code != null) {
            json.add(key, tables.waarde(table, code));
        }
    }

    private static void date(JsonObjectBuilder json, String key, String gba) {
        JsonObject date = GbaDates.toJson(gba);
        if (date != null) {
            json.add(key, date);
        }
    }

    private static void put(JsonObjectBuilder json, String key, String value) {
        if (value != null && !value.isBlank()) {
            json.add(key, value);
        }
    }

    private static void object(JsonObjectBuilder json, String key, JsonObject value) {
        if (value != null && !value.isEmpty()) {
            json.add(key, value);
        }
    }

    private static void array(JsonObjectBuilder json, String key, jakarta.json.JsonArray value) {
        if (!value.isEmpty()) {
            json.add(key, value);
        }
    }
}
