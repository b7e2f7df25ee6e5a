/**
 * Cases (zaken): what happens to each question for help after the intake.
 *
 * <ul>
 *   <li>{@link nl.frontoffice.cases.citizen.CitizenCaseService} (role {@code CITIZEN}): Mijn zaken, a
 *       citizen's own cases, their status as citizens see it, the history, the contact person, what
 *       happens next;</li>
 *   <li>{@link nl.frontoffice.cases.work.CaseHandlingService} (staff roles): the worklist, filtered,
 *       sorted and paged in the database; the case page; claim, assign, next status, suspend and
 *       resume, extend once, decision, internal notes; every call checked by role and by the domains
 *       of the caller's teams ({@link nl.frontoffice.cases.work.CaseAccessPolicy}); opening a case is
 *       written to the audit trail of views of personal data;</li>
 *   <li>{@link nl.frontoffice.cases.work.CaseIntakeService} (staff roles, only with the case's details): what
 *       the citizen sent with the case's intake (the answers of the case's domain, the shared parts, the
 *       files), each view and download audited;</li>
 *   <li>{@link nl.frontoffice.cases.work.TeamDashboardService} (role {@code TEAMLEIDER}): numbers per
 *       status and domain, overdue, median handling time;</li>
 *   <li>{@link nl.frontoffice.cases.deadline.DeadlineWatch}: the timer that warns about due and
 *       overdue cases, once per case, event and deadline;</li>
 *   <li>{@link nl.frontoffice.cases.CaseService}: the small internal service of the first increment
 *       (list, change a status as a given actor) that the demo data and the intake tests use. It checks
 *       no caller: the portal uses the services above.</li>
 * </ul>
 * Mails to citizens and staff are queued by {@code nl.frontoffice.notification} in the same
 * transaction. Settings: {@link nl.frontoffice.cases.CaseSettings}.
 */
package nl.frontoffice.cases;
