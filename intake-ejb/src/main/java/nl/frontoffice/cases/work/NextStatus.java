package nl.frontoffice.cases.work;

/**
 * The status a case can move to next.
 *
 * @param code             the status code, to pass to {@link CaseHandlingService#moveToStatus}
 * @param nameKey          bundle key of its name
 * @param requiresDecision whether the decision must be recorded first
 * @param terminal         whether the move closes the case
 */
public record NextStatus(String code, String nameKey, boolean requiresDecision, boolean terminal) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public String getCode() {
        return code;
    }

    public String getNameKey() {
        return nameKey;
    }

    public boolean isRequiresDecision() {
        return requiresDecision;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
