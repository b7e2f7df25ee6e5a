/**
 * Contact moments ("klantcontacten"): every time a citizen and the municipality are in touch - a
 * phone call to the contact centre, a visit to the counter, an e-mail - a staff member records what
 * it was about and how it ended, and links it to the cases it concerned.
 */
package nl.frontoffice.domain.contact;
