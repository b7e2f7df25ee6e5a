package nl.frontoffice.domain.cases;

/**
 * The outcome of the decision on a case ("besluit"). Stored by name in
 * {@code case_file.decision_outcome}.
 */
public enum DecisionOutcome {

    /** The help asked for is granted. */
    GRANTED,
    /** Part of the help asked for is granted. */
    PARTLY_GRANTED,
    /** The help asked for is refused. */
    REFUSED,
    /** The request is not considered, e.g. information was not supplied in time. */
    NOT_CONSIDERED,
    /** The citizen withdrew the request. */
    WITHDRAWN;

    /** @return the bundle key of the outcome's name, e.g. {@code decision.GRANTED} */
    public String getMessageKey() {
        return "decision." + name();
    }
}
