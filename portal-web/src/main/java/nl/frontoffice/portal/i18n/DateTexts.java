package nl.frontoffice.portal.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Dates and sizes in words for the pages, in the page's language: {@code #{dates.longDate(d)}} is
 * "12 januari 2027" (English: "12 January 2027"), {@code #{dates.dateTime(i)}} is "12 januari 2027 14:05"
 * (Dutch time), {@code #{dates.fileSize(n)}} is "1,2 MB".
 */
@Named("dates")
@RequestScoped
public class DateTexts {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** @return the date as "12 januari 2027", or an empty text for {@code null} */
    public String longDate(LocalDate date) {
        return date == null ? "" : longDate(date, locale());
    }

    static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** @return the moment as "12 januari 2027 14:05" in Dutch time, or an empty text for {@code null} */
    public String dateTime(Instant moment) {
        return moment == null ? "" : dateTime(moment, locale());
    }

    static String dateTime(Instant moment, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).withZone(DUTCH_TIME).format(moment);
    }

    /** @return a file size in kB or MB with one decimal, e.g. "1,2 MB" */
    public String fileSize(long bytes) {
        return fileSize(bytes, locale());
    }

    static String fileSize(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d kB", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Languages.DEFAULT;
    }
}
