package nl.frontoffice.notification;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.cases.DeadlineEvent;
import nl.frontoffice.intake.receipt.ReceiptPdf;

/**
 * The texts of the mails, in plain language, from the bundle {@value #BUNDLE} (Dutch by default,
 * English), with names of case types and statuses from the domain's bundle. No method takes a BSN:
 * a mail names the case and intake references only.
 *
 * <p>Usage: {@code NotificationTexts.in(locale).statusChanged("Z-2026-000012", "casetype.WMO_MELDING",
 * "IN_PROGRESS", "citizenstatus.IN_PROGRESS", "nextstep.IN_PROGRESS", link)} gives the subject
 * "Uw zaak Z-2026-000012 is in behandeling" and its body.
 */
public final class NotificationTexts {

    /** The bundle of the mail texts. */
    public static final String BUNDLE = "nl.frontoffice.notification.NotificationMessages";
    /** The domain's bundle: names of case types, statuses, domains. */
    static final String DOMAIN_BUNDLE = "nl.frontoffice.domain.DomainMessages";
    /** Dutch, the default language. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final Locale locale;
    private final ResourceBundle texts;
    private final ResourceBundle domain;

    private NotificationTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
        this.domain = ResourceBundle.getBundle(DOMAIN_BUNDLE, locale);
    }

    /**
     * @param locale English, or anything else for Dutch
     * @return the texts in that language
     */
    public static NotificationTexts in(Locale locale) {
        return new NotificationTexts(locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH);
    }

    /** @return the language of these texts */
    public Locale locale() {
        return locale;
    }

    /**
     * A case moved to a status the citizen should know of.
     *
     * @param reference       the case reference
     * @param caseTypeNameKey the case type's name key
     * @param statusCode      the new status code (subject per status, e.g. {@code mail.status.subject.IN_PROGRESS})
     * @param citizenLabelKey the status label as the citizen sees it
     * @param nextStepKey     what happens next
     * @param link            the link to Mijn zaken
     */
    public MailText statusChanged(String reference, String caseTypeNameKey, String statusCode, String citizenLabelKey,
                                  String nextStepKey, String link) {
        String subjectKey = "mail.status.subject." + statusCode;
        String subject = texts.containsKey(subjectKey) ? text(subjectKey, reference) : text("mail.status.subject", reference);
        String body = String.join("\n\n",
                text("mail.greeting"),
                text("mail.status.body", reference, domainText(caseTypeNameKey), domainText(citizenLabelKey)),
                domainText(nextStepKey),
                text("mail.link", link),
                text("mail.closing"),
                text("mail.automatic")) + "\n";
        return new MailText(subject, body);
    }

    /** The case waits for the citizen; the reason says what for. */
    public MailText suspended(String reference, String caseTypeNameKey, String reason, String link) {
        return new MailText(text("mail.suspended.subject", reference), String.join("\n\n",
                text("mail.greeting"),
                text("mail.suspended.body", reference, domainText(caseTypeNameKey)),
                reason,
                text("mail.suspended.after"),
                text("mail.link", link),
                text("mail.closing"),
                text("mail.automatic")) + "\n");
    }

    /** The deadline was extended; the citizen hears by the new deadline. */
    public MailText extended(String reference, String caseTypeNameKey, String reason, LocalDate newDeadline, String link) {
        return new MailText(text("mail.extended.subject", reference), String.join("\n\n",
                text("mail.greeting"),
                text("mail.extended.body", reference, domainText(caseTypeNameKey)),
                reason,
                text("mail.extended.deadline", dateInWords(newDeadline)),
                text("mail.link", link),
                text("mail.closing"),
                text("mail.automatic")) + "\n");
    }

    /**
     * The confirmation of a submitted intake: its reference, each case with its deadline in words.
     *
     * @param intakeReference the intake reference
     * @param cases           the cases opened
     * @param receiptAttached whether the PDF receipt is attached
     * @param link            the link to Mijn zaken
     */
    public MailText intakeConfirmation(String intakeReference, List<CaseSummary> cases, boolean receiptAttached,
                                       String link) {
        StringBuilder list = new StringBuilder();
        for (CaseSummary summary : cases) {
            if (!list.isEmpty()) {
                list.append('\n');
            }
            list.append(text(summary.urgent() ? "mail.intake.case.urgent" : "mail.intake.case",
                    domainText(summary.domain().getMessageKey()), summary.reference(), dateInWords(summary.deadline())));
        }
        StringBuilder body = new StringBuilder(String.join("\n\n",
                text("mail.greeting"),
                text("mail.intake.body", intakeReference),
                list.toString(),
                text("mail.intake.next")));
        if (receiptAttached) {
            body.append("\n\n").append(text("mail.intake.receipt"));
        }
        body.append("\n\n").append(String.join("\n\n", text("mail.link", link), text("mail.closing"),
                text("mail.automatic"))).append('\n');
        return new MailText(text("mail.intake.subject", intakeReference), body.toString());
    }

    /** @return the file name of the attached receipt, e.g. {@code ontvangstbewijs-I-2026-000042.pdf} */
    public String receiptFileName(String intakeReference) {
        return text("mail.intake.attachment", intakeReference);
    }

    /**
     * A deadline warning to a staff member.
     *
     * @param event           due soon or overdue
     * @param staffName       the recipient's display name
     * @param reference       the case reference
     * @param caseTypeNameKey the case type's name key
     * @param deadline        the deadline
     * @param teamName        the team, when the mail goes to a team lead because nobody is assigned;
     *                        {@code null} when it goes to the assignee
     * @param link            the link to the worklist
     */
    public MailText deadlineWarning(DeadlineEvent event, String staffName, String reference, String caseTypeNameKey,
                                    LocalDate deadline, String teamName, String link) {
        Objects.requireNonNull(event, "event");
        String date = dateInWords(deadline);
        return new MailText(text("mail.deadline.subject." + event.name(), reference, date), String.join("\n\n",
                text("mail.deadline.greeting", staffName),
                text("mail.deadline.body." + event.name(), reference, domainText(caseTypeNameKey), date),
                teamName == null ? text("mail.deadline.assignee") : text("mail.deadline.unassigned", teamName),
                text("mail.deadline.link", link)) + "\n");
    }

    /** @return the date in words, e.g. {@code 12 januari 2027} */
    public String dateInWords(LocalDate date) {
        return ReceiptPdf.dateInWords(date, locale);
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private String domainText(String key) {
        try {
            return domain.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
