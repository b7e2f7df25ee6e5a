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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.citizen.Citizen;
import nl.frontoffice.domain.citizen.ContactDetails;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.staff.Team;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A callback request ("terugbelverzoek"): the contact centre could not answer a citizen's question
 * straight away and asks a team to call the citizen back, by a date, on a phone number, about a
 * question. A member of that team {@link #complete completes} it with a note.
 *
 * <p>The deadline is a date: the request is due by the end of that day (Europe/Amsterdam); the
 * contact service's default is the next working day.
 *
 * <p>Usage: {@code CallbackRequest.request(citizen, team, "06 12345678", "Vraagt naar ...", dueDate, staff.asActor(), now)},
 * later {@code complete(colleague.asActor(), "Teruggebeld, uitgelegd ...", now)}.
 */
@Entity
@Table(name = "callback_request")
public class CallbackRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest question that can be stored. */
    public static final int QUESTION_MAX_LENGTH = 1000;
    /** The longest completion note that can be stored. */
    public static final int NOTE_MAX_LENGTH = 1000;
    /** The longest phone number that can be stored. */
    public static final int PHONE_MAX_LENGTH = 20;

    /** Message key: the request was completed before. */
    public static final String ALREADY_DONE = "contact.callback.done";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "callback_request_seq")
    @SequenceGenerator(name = "callback_request_seq", sequenceName = "callback_request_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "citizen_id", nullable = false, updatable = false)
    private Citizen citizen;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @NotBlank
    @Size(max = PHONE_MAX_LENGTH, message = "{nl.frontoffice.phone.invalid}")
    @Pattern(regexp = ContactDetails.PHONE_PATTERN, message = "{nl.frontoffice.phone.invalid}")
    @Column(name = "phone", nullable = false, length = PHONE_MAX_LENGTH)
    private String phone;

    @NotBlank
    @Size(max = QUESTION_MAX_LENGTH)
    @Column(name = "question", nullable = false, length = QUESTION_MAX_LENGTH)
    private String question;

    @NotNull
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_moment_id", updatable = false)
    private ContactMoment contactMoment;

    @NotNull
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "requested_by_type", nullable = false, updatable = false, length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "requested_by_identifier", nullable = false, updatable = false, length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "requested_by_name", nullable = false, updatable = false, length = 200))
    })
    private Actor requestedBy;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CallbackStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "completed_by_type", length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "completed_by_identifier", length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "completed_by_name", length = 200))
    })
    private Actor completedBy;

    @Size(max = NOTE_MAX_LENGTH)
    @Column(name = "completion_note", length = NOTE_MAX_LENGTH)
    private String completionNote;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected CallbackRequest() {
    }

    /**
     * Asks a team to call a citizen back.
     *
     * @param citizen     the citizen to call
     * @param team        the team that calls back
     * @param phone       the number to call, as {@link ContactDetails#PHONE_PATTERN} allows
     * @param question    what the citizen wants to know, at most {@value #QUESTION_MAX_LENGTH} characters
     * @param dueDate     the day by whose end the citizen is called
     * @param requestedBy who made the request
     * @param now         the moment of the request
     * @return the request (not yet stored)
     * @throws IllegalArgumentException when a text is blank or too long, or the phone number has the wrong form
     */
    public static CallbackRequest request(Citizen citizen, Team team, String phone, String question,
                                          LocalDate dueDate, Actor requestedBy, Instant now) {
        CallbackRequest request = new CallbackRequest();
        request.citizen = Objects.requireNonNull(citizen, "citizen");
        request.team = Objects.requireNonNull(team, "team");
        request.phone = requireText(phone, "phone", PHONE_MAX_LENGTH);
        if (!request.phone.matches(ContactDetails.PHONE_PATTERN)) {
            throw new IllegalArgumentException("phone has the wrong form");
        }
        request.question = requireText(question, "question", QUESTION_MAX_LENGTH);
        request.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        request.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        request.requestedAt = Objects.requireNonNull(now, "now");
        request.status = CallbackStatus.OPEN;
        return request;
    }

    /**
     * Links the contact moment during which the citizen asked to be called back (once, before storing).
     *
     * @param moment a contact moment of the same citizen
     * @throws DomainException {@code contact.callback.other.citizen} when the moment is another citizen's
     */
    public void arisingFrom(ContactMoment moment) {
        Objects.requireNonNull(moment, "moment");
        if (!moment.getCitizen().hasBsn(citizen.getBsn())) {
            throw new DomainException("contact.callback.other.citizen");
        }
        this.contactMoment = moment;
    }

    /**
     * A team member called back and records how it went.
     *
     * @param by   who called back
     * @param note what was agreed or answered, at most {@value #NOTE_MAX_LENGTH} characters
     * @param now  the moment of completion
     * @throws DomainException {@value #ALREADY_DONE} when it was completed before
     */
    public void complete(Actor by, String note, Instant now) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(now, "now");
        if (status == CallbackStatus.DONE) {
            throw new DomainException(ALREADY_DONE);
        }
        this.completionNote = requireText(note, "note", NOTE_MAX_LENGTH);
        this.completedBy = by;
        this.completedAt = now;
        this.status = CallbackStatus.DONE;
    }

    /**
     * @param today the current date in Europe/Amsterdam
     * @return whether the request is still open after its due date
     */
    public boolean isOverdueOn(LocalDate today) {
        return status == CallbackStatus.OPEN && today.isAfter(dueDate);
    }

    private static String requireText(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    public Long getId() {
        return id;
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public Team getTeam() {
        return team;
    }

    public String getPhone() {
        return phone;
    }

    public String getQuestion() {
        return question;
    }

    /** @return the day by whose end the citizen is called back */
    public LocalDate getDueDate() {
        return dueDate;
    }

    /** @return the contact moment the request came from, if linked */
    public Optional<ContactMoment> getContactMoment() {
        return Optional.ofNullable(contactMoment);
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Actor getRequestedBy() {
        return requestedBy;
    }

    public CallbackStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == CallbackStatus.OPEN;
    }

    public Optional<Instant> getCompletedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Actor> getCompletedBy() {
        return Optional.ofNullable(completedBy);
    }

    public Optional<String> getCompletionNote() {
        return Optional.ofNullable(completionNote);
    }

    @Override
    public String toString() {
        return "CallbackRequest[id=" + id + ", status=" + status + ", dueDate=" + dueDate + "]";
    }
}
