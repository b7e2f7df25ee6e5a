package nl.frontoffice.citizens;

import java.util.List;

import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.shared.DomainException;

/**
 * A citizen search that cannot be run: {@link #getProblems()} says what to fix per field.
 */
public class CitizenQueryException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    /** @param problems what to fix, at least one */
    public CitizenQueryException(List<FieldProblem> problems) {
        super(CitizenQuery.INVALID);
        this.problems = List.copyOf(problems);
    }

    /** @return what to fix, per field */
    public List<FieldProblem> getProblems() {
        return problems;
    }
}
