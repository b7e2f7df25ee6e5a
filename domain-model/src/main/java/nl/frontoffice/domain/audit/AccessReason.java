package nl.frontoffice.domain.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a staff member looks at a citizen's personal data: a purpose code and, for
 * {@link AccessPurpose#OTHER} required, a short explanation in words (at most
 * {@value PersonalDataAccess#PURPOSE_NOTE_MAX_LENGTH} characters, no number that may be a BSN).
 *
 * <p>Usage: {@code AccessReason.of(AccessPurpose.PHONE_CONTACT)}, {@code AccessReason.other("bezwaar")}.
 *
 * @param purpose the purpose, not {@code null}
 * @param note    the explanation, or {@code null}
 */
public record AccessReason(AccessPurpose purpose, String note) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Message key: the reason is missing or not valid. */
    public static final String INVALID = "audit.reason.invalid";

    /** Strips the note (blank: {@code null}) and checks the pair. */
    public AccessReason {
        Objects.requireNonNull(purpose, "purpose");
        note = note == null || note.isBlank() ? null : note.strip();
        if (!PersonalDataAccess.isValidPurpose(purpose, note)) {
            throw new IllegalArgumentException("not a valid access reason (OTHER needs a note; at most "
                    + PersonalDataAccess.PURPOSE_NOTE_MAX_LENGTH + " characters; no BSN)");
        }
    }

    /** @return a reason without explanation */
    public static AccessReason of(AccessPurpose purpose) {
        return new AccessReason(purpose, null);
    }

    /** @return the purpose OTHER with its explanation */
    public static AccessReason other(String note) {
        return new AccessReason(AccessPurpose.OTHER, note);
    }
}
