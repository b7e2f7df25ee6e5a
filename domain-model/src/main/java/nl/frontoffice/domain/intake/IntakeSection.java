package nl.frontoffice.domain.intake;

/**
 * The parts of the intake wizard whose fields are checked together, so the portal can check one
 * step before it moves on ({@link IntakeCatalogue#check(IntakeForm, IntakeSection)}).
 */
public enum IntakeSection {

    /** Personal data and contact details ({@code person.*}, {@code contact.*}). */
    ABOUT_YOU,
    /** The chosen life areas and their questions ({@code areas}, {@code answer.<area>.*}). */
    QUESTIONS,
    /** The household and urgency questions ({@code answer.jeugd.child.*}, {@code answer.schulden.urgency.*}). */
    SITUATION,
    /** Consent to share per domain ({@code consent.<DOMAIN>}). */
    CONSENT
}
