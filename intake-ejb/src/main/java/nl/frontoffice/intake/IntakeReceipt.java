package nl.frontoffice.intake;

import java.time.Instant;
import java.util.List;

import nl.frontoffice.cases.CaseSummary;
import nl.frontoffice.domain.intake.Intake;

/**
 * What the citizen is told after registering: the intake's reference and the cases it opened, each
 * with its reference and deadline.
 */
public record IntakeReceipt(String reference, Instant submittedAt, List<CaseSummary> cases) {

    public IntakeReceipt {
        cases = List.copyOf(cases);
    }

    static IntakeReceipt of(Intake intake) {
        return new IntakeReceipt(intake.getReference(), intake.getSubmittedAt(),
                intake.getCases().stream().map(CaseSummary::of).toList());
    }
}
