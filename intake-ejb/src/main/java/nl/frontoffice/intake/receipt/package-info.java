/**
 * The PDF receipt of an intake: everything the citizen sent, the references and the deadlines in
 * plain words, as a tagged PDF (title, language, structure) made with Apache PDFBox.
 */
package nl.frontoffice.intake.receipt;
