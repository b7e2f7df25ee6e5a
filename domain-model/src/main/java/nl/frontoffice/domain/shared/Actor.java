package nl.frontoffice.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who did something: the citizen, a staff member or the system. Embedded wherever an action is
 * recorded (who submitted an intake, who changed a status, who registered a contact moment), with
 * its columns renamed per use ({@code author_type}, {@code changed_by_type} ...).
 *
 * <p>The identifier is a staff member's username, the word {@code citizen} or the word
 * {@code system}; it is <strong>never a BSN</strong>: the citizen concerned is always known from the
 * record itself, and an actor may be shown and logged. The display name is what a person reads in a
 * history ("J. de Vries", "Inwoner", "Frontoffice").
 *
 * <p>Usage: {@code Actor.staff("jdevries", "J. de Vries")}, {@code Actor.citizen("Inwoner")},
 * {@code Actor.system()}.
 */
@Embeddable
public class Actor implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The identifier of every citizen actor. */
    public static final String CITIZEN_IDENTIFIER = "citizen";
    /** The identifier of every system actor. */
    public static final String SYSTEM_IDENTIFIER = "system";

    private static final Pattern LOOKS_LIKE_A_BSN = Pattern.compile(".*\\d{8,}.*");

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, length = 20)
    private ActorType type;

    @NotBlank
    @Size(max = 100)
    @Column(name = "actor_identifier", nullable = false, length = 100)
    private String identifier;

    @NotBlank
    @Size(max = 200)
    @Column(name = "actor_name", nullable = false, length = 200)
    private String displayName;

    /** For JPA only. */
    protected Actor() {
    }

    private Actor(ActorType type, String identifier, String displayName) {
        this.type = Objects.requireNonNull(type, "type");
        this.identifier = requireText(identifier, "identifier", 100);
        this.displayName = requireText(displayName, "displayName", 200);
        if (LOOKS_LIKE_A_BSN.matcher(this.identifier).matches()
                || LOOKS_LIKE_A_BSN.matcher(this.displayName).matches()) {
            // never echo the value: it may be a BSN
            throw new IllegalArgumentException("An actor must not contain a number of 8 or more digits (a BSN?)");
        }
    }

    /**
     * The citizen himself.
     *
     * @param displayName how the citizen is shown in histories, e.g. "Inwoner" or "J. Jansen"
     */
    public static Actor citizen(String displayName) {
        return new Actor(ActorType.CITIZEN, CITIZEN_IDENTIFIER, displayName);
    }

    /**
     * A staff member.
     *
     * @param username    the staff member's username (login name)
     * @param displayName the staff member's name as shown to colleagues
     */
    public static Actor staff(String username, String displayName) {
        return new Actor(ActorType.STAFF, username, displayName);
    }

    /** The system itself, shown as "Frontoffice". */
    public static Actor system() {
        return system("Frontoffice");
    }

    /**
     * The system itself.
     *
     * @param displayName the part of the system that acted, e.g. "Termijnbewaking"
     */
    public static Actor system(String displayName) {
        return new Actor(ActorType.SYSTEM, SYSTEM_IDENTIFIER, displayName);
    }

    private static String requireText(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }

    public ActorType getType() {
        return type;
    }

    public String getIdentifier() {
        return identifier;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** @return whether this actor is the staff member with this username */
    public boolean isStaffMember(String username) {
        return type == ActorType.STAFF && identifier.equals(username);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Actor that
                && type == that.type
                && Objects.equals(identifier, that.identifier)
                && Objects.equals(displayName, that.displayName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, identifier, displayName);
    }

    @Override
    public String toString() {
        return type + ":" + identifier;
    }
}
