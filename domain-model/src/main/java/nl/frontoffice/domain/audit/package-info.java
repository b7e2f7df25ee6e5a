/**
 * The audit trail of personal data: every time a staff member sees a citizen's personal data (a
 * search result, the citizen's timeline, data fetched from the BRP, a case page), one
 * {@link nl.frontoffice.domain.audit.PersonalDataAccess} row records who, which citizen, what, why
 * and when.
 *
 * <p>The trail is append-only: the repository ({@link nl.frontoffice.domain.audit.PersonalDataAccessRepository})
 * can only append and search, the entity has no setters, every column is {@code updatable = false},
 * and a JPA update or remove is refused by the entity's lifecycle callbacks. A functional
 * administrator (BEHEERDER) searches it; nobody changes it through the application.
 */
package nl.frontoffice.domain.audit;
