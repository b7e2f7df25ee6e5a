package nl.frontoffice.domain.intake;

import java.util.List;

import nl.frontoffice.domain.shared.DomainException;

/**
 * The intake cannot be submitted yet: one or more fields must be fixed. The message key of the
 * exception itself ({@value #KEY}) is the summary ("Controleer de gemarkeerde velden"); every
 * {@link #getProblems() problem} says which field and how to fix it. Nothing is stored or lost:
 * the draft stays as it was.
 */
public class IntakeValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** The summary message key. */
    public static final String KEY = "intake.invalid";

    private final List<FieldProblem> problems;

    /**
     * @param problems what to fix, at least one
     */
    public IntakeValidationException(List<FieldProblem> problems) {
        super(KEY, problems.size());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** @return the fields to fix, in the order of the wizard */
    public List<FieldProblem> getProblems() {
        return problems;
    }
}
