package nl.frontoffice.domain.citizen;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A citizen who contacted us: identified by his {@link Bsn}, with the {@link ContactDetails} he gave
 * us.
 *
 * <p>Name, address and date of birth are deliberately absent: they belong to the BRP
 * (Basisregistratie Personen) and are fetched from it when needed; a copy here would go stale and
 * would be personal data we have no need to keep.
 *
 * <p>Usage: {@code Citizen.register(Bsn.of("999993847"), now)}.
 */
@Entity
@Table(name = "citizen")
public class Citizen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citizen_seq")
    @SequenceGenerator(name = "citizen_seq", sequenceName = "citizen_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @Column(name = "bsn", nullable = false, unique = true, updatable = false, length = 9)
    private Bsn bsn;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "phone", column = @Column(name = "phone", length = 20)),
            @AttributeOverride(name = "email", column = @Column(name = "email", length = 254))
    })
    private ContactDetails contactDetails;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Citizen() {
    }

    private Citizen(Bsn bsn, Instant createdAt) {
        this.bsn = Objects.requireNonNull(bsn, "bsn");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.contactDetails = ContactDetails.none();
    }

    /**
     * A citizen we meet for the first time.
     *
     * @param bsn the citizen's BSN (verified by the login or by a staff member)
     * @param now the moment of registration
     */
    public static Citizen register(Bsn bsn, Instant now) {
        return new Citizen(bsn, now);
    }

    /**
     * The citizen gave us a new phone number and/or e-mail address.
     *
     * @param newContactDetails the details as the citizen gave them; {@link ContactDetails#none()} to forget them
     */
    public void updateContactDetails(ContactDetails newContactDetails) {
        this.contactDetails = Objects.requireNonNull(newContactDetails, "newContactDetails");
    }

    public Long getId() {
        return id;
    }

    public Bsn getBsn() {
        return bsn;
    }

    /** @return the contact details; empty (never {@code null}) when none are known */
    public ContactDetails getContactDetails() {
        return contactDetails == null ? ContactDetails.none() : contactDetails;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return whether this is the citizen with that BSN */
    public boolean hasBsn(Bsn other) {
        return bsn.equals(other);
    }

    @Override
    public String toString() {
        return "Citizen[id=" + id + ", bsn=" + bsn + "]";
    }
}
