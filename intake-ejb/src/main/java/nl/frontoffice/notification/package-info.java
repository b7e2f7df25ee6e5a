/**
 * E-mails about cases: to the citizen when a status change he should know of happens (and when his
 * case is suspended or extended), the confirmation of a submitted intake with the PDF receipt, and
 * the deadline warnings to staff.
 *
 * <p>Every mail is queued in the mail outbox ({@code nl.frontoffice.platform.mail.MailOutbox}) in the
 * transaction of the change that causes it, under an idempotency key of that change, so a
 * rolled-back change mails nothing and no change mails twice:
 * <ul>
 *   <li>{@code case-status:<case id>:<history entry id>} for the citizen's status mails
 *       ({@link nl.frontoffice.notification.CaseNotifications});</li>
 *   <li>{@code intake-confirmation:<intake id>} for the confirmation
 *       ({@link nl.frontoffice.notification.IntakeConfirmationMail}, an observer of
 *       {@code nl.frontoffice.intake.IntakeSubmitted});</li>
 *   <li>{@code deadline:<case id>:<event>:<deadline>:<username>} for the deadline warnings.</li>
 * </ul>
 * The texts are in the bundle {@value nl.frontoffice.notification.NotificationTexts#BUNDLE} (Dutch,
 * English), plain language, with a link to the portal ({@link nl.frontoffice.notification.NotificationSettings}).
 * A mail never contains a BSN; keys and logs never contain an address.
 */
package nl.frontoffice.notification;
