/**
 * Cases ("zaken"): what the municipality does with a citizen's question for help until it is
 * decided and closed.
 *
 * <p>{@link nl.frontoffice.domain.cases.CaseType case types} and their
 * {@link nl.frontoffice.domain.cases.CaseStatus statuses} are <em>data, not code</em>: they are
 * inserted by Flyway migrations (see {@code V2__case_types_and_statuses.sql}) and cached read-only.
 * A new kind of case is a migration, not a release of new classes.
 *
 * <p>{@link nl.frontoffice.domain.cases.CaseFile} is the case itself (named so because
 * {@code CASE} is a reserved word in JPQL and SQL). It is opened from an intake with
 * {@link nl.frontoffice.domain.cases.CaseFile#open CaseFile.open(...)}, gets its deadline from its
 * case type's {@link nl.frontoffice.domain.calendar.DeadlineRule}, and records every status change
 * as a {@link nl.frontoffice.domain.cases.CaseStatusChange}. Invalid status changes throw a
 * {@link nl.frontoffice.domain.cases.CaseStatusTransitionException}.
 *
 * <p>Back-office handling (migration {@code V7}): a case is assigned, moved to the next status,
 * suspended and resumed (the deadline moves by the suspended working days), extended once, and gets
 * its {@link nl.frontoffice.domain.cases.DecisionOutcome decision}; every step is a history entry of
 * its {@link nl.frontoffice.domain.cases.CaseEventKind kind}. Staff write internal
 * {@link nl.frontoffice.domain.cases.CaseNote notes}. {@link nl.frontoffice.domain.cases.DeadlineState}
 * says where an open case stands against its deadline; the deadline watch records each report in a
 * {@link nl.frontoffice.domain.cases.DeadlineNotice} so that none is made twice.
 */
package nl.frontoffice.domain.cases;
