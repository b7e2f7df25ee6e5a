/**
 * Working days and legal deadlines.
 *
 * <p>{@link nl.frontoffice.domain.calendar.WorkingDayCalendar} knows which days are working days
 * under the Algemene termijnenwet: not a Saturday, not a Sunday and not one of the
 * {@link nl.frontoffice.domain.calendar.PublicHoliday public holidays} that act lists (Good Friday
 * is <em>not</em> one of them). {@link nl.frontoffice.domain.calendar.DeadlineRule} is the deadline
 * of a case type ("6 weeks", "3 working days") and computes the date on which a case must be
 * decided.
 *
 * <p>Everything here is pure and thread-safe, so it is tested without a container or database.
 */
package nl.frontoffice.domain.calendar;
