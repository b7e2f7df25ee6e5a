package nl.frontoffice.brpstub.testset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * GBA dates ({@code yyyymmdd}, with {@code 00} for an unknown day or month and {@code 00000000} for a date that is
 * not known at all) as the API's {@code AbstractDatum}: {@code Datum}, {@code JaarMaandDatum}, {@code JaarDatum} or
 * {@code DatumOnbekend}, each with its {@code langFormaat} ("10 april 1982").
 */
public final class GbaDates {

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};

    private GbaDates() {
    }

    /**
     * @param gba eight digits
     * @return the AbstractDatum, or {@code null} when the value is not eight digits or not a date
     */
    public static JsonObject toJson(String gba) {
        if (gba == null || !gba.matches("[0-9]{8}")) {
            return null;
        }
        int year = Integer.parseInt(gba.substring(0, 4));
        int month = Integer.parseInt(gba.substring(4, 6));
        int day = Integer.parseInt(gba.substring(6, 8));
        if (year == 0) {
            return Json.createObjectBuilder().add("type", "DatumOnbekend").add("onbekend", true)
                    .add("langFormaat", "onbekend").build();
        }
        if (month == 0) {
            return Json.createObjectBuilder().add("type", "JaarDatum").add("jaar", year)
                    .add("langFormaat", String.valueOf(year)).build();
        }
        if (month > 12) {
            return null;
        }
        if (day == 0) {
            return Json.createObjectBuilder().add("type", "JaarMaandDatum").add("jaar", year).add("maand", month)
                    .add("langFormaat", MONTHS[month - 1] + " " + year).build();
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            return Json.createObjectBuilder().add("type", "Datum").add("datum", date.toString())
                    .add("langFormaat", day + " " + MONTHS[month - 1] + " " + year).build();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * @param gba   the date of birth, eight digits
     * @param today the reference date
     * @return the age in whole years when the known parts determine it, otherwise empty
     */
    public static OptionalInt age(String gba, LocalDate today) {
        if (gba == null || !gba.matches("[0-9]{8}") || gba.startsWith("0000")) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(gba.substring(0, 4));
        int month = Integer.parseInt(gba.substring(4, 6));
        int day = Integer.parseInt(gba.substring(6, 8));
        try {
            if (month != 0 && day != 0) {
                return OptionalInt.of(Period.between(LocalDate.of(year, month, day), today).getYears());
            }
        } catch (DateTimeException e) {
            return OptionalInt.empty();
        }
        if (month != 0 && today.getMonthValue() != month) {
            return OptionalInt.of(today.getYear() - year - (today.getMonthValue() < month ? 1 : 0));
        }
        return OptionalInt.empty();
    }
}
