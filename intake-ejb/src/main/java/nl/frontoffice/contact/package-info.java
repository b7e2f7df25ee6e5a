/**
 * The contact centre's channel (KCC): register a contact moment (a call, a visit at the counter, an
 * e-mail, a letter, the website) with the answer given and the cases it was about, ask a team to call
 * the citizen back (terugbelverzoek) by a deadline, and the team's list of open callback requests.
 * Starting an intake on the citizen's behalf is {@link nl.frontoffice.intake.IntakeDraftService} with
 * channel PHONE or COUNTER and the staff member as author.
 */
package nl.frontoffice.contact;
