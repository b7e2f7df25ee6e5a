/**
 * The intake benchmark (issue 4): intakes with three questions in three domains submitted through
 * the service layer ({@link nl.frontoffice.intake.IntakeService#submit}) next to the same rows written
 * by one bare JDBC transaction per intake ({@link nl.frontoffice.bench.intake.BareIntakeSubmission}),
 * at increasing concurrency, on the same datasource and connection pool.
 */
package nl.frontoffice.bench.intake;
