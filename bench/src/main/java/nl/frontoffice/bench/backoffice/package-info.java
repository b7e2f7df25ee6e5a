/**
 * The back-office benchmark (issue 5, "Scale"): on a database of 100,000 citizens and 1,000,000 cases
 * (made by the runner's generator), the worklist page, a filtered worklist and the citizen timeline
 * through the services ({@link nl.frontoffice.cases.work.CaseHandlingService#worklist},
 * {@link nl.frontoffice.citizens.CitizenViewService#timeline}) as real staff callers, next to bare JDBC
 * that fetches the same rows on the same datasource. Benchmark WAR only: the staff log-in here
 * ({@link nl.frontoffice.bench.backoffice.BenchStaffAuthentication}) is never part of the application.
 */
package nl.frontoffice.bench.backoffice;
