/**
 * "Mijn zaken" for citizens: the list of their cases and a page per case with its status history,
 * what happens next, the contact person, what they sent and the files
 * ({@link nl.frontoffice.portal.cases.MyCasesView}, {@link nl.frontoffice.portal.cases.AttachmentServlet}).
 */
package nl.frontoffice.portal.cases;
