/**
 * The intake wizard of the personal area ({@code /mijn/aanvraag/}): one page per
 * {@link nl.frontoffice.portal.intake.WizardStep}, all backed by
 * {@link nl.frontoffice.portal.intake.IntakeWizardView}, which starts every request from the draft
 * on the server; the confirmation page ({@link nl.frontoffice.portal.intake.IntakeDoneView}) and the
 * PDF receipt ({@link nl.frontoffice.portal.intake.ReceiptServlet}).
 */
package nl.frontoffice.portal.intake;
