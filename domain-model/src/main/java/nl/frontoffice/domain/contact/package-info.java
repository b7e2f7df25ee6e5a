/**
 * Contact moments ("klantcontacten"): every time a citizen and the municipality are in touch - a
 * phone call to the contact centre, a visit to the counter, an e-mail - a staff member records what
 * it was about and how it ended, and links it to the cases it concerned. When a question cannot be
 * answered straight away, a {@link nl.frontoffice.domain.contact.CallbackRequest} asks a team to
 * call the citizen back by a date.
 */
package nl.frontoffice.domain.contact;
