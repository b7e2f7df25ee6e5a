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
 * <p>The intake wizard: {@link nl.frontoffice.domain.intake.IntakeCatalogue} says what it asks
 * (life areas in plain Dutch, their questions, a question per child, the urgency questions of the
 * debts area) and checks the answers; {@link nl.frontoffice.domain.intake.IntakeForm} is everything
 * the citizen entered, kept in an {@link nl.frontoffice.domain.intake.IntakeDraft} until it is
 * submitted and then with the {@link nl.frontoffice.domain.intake.Intake};
 * {@link nl.frontoffice.domain.intake.AttachmentPolicy} accepts PDF, JPEG and PNG files by content
 * ({@link nl.frontoffice.domain.intake.IntakeAttachment}).
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
