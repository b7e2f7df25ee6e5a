package nl.frontoffice.domain.intake;

/**
 * Why a question for help cannot wait: the situations in which the Wet gemeentelijke
 * schuldhulpverlening (art. 4a) requires a first conversation within three working days. Stored by
 * name in table {@code intake_question_urgency}.
 */
public enum UrgencyReason {

    /** The citizen is about to be evicted from his home. */
    EVICTION,
    /** The energy supply is about to be cut off. */
    ENERGY_CUT_OFF,
    /** The water supply is about to be cut off. */
    WATER_CUT_OFF,
    /** The health insurance has ended or is about to end. */
    HEALTH_INSURANCE_ENDED;

    /**
     * @return the resource-bundle key of the reason's description, e.g. {@code urgency.EVICTION}
     */
    public String getMessageKey() {
        return "urgency." + name();
    }
}
