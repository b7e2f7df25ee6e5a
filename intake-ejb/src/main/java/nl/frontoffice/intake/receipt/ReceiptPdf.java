package nl.frontoffice.intake.receipt;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.intake.AttachmentInfo;
import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.IntakeForm;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.intake.SubmittedIntake;

/**
 * The receipt of an intake as a PDF: everything the citizen sent (personal data as shown, contact
 * details, the answers per life area, the names of the attached files, the consent per domain),
 * the intake's and the cases' references and each case's deadline in plain words
 * ("uiterlijk 12 januari 2027"). Texts come from {@code nl.frontoffice.domain.DomainMessages}
 * ({@code intake.receipt.*} and the catalogue's keys) in Dutch or English.
 *
 * <p>Usage: {@code ReceiptPdf.render(submittedIntake, Locale.forLanguageTag("nl"))}.
 */
public final class ReceiptPdf {

    /** The bundle the texts come from. */
    public static final String BUNDLE = "nl.frontoffice.domain.DomainMessages";

    private final ResourceBundle messages;
    private final Locale locale;
    private final DateTimeFormatter dates;

    private ReceiptPdf(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /**
     * @param intake what the citizen sent
     * @param locale the language: Dutch unless English is asked for
     * @return the PDF document
     */
    public static byte[] render(SubmittedIntake intake, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
        return new ReceiptPdf(language).write(intake);
    }

    /**
     * @param date a date
     * @param locale the language
     * @return the date in words, e.g. {@code 12 januari 2027}
     */
    public static String dateInWords(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private byte[] write(SubmittedIntake intake) {
        String title = text("intake.receipt.title");
        try (TaggedPdfWriter pdf = new TaggedPdfWriter(title + " " + intake.reference(),
                "en".equals(locale.getLanguage()) ? "en" : "nl-NL", title)) {
            pdf.heading1(title);
            pdf.paragraph(text("intake.receipt.intro"));
            pdf.paragraph(text("intake.receipt.reference", intake.reference()));
            var submitted = intake.submittedAt().atZone(WorkingDayCalendar.TIME_ZONE);
            pdf.paragraph(text("intake.receipt.submitted", dates.format(submitted),
                    DateTimeFormatter.ofPattern("HH:mm").format(submitted)));

            IntakeForm form = intake.form();
            if (form != null) {
                person(pdf, form, intake.personalDataVerified());
                pdf.heading2(text("intake.receipt.contact"));
                pdf.paragraph(text("contact.phone") + ": " + orNotAnswered(form.phone()));
                pdf.paragraph(text("contact.email") + ": " + orNotAnswered(form.email()));
            }

            pdf.heading2(text("intake.receipt.questions"));
            if (!intake.areas().isEmpty()) {
                for (SubmittedIntake.AnsweredArea area : intake.areas()) {
                    pdf.heading3(text(area.area().getMessageKey()));
                    for (SubmittedIntake.AnsweredQuestion answered : area.answers()) {
                        pdf.label(text(answered.question().labelKey(), answered.question().labelArguments().toArray()));
                        pdf.paragraph(answered.answerKey().map(this::text).orElseGet(() -> orNotAnswered(answered.answer())));
                    }
                }
            } else {
                for (SubmittedIntake.QuestionForHelp question : intake.questions()) {
                    pdf.heading3(text(question.domain().getMessageKey()));
                    pdf.paragraph(question.description());
                }
            }

            pdf.heading2(text("intake.receipt.attachments"));
            if (intake.attachments().isEmpty()) {
                pdf.paragraph(text("intake.receipt.attachments.none"));
            }
            for (AttachmentInfo attachment : intake.attachments()) {
                pdf.paragraph(attachment.fileName());
            }

            pdf.heading2(text("intake.receipt.consent"));
            for (Map.Entry<SocialDomain, Boolean> consent : new java.util.TreeMap<>(intake.consent()).entrySet()) {
                pdf.paragraph(text(consent.getValue() ? "intake.receipt.consent.yes" : "intake.receipt.consent.no",
                        text(consent.getKey().getMessageKey())));
            }

            pdf.heading2(text("intake.receipt.cases"));
            pdf.paragraph(text("intake.receipt.cases.intro"));
            for (CaseSummary caseSummary : intake.cases()) {
                pdf.paragraph(text("intake.receipt.case", caseSummary.reference(), text(caseSummary.caseTypeNameKey()),
                        text("intake.receipt.deadline", dates.format(caseSummary.deadline()))));
                if (caseSummary.urgent()) {
                    pdf.paragraph(text("intake.receipt.urgent"));
                }
            }
            if (intake.declaredAt() != null) {
                pdf.paragraph(text("intake.receipt.declaration"));
            }
            return pdf.finish(text("intake.receipt.page", "%d", "%d"));
        }
    }

    private void person(TaggedPdfWriter pdf, IntakeForm form, boolean verified) {
        PersonalData person = form.person();
        pdf.heading2(text("intake.receipt.person"));
        pdf.paragraph(text("intake.label.name") + ": " + orNotAnswered(person.name()));
        pdf.paragraph(text("intake.label.birth-date") + ": "
                + (person.birthDate() == null ? text("intake.receipt.not-answered") : dates.format(person.birthDate())));
        pdf.paragraph(text("intake.label.address") + ": " + orNotAnswered(person.address()));
        if (person.partnerName() != null) {
            pdf.paragraph(text("intake.label.partner") + ": " + person.partnerName());
        }
        if (!person.children().isEmpty()) {
            StringBuilder children = new StringBuilder();
            for (HouseholdChild child : person.children()) {
                children.append(children.isEmpty() ? "" : ", ").append(child.firstName());
                if (child.birthDate() != null) {
                    children.append(" (").append(dates.format(child.birthDate())).append(')');
                }
            }
            pdf.paragraph(text("intake.label.children") + ": " + children);
        }
        pdf.paragraph(text(verified ? "intake.receipt.person.verified" : "intake.receipt.person.unverified"));
    }

    private String orNotAnswered(String value) {
        return value == null || value.isBlank() ? text("intake.receipt.not-answered") : value;
    }

    private String text(String key, Object... arguments) {
        String pattern = messages.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
