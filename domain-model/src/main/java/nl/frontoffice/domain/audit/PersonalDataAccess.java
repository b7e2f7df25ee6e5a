package nl.frontoffice.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.citizen.Bsn;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of the audit trail of personal data: who (a staff member's username) saw which
 * citizen's data (the BSN), what (the {@link PersonalDataEvent} and a reference to the object,
 * such as a case reference or the kind of search), why (an {@link AccessPurpose}, with words for
 * {@link AccessPurpose#OTHER}) and when.
 *
 * <p><strong>Why the BSN itself is stored.</strong> The trail exists to answer "who looked at this
 * citizen?" (a citizen's right of access under the AVG, a complaint, a BIO log review), also for
 * persons the application never stored (a BRP search hit) and years later. A keyed hash (HMAC)
 * would make the trail unsearchable the day the key is lost or rotated, and it protects little:
 * the same database holds the BSN in {@code citizen.bsn}, under the same access control. The BSN is
 * never written to a log line; only this table, which only a BEHEERDER can search.
 *
 * <p><strong>Append-only.</strong> No setters, every column {@code updatable = false}, no
 * {@code @Version}; {@link #refuseChange()} throws on any JPA update or remove, so a merge of a
 * changed row or an {@code em.remove} fails inside the transaction. On PostgreSQL the operator
 * should also revoke UPDATE and DELETE on the table from the application's role (see migration V8).
 */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest object reference. */
    public static final int OBJECT_REFERENCE_MAX_LENGTH = 100;
    /** The longest explanation of a purpose. */
    public static final int PURPOSE_NOTE_MAX_LENGTH = 200;

    private static final Pattern LOOKS_LIKE_A_BSN = Pattern.compile(".*\\d{8,}.*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "personal_data_access_seq")
    @SequenceGenerator(name = "personal_data_access_seq", sequenceName = "personal_data_access_seq", allocationSize = 50)
    @Column(name = "id", updatable = false)
    private Long id;

    @NotNull
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @NotBlank
    @Size(max = 100)
    @Column(name = "staff_username", nullable = false, updatable = false, length = 100)
    private String staffUsername;

    @NotNull
    @Column(name = "citizen_bsn", nullable = false, updatable = false, length = 9)
    private Bsn citizenBsn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private PersonalDataEvent event;

    @Size(max = OBJECT_REFERENCE_MAX_LENGTH)
    @Column(name = "object_reference", updatable = false, length = OBJECT_REFERENCE_MAX_LENGTH)
    private String objectReference;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "purpose_code", nullable = false, updatable = false, length = 30)
    private AccessPurpose purpose;

    @Size(max = PURPOSE_NOTE_MAX_LENGTH)
    @Column(name = "purpose_note", updatable = false, length = PURPOSE_NOTE_MAX_LENGTH)
    private String purposeNote;

    /** For JPA only. */
    protected PersonalDataAccess() {
    }

    /**
     * Records one view of a citizen's personal data.
     *
     * @param occurredAt      when
     * @param staffUsername   who: the staff member's username
     * @param citizenBsn      whose data
     * @param event           what
     * @param objectReference which object, e.g. {@code Z-2026-000123} or {@code POSTCODE_HOUSE_NUMBER}; may be
     *                        {@code null}; never a BSN or a name
     * @param purpose         why
     * @param purposeNote     the explanation; required for {@link AccessPurpose#OTHER}, else optional
     * @return the row (not yet stored)
     * @throws IllegalArgumentException when a required part is missing, a text is too long, the purpose OTHER
     *                                  has no explanation, or a reference or note contains a number that may be a BSN
     */
    public static PersonalDataAccess record(Instant occurredAt, String staffUsername, Bsn citizenBsn,
                                            PersonalDataEvent event, String objectReference, AccessPurpose purpose,
                                            String purposeNote) {
        PersonalDataAccess row = new PersonalDataAccess();
        row.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        row.staffUsername = text(staffUsername, "staffUsername", 100, true);
        row.citizenBsn = Objects.requireNonNull(citizenBsn, "citizenBsn");
        row.event = Objects.requireNonNull(event, "event");
        row.objectReference = text(objectReference, "objectReference", OBJECT_REFERENCE_MAX_LENGTH, false);
        row.purpose = Objects.requireNonNull(purpose, "purpose");
        row.purposeNote = text(purposeNote, "purposeNote", PURPOSE_NOTE_MAX_LENGTH, purpose == AccessPurpose.OTHER);
        return row;
    }

    /**
     * @param purpose the purpose
     * @param note    the explanation, may be {@code null}
     * @return whether the two make a valid purpose: OTHER needs words, a note is at most
     *         {@value #PURPOSE_NOTE_MAX_LENGTH} characters and holds no number of 8 or more digits
     */
    public static boolean isValidPurpose(AccessPurpose purpose, String note) {
        try {
            Objects.requireNonNull(purpose);
            text(note, "purposeNote", PURPOSE_NOTE_MAX_LENGTH, purpose == AccessPurpose.OTHER);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String text(String value, String what, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new IllegalArgumentException(what + " is required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        if (LOOKS_LIKE_A_BSN.matcher(stripped).matches()) {
            // never echo the value
            throw new IllegalArgumentException(what + " must not contain a number of 8 or more digits (a BSN?)");
        }
        return stripped;
    }

    /** The audit trail is append-only: any update or removal through JPA fails. */
    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new UnsupportedOperationException("The audit trail is append-only");
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public Bsn getCitizenBsn() {
        return citizenBsn;
    }

    public PersonalDataEvent getEvent() {
        return event;
    }

    public Optional<String> getObjectReference() {
        return Optional.ofNullable(objectReference);
    }

    public AccessPurpose getPurpose() {
        return purpose;
    }

    public Optional<String> getPurposeNote() {
        return Optional.ofNullable(purposeNote);
    }

    @Override
    public String toString() {
        return "PersonalDataAccess[id=" + id + ", " + event + " by " + staffUsername + " of " + citizenBsn + "]";
    }
}
