package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.shared.DomainException;

/**
 * The draft was changed elsewhere (another browser tab, or a staff member) since the version the
 * caller saw: its changes are refused rather than silently overwrite the other ones. The caller
 * loads the draft again and shows it. Message key {@value #KEY}.
 */
public class DraftConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** The message key. */
    public static final String KEY = "intake.draft.conflict";

    /** A conflict. */
    public DraftConflictException() {
        super(KEY);
    }
}
