package nl.frontoffice.notification;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.frontoffice.domain.intake.Intake;
import nl.frontoffice.domain.intake.IntakeRepository;
import nl.frontoffice.intake.IntakeService;
import nl.frontoffice.intake.IntakeSubmitted;
import nl.frontoffice.intake.SubmittedIntake;
import nl.frontoffice.intake.receipt.ReceiptPdf;
import nl.frontoffice.platform.mail.MailCategory;
import nl.frontoffice.platform.mail.MailOutbox;
import nl.frontoffice.platform.mail.OutgoingMail;

/**
 * The confirmation mail of a submitted intake: the intake's reference, each case with its deadline
 * in words, a link to Mijn zaken and the PDF receipt attached.
 *
 * <p>{@link IntakeSubmitted} is fired synchronously inside {@code IntakeService.submit}'s
 * transaction, so this plain observer queues the mail in that transaction: a rolled-back submission
 * mails nothing, and the key {@code intake-confirmation:<intake id>} queues it once. When the
 * citizen gave no e-mail address nothing is sent. Should the PDF fail to render, the mail goes
 * without it rather than failing the submission.
 */
@ApplicationScoped
public class IntakeConfirmationMail {

    private static final Logger LOG = Logger.getLogger(IntakeConfirmationMail.class.getName());

    @EJB
    private MailOutbox outbox;

    @EJB
    private IntakeService intakeService;

    @Inject
    private IntakeRepository intakes;

    @Inject
    private NotificationSettings settings;

    void onSubmitted(@Observes IntakeSubmitted submitted) {
        if (submitted.email() == null || submitted.email().isBlank()) {
            LOG.fine(() -> "Intake " + submitted.intakeReference() + ": no e-mail address, no confirmation mail");
            return;
        }
        Intake intake = intakes.findByReference(submitted.intakeReference())
                .orElseThrow(() -> new IllegalStateException("Submitted intake not found: " + submitted.intakeReference()));
        NotificationTexts texts = NotificationTexts.in(settings.locale());
        Optional<byte[]> receipt = receipt(submitted, texts);
        MailText text = texts.intakeConfirmation(submitted.intakeReference(), submitted.cases(), receipt.isPresent(),
                settings.mijnZakenUrl());
        OutgoingMail mail = OutgoingMail.text(confirmationKey(intake.getId()), MailCategory.INTAKE_CONFIRMATION,
                submitted.email().strip(), text.subject(), text.body());
        if (receipt.isPresent()) {
            mail = mail.withAttachment(new OutgoingMail.Attachment(texts.receiptFileName(submitted.intakeReference()),
                    "application/pdf", receipt.get()));
        }
        outbox.queue(mail);
    }

    /** @return the idempotency key of an intake's confirmation */
    public static String confirmationKey(long intakeId) {
        return "intake-confirmation:" + intakeId;
    }

    private Optional<byte[]> receipt(IntakeSubmitted submitted, NotificationTexts texts) {
        Optional<SubmittedIntake> sent = intakeService.findForCitizen(submitted.citizen(), submitted.intakeReference());
        if (sent.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReceiptPdf.render(sent.get(), texts.locale()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Receipt of intake " + submitted.intakeReference()
                    + " could not be rendered; the confirmation goes without it (" + e.getClass().getName() + ")");
            return Optional.empty();
        }
    }
}
