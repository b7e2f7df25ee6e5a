/**
 * The intake: one submission by or for a citizen with several questions, each domain's questions
 * opening one case with its statutory deadline, in one transaction.
 *
 * <ul>
 *   <li>{@link nl.frontoffice.intake.IntakeDraftService}: the wizard's drafts (save at every step,
 *       load to resume, discard), attachments checked by content;</li>
 *   <li>{@link nl.frontoffice.intake.IntakeService}: submit a draft (idempotent), register an intake
 *       directly, read back what a citizen sent and its PDF receipt;</li>
 *   <li>{@code receipt}: the tagged PDF receipt.</li>
 * </ul>
 * What the wizard asks (life areas, questions, checks) is the domain's
 * {@link nl.frontoffice.domain.intake.IntakeCatalogue}; its texts are in the bundle
 * {@code nl.frontoffice.domain.DomainMessages}.
 */
package nl.frontoffice.intake;
