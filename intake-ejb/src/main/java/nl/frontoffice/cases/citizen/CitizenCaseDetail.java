package nl.frontoffice.cases.citizen;

import java.util.List;

/**
 * A case page in Mijn zaken: the case, what happens next, its history as the citizen may see it,
 * and what we wait for while it is suspended. What the citizen sent is read with the intake
 * reference through {@code IntakeService.findForCitizen}.
 *
 * @param summary          the case
 * @param nextStepKey      "what happens next", e.g. {@code nextstep.IN_PROGRESS}
 * @param history          the steps, oldest first
 * @param suspensionReason what we wait for, or {@code null} when not suspended
 * @param extended         whether the deadline was extended
 * @param extensionReason  why, or {@code null}
 */
public record CitizenCaseDetail(CitizenCase summary, String nextStepKey, List<CitizenHistoryEntry> history,
                                String suspensionReason, boolean extended, String extensionReason) {

    public CitizenCaseDetail {
        history = List.copyOf(history);
    }

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public CitizenCase getSummary() {
        return summary;
    }

    public String getNextStepKey() {
        return nextStepKey;
    }

    public List<CitizenHistoryEntry> getHistory() {
        return history;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public boolean isExtended() {
        return extended;
    }

    public String getExtensionReason() {
        return extensionReason;
    }
}
