package nl.frontoffice.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.domain.shared.SocialDomain;

/** The mail texts: plain language, Dutch by default, English second, no BSN, a link to the portal. */
class NotificationTextsTest {

    private static final String LINK = "https://www.voorbeeldstad.example/mijn/";

    @Test
    void a_status_change_has_a_subject_per_status_and_says_what_happens_next() {
        MailText mail = NotificationTexts.in(Locale.forLanguageTag("nl-NL")).statusChanged("Z-2026-000012",
                "casetype.WMO_MELDING", "IN_PROGRESS", "citizenstatus.IN_PROGRESS", "nextstep.IN_PROGRESS", LINK);

        assertThat(mail.subject()).isEqualTo("Uw zaak Z-2026-000012 is in behandeling");
        assertThat(mail.body()).startsWith("Beste inwoner,\n\n")
                .contains("Er is nieuws over uw zaak Z-2026-000012 (Melding Wmo). De status is nu: In behandeling.")
                .contains("Een medewerker werkt aan uw vraag.")
                .contains("Bekijk uw zaak in Mijn zaken: " + LINK)
                .contains("Met vriendelijke groet,\n\nGemeente Voorbeeldstad")
                .doesNotContain("{").doesNotContain("casestatus.").doesNotContain("nextstep.");
    }

    @Test
    void a_status_without_its_own_subject_gets_the_general_one_and_english_is_english() {
        NotificationTexts dutch = NotificationTexts.in(null);
        assertThat(dutch.statusChanged("Z-2026-000013", "casetype.WMO_MELDING", "SOMETHING_NEW", "citizenstatus.IN_PROGRESS",
                "nextstep.IN_PROGRESS", LINK).subject()).isEqualTo("Er is nieuws over uw zaak Z-2026-000013");

        MailText english = NotificationTexts.in(Locale.ENGLISH).statusChanged("Z-2026-000012", "casetype.WMO_MELDING",
                "CLOSED", "citizenstatus.CLOSED", "nextstep.CLOSED", LINK);
        assertThat(english.subject()).isEqualTo("Your case Z-2026-000012 is completed");
        assertThat(english.body()).startsWith("Dear resident,").contains("See your case in My cases: " + LINK);
    }

    @Test
    void suspension_and_extension_tell_the_reason_and_the_new_deadline_in_words() {
        NotificationTexts texts = NotificationTexts.in(Locale.forLanguageTag("nl"));
        MailText suspended = texts.suspended("Z-2026-000012", "casetype.JEUGD_AANVRAAG", "Stuur ons het schoolrapport", LINK);
        assertThat(suspended.subject()).isEqualTo("Wij hebben informatie van u nodig voor uw zaak Z-2026-000012");
        assertThat(suspended.body()).contains("Aanvraag jeugdhulp", "Stuur ons het schoolrapport", "staat de termijn van uw zaak stil");

        MailText extended = texts.extended("Z-2026-000012", "casetype.WMO_MELDING", "Advies nodig", LocalDate.of(2027, 1, 12), LINK);
        assertThat(extended.subject()).isEqualTo("Wij hebben meer tijd nodig voor uw zaak Z-2026-000012");
        assertThat(extended.body()).contains("Advies nodig", "U hoort uiterlijk 12 januari 2027 van ons.");
    }

    @Test
    void the_intake_confirmation_lists_every_case_with_its_deadline_in_words() {
        List<CaseSummary> cases = List.of(
                new CaseSummary("Z-2026-000051", SocialDomain.WMO, "WMO_MELDING", "casetype.WMO_MELDING", "RECEIVED",
                        "casestatus.RECEIVED", true, false, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 13), null),
                new CaseSummary("Z-2026-000052", SocialDomain.SCHULDHULPVERLENING, "SHV_AANMELDING",
                        "casetype.SHV_AANMELDING", "RECEIVED", "casestatus.RECEIVED", true, true,
                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), null));
        NotificationTexts texts = NotificationTexts.in(Locale.forLanguageTag("nl-NL"));
        MailText mail = texts.intakeConfirmation("I-2026-000050", cases, true, LINK);

        assertThat(mail.subject()).isEqualTo("Wij hebben uw aanmelding I-2026-000050 ontvangen");
        assertThat(mail.body())
                .contains("- Hulp en ondersteuning thuis (Wmo): zaak Z-2026-000051. U hoort uiterlijk 13 april 2026 van ons.")
                .contains("- Hulp bij geldzaken en schulden: zaak Z-2026-000052. Uw vraag is dringend: u hoort uiterlijk 5 maart 2026 van ons.")
                .contains("In de bijlage vindt u een overzicht");
        assertThat(texts.intakeConfirmation("I-2026-000050", cases, false, LINK).body()).doesNotContain("bijlage");
        assertThat(texts.receiptFileName("I-2026-000050")).isEqualTo("ontvangstbewijs-I-2026-000050.pdf");
        assertThat(NotificationTexts.in(Locale.ENGLISH).receiptFileName("I-2026-000050")).isEqualTo("receipt-I-2026-000050.pdf");
    }

    @Test
    void deadline_warnings_name_the_case_the_deadline_and_why_the_recipient_gets_it() {
        NotificationTexts texts = NotificationTexts.in(Locale.forLanguageTag("nl-NL"));
        MailText overdue = texts.deadlineWarning(DeadlineEvent.OVERDUE, "Jan de Vries", "Z-2026-000012",
                "casetype.WMO_MELDING", LocalDate.of(2026, 2, 16), null, "https://x.example/medewerker/");
        assertThat(overdue.subject()).isEqualTo("Termijn verlopen: zaak Z-2026-000012 (uiterlijk 16 februari 2026)");
        assertThat(overdue.body()).startsWith("Beste Jan de Vries,").contains("De zaak is aan u toegewezen.",
                "Open de werkvoorraad: https://x.example/medewerker/");
        MailText dueSoon = texts.deadlineWarning(DeadlineEvent.DUE_SOON, "Pieter Jansen", "Z-2026-000013",
                "casetype.SHV_AANMELDING", LocalDate.of(2026, 3, 5), "Team Werk en Inkomen", "https://x.example/");
        assertThat(dueSoon.subject()).isEqualTo("Termijn loopt bijna af: zaak Z-2026-000013 (uiterlijk 5 maart 2026)");
        assertThat(dueSoon.body()).contains("U krijgt dit bericht als teamleider van Team Werk en Inkomen.");
    }

    @Test
    void both_languages_have_the_same_keys_and_dutch_readers_get_dutch_on_an_english_server() throws IOException {
        Properties dutch = load("NotificationMessages.properties");
        Properties english = load("NotificationMessages_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            java.util.ResourceBundle.clearCache();
            assertThat(NotificationTexts.in(Locale.forLanguageTag("nl-NL")).receiptFileName("I-1"))
                    .isEqualTo("ontvangstbewijs-I-1.pdf");
        } finally {
            Locale.setDefault(serverDefault);
            java.util.ResourceBundle.clearCache();
        }
    }

    @Test
    void links_are_joined_without_double_or_missing_slashes() {
        assertThat(NotificationSettings.join("http://localhost:8080/", "/mijn/")).isEqualTo("http://localhost:8080/mijn/");
        assertThat(NotificationSettings.join("http://localhost:8080", "mijn/")).isEqualTo("http://localhost:8080/mijn/");
        assertThat(NotificationSettings.join("https://x.example//", "")).isEqualTo("https://x.example/");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTextsTest.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
