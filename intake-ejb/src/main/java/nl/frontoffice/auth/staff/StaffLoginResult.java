package nl.frontoffice.auth.staff;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link StaffAuthentication#authenticate(String, char[])}: the outcome to tell the
 * user and, for an accepted login, the staff member's access.
 *
 * @param outcome accepted, refused or locked
 * @param access  the staff member's access when accepted, else {@code null}
 */
public record StaffLoginResult(StaffLoginOutcome outcome, StaffAccess access) {

    public StaffLoginResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == StaffLoginOutcome.ACCEPTED) != (access != null)) {
            throw new IllegalArgumentException("access comes with an accepted login, and only then");
        }
    }

    static StaffLoginResult accepted(StaffAccess access) {
        return new StaffLoginResult(StaffLoginOutcome.ACCEPTED, Objects.requireNonNull(access, "access"));
    }

    static StaffLoginResult refused() {
        return new StaffLoginResult(StaffLoginOutcome.REFUSED, null);
    }

    static StaffLoginResult locked() {
        return new StaffLoginResult(StaffLoginOutcome.LOCKED, null);
    }

    /** @return the access of an accepted login */
    public Optional<StaffAccess> acceptedAccess() {
        return Optional.ofNullable(access);
    }
}
