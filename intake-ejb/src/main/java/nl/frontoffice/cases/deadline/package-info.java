/**
 * The deadline watch: an EJB timer ({@link nl.frontoffice.cases.deadline.DeadlineWatch}) that flags
 * open cases approaching (due soon) or past (overdue) their deadline and mails the assignee, or the
 * team leads of the case's team when nobody is assigned. Each case, event and deadline is reported
 * once: the report is a row with a unique key in {@code case_deadline_notice}, written in the same
 * transaction as its mails ({@link nl.frontoffice.cases.deadline.DeadlineNotifier}), so a restart or
 * a second cluster member never reports it again.
 */
package nl.frontoffice.cases.deadline;
