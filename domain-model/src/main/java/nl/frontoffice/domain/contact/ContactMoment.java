package nl.frontoffice.domain.contact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.cases.CaseFile;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.domain.shared.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact moment ("klantcontact"): a citizen and the municipality were in touch through a
 * {@link Channel}; a staff member (or the system) records the subject and the outcome, and links
 * the cases it was about.
 *
 * <p>Usage: {@code ContactMoment.register(citizen, Channel.PHONE, "Vraag over status", "Uitgelegd ...", occurredAt, staff.asActor())},
 * then {@code linkCase(caseFile)}.
 */
@Entity
@Table(name = "contact_moment")
public class ContactMoment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest subject that can be stored. */
    public static final int SUBJECT_MAX_LENGTH = 200;
    /** The longest outcome that can be stored. */
    public static final int OUTCOME_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_moment_seq")
    @SequenceGenerator(name = "contact_moment_seq", sequenceName = "contact_moment_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "citizen_id", nullable = false, updatable = false)
    private Citizen citizen;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @NotBlank(message = "{nl.frontoffice.contact.subject.required}")
    @Size(max = SUBJECT_MAX_LENGTH, message = "{nl.frontoffice.contact.subject.size}")
    @Column(name = "subject", nullable = false, length = SUBJECT_MAX_LENGTH)
    private String subject;

    @Size(max = OUTCOME_MAX_LENGTH, message = "{nl.frontoffice.contact.outcome.size}")
    @Column(name = "outcome", length = OUTCOME_MAX_LENGTH)
    private String outcome;

    @NotNull
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "registered_by_type", nullable = false, updatable = false, length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "registered_by_identifier", nullable = false, updatable = false, length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "registered_by_name", nullable = false, updatable = false, length = 200))
    })
    private Actor registeredBy;

    @ManyToMany
    @JoinTable(name = "contact_moment_case",
            joinColumns = @JoinColumn(name = "contact_moment_id"),
            inverseJoinColumns = @JoinColumn(name = "case_file_id"))
    private List<CaseFile> cases = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected ContactMoment() {
    }

    private ContactMoment(Citizen citizen, Channel channel, Instant occurredAt, Actor registeredBy) {
        this.citizen = Objects.requireNonNull(citizen, "citizen");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.registeredBy = Objects.requireNonNull(registeredBy, "registeredBy");
    }

    /**
     * Records a contact moment.
     *
     * @param citizen      the citizen who was in touch
     * @param channel      how
     * @param subject      what it was about, at most {@value #SUBJECT_MAX_LENGTH} characters
     * @param outcome      how it ended, may be {@code null}; at most {@value #OUTCOME_MAX_LENGTH} characters
     * @param occurredAt   when it happened
     * @param registeredBy who records it
     * @return the contact moment (not yet stored)
     */
    public static ContactMoment register(Citizen citizen, Channel channel, String subject, String outcome,
                                         Instant occurredAt, Actor registeredBy) {
        ContactMoment contactMoment = new ContactMoment(citizen, channel, occurredAt, registeredBy);
        contactMoment.describe(subject, outcome);
        return contactMoment;
    }

    /**
     * Corrects what the contact was about and how it ended.
     *
     * @param newSubject what it was about
     * @param newOutcome how it ended, may be {@code null}
     */
    public void describe(String newSubject, String newOutcome) {
        if (newSubject == null || newSubject.isBlank()) {
            throw new IllegalArgumentException("subject is required");
        }
        this.subject = newSubject.strip();
        this.outcome = newOutcome == null || newOutcome.isBlank() ? null : newOutcome.strip();
    }

    /**
     * Links a case of the same citizen this contact was about (linking it twice has no effect).
     *
     * @param caseFile a case of the same citizen
     * @throws DomainException {@code contact.case.other.citizen} when the case is another citizen's
     */
    public void linkCase(CaseFile caseFile) {
        Objects.requireNonNull(caseFile, "caseFile");
        if (!caseFile.getCitizen().hasBsn(citizen.getBsn())) {
            throw new DomainException("contact.case.other.citizen");
        }
        if (!cases.contains(caseFile)) {
            cases.add(caseFile);
        }
    }

    /** Removes the link with a case. */
    public void unlinkCase(CaseFile caseFile) {
        cases.remove(caseFile);
    }

    public Long getId() {
        return id;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getSubject() {
        return subject;
    }

    /** @return how the contact ended, if recorded */
    public Optional<String> getOutcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Actor getRegisteredBy() {
        return registeredBy;
    }

    /** @return the linked cases (read-only) */
    public List<CaseFile> getCases() {
        return Collections.unmodifiableList(cases);
    }

    @Override
    public String toString() {
        return "ContactMoment[id=" + id + ", channel=" + channel + ", occurredAt=" + occurredAt + "]";
    }
}
