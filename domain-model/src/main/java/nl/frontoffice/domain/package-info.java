/**
 * The domain model of the Frontoffice: the digital front office of the municipality for the
 * social domain (Wmo 2015, Jeugdwet, Participatiewet, schuldhulpverlening).
 *
 * <p>Packages by feature:
 * <ul>
 *   <li>{@link nl.frontoffice.domain.citizen} - the citizen as we know him: a BSN and the contact
 *       details he gave us (everything else belongs to the BRP);</li>
 *   <li>{@link nl.frontoffice.domain.intake} - an intake ("aanmelding") with its questions for help
 *       ("hulpvragen") and the rule that opens cases for it;</li>
 *   <li>{@link nl.frontoffice.domain.cases} - cases ("zaken"), their types and statuses as data, and
 *       the status history;</li>
 *   <li>{@link nl.frontoffice.domain.contact} - contact moments ("klantcontacten");</li>
 *   <li>{@link nl.frontoffice.domain.staff} - staff members and teams;</li>
 *   <li>{@link nl.frontoffice.domain.calendar} - working days and legal deadlines (Algemene
 *       termijnenwet);</li>
 *   <li>{@link nl.frontoffice.domain.shared} - small types used by all of the above.</li>
 * </ul>
 *
 * <p>Rules of the module: entities are mapped with the JPA API only (no provider-specific
 * annotations), use field access and change state through intention-revealing methods, never
 * setters. Flyway migrations under {@code db/migration} own the schema; the persistence unit
 * {@code frontoffice} never generates it. Repository interfaces live here, their JPA
 * implementations in {@code intake-ejb}. A BSN never appears in a log line, an exception message
 * or an {@link nl.frontoffice.domain.shared.Actor}.
 */
package nl.frontoffice.domain;
