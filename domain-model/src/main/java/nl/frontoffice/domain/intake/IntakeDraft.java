package nl.frontoffice.domain.intake;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An intake that is not submitted yet: everything the citizen entered so far, saved at every step
 * of the wizard so that it survives logging out, an idle timeout and a server restart.
 *
 * <p>There is at most one draft per citizen and author: the citizen himself (DigiD) or a staff
 * member acting for him ({@code uq_intake_draft_author}). The citizen is kept by BSN, not as a
 * {@code Citizen} row, so an abandoned draft leaves nothing else behind. The content is an
 * {@link IntakeForm} stored as {@linkplain IntakeForm#toFields() fields} with the version of their
 * layout ({@code content_version}); see {@link IntakeForm} for why. The {@link #getVersion()
 * version} guards against two tabs overwriting each other.
 */
@Entity
@Table(name = "intake_draft")
public class IntakeDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest step name. */
    public static final int STEP_MAX_LENGTH = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_draft_seq")
    @SequenceGenerator(name = "intake_draft_seq", sequenceName = "intake_draft_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @Column(name = "citizen_bsn", nullable = false, updatable = false, length = 9)
    private Bsn citizenBsn;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "author_type", nullable = false, updatable = false, length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "author_identifier", nullable = false, updatable = false, length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "author_name", nullable = false, length = 200))
    })
    private Actor author;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    @Size(max = STEP_MAX_LENGTH)
    @Column(name = "current_step", length = STEP_MAX_LENGTH)
    private String currentStep;

    @Column(name = "content_version", nullable = false)
    private int contentVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "intake_draft_field", joinColumns = @JoinColumn(name = "draft_id"))
    @MapKeyColumn(name = "field_key", length = IntakeForm.KEY_MAX_LENGTH)
    @Column(name = "field_value", nullable = false, length = IntakeForm.VALUE_MAX_LENGTH)
    private Map<String, String> fields = new HashMap<>();

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected IntakeDraft() {
    }

    private IntakeDraft(Bsn citizenBsn, Actor author, Channel channel, Instant now) {
        this.citizenBsn = Objects.requireNonNull(citizenBsn, "citizenBsn");
        this.author = Objects.requireNonNull(author, "author");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        this.contentVersion = IntakeForm.FIELDS_VERSION;
    }

    /**
     * Starts a draft.
     *
     * @param citizenBsn the citizen the intake is about
     * @param author     who fills it in: the citizen, or a staff member for him
     * @param channel    how the intake reaches us (WEB for the citizen; PHONE or COUNTER for staff)
     * @param now        the moment
     * @return the draft (not yet stored)
     */
    public static IntakeDraft start(Bsn citizenBsn, Actor author, Channel channel, Instant now) {
        return new IntakeDraft(citizenBsn, author, channel, now);
    }

    /**
     * Replaces the content with what the wizard shows now.
     *
     * @param step the wizard step the author is on, may be {@code null}
     * @param form everything entered so far
     * @param now  the moment
     */
    public void update(String step, IntakeForm form, Instant now) {
        Objects.requireNonNull(form, "form");
        String trimmedStep = step == null || step.isBlank() ? null : step.strip();
        if (trimmedStep != null && trimmedStep.length() > STEP_MAX_LENGTH) {
            throw new IllegalArgumentException("step is longer than " + STEP_MAX_LENGTH + " characters");
        }
        Map<String, String> newFields = form.toFields();
        newFields.forEach((key, value) -> {
            if (key.length() > IntakeForm.KEY_MAX_LENGTH || value.length() > IntakeForm.VALUE_MAX_LENGTH) {
                throw new IllegalArgumentException("A field of the form is too long");
            }
        });
        this.currentStep = trimmedStep;
        this.fields.keySet().retainAll(newFields.keySet());
        this.fields.putAll(newFields);
        this.contentVersion = IntakeForm.FIELDS_VERSION;
        // a direct attribute always changes, so the version goes up with every save
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * @param bsn    a citizen
     * @param author an author
     * @return whether this is the draft of that citizen by that author
     */
    public boolean belongsTo(Bsn bsn, Actor author) {
        return citizenBsn.equals(bsn) && this.author.getType() == author.getType()
                && this.author.getIdentifier().equals(author.getIdentifier());
    }

    /** @return the content, read with the layout version it was written with */
    public IntakeForm getForm() {
        return IntakeForm.fromFields(fields, contentVersion);
    }

    public Long getId() {
        return id;
    }

    public Bsn getCitizenBsn() {
        return citizenBsn;
    }

    public Actor getAuthor() {
        return author;
    }

    public Channel getChannel() {
        return channel;
    }

    /** @return the wizard step the author was on, if saved */
    public Optional<String> getCurrentStep() {
        return Optional.ofNullable(currentStep);
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return the optimistic-lock version: pass it back on the next save */
    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "IntakeDraft[id=" + id + ", author=" + author + ", version=" + version + "]";
    }
}
