/**
 * Intakes ("aanmeldingen"): a citizen, or a staff member for him, asks the municipality for help
 * with one or more {@link nl.frontoffice.domain.intake.Question questions} ("hulpvragen"), each in
 * a social domain, in the citizen's own words, possibly with reasons that make it urgent.
 *
 * <p>The domain rule {@link nl.frontoffice.domain.intake.Intake#openCases Intake.openCases(...)}
 * turns an intake into cases: one case per domain among its questions (questions in the same
 * domain share a case), urgent when any of its questions is urgent and its case type has an urgent
 * deadline.
 *
 * <p>Typical use in a service (one transaction):
 * <pre>{@code
 * Intake intake = Intake.submit(citizen, Channel.WEB, Actor.citizen("Inwoner"), drafts, now);
 * em.persist(intake);                                  // id from the sequence
 * intake.assignReference(year, intake.getId());
 * for (CaseFile caseFile : intake.openCases(caseTypes::intakeDefaultOf, intake.getSubmissionDate(),
 *                                          WorkingDayCalendar.netherlands(), Actor.system(), now)) {
 *     em.persist(caseFile);
 *     caseFile.assignReference(year, caseFile.getId());
 * }
 * }</pre>
 */
package nl.frontoffice.domain.intake;
