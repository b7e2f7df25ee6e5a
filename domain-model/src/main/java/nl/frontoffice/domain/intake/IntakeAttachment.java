package nl.frontoffice.domain.intake;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file the citizen attached to his intake (PDF, JPEG or PNG, {@link AttachmentPolicy checked by
 * content}), stored in the database ({@code BYTEA}) so it is backed up, migrated and removed with
 * the rest. It belongs to a {@link IntakeDraft draft} until the intake is submitted, then to the
 * {@link Intake} (exactly one of the two; {@code ck_intake_attachment_owner}).
 *
 * <p>Lists show {@link AttachmentInfo} (read by a query without the bytes); the content is only read
 * when the file itself is asked for.
 */
@Entity
@Table(name = "intake_attachment")
public class IntakeAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_attachment_seq")
    @SequenceGenerator(name = "intake_attachment_seq", sequenceName = "intake_attachment_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_id")
    private IntakeDraft draft;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "intake_id")
    private Intake intake;

    @NotBlank
    @Size(max = AttachmentPolicy.FILE_NAME_MAX_LENGTH)
    @Column(name = "file_name", nullable = false, updatable = false, length = AttachmentPolicy.FILE_NAME_MAX_LENGTH)
    private String fileName;

    @NotBlank
    @Column(name = "media_type", nullable = false, updatable = false, length = 50)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @NotBlank
    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @NotNull
    @Basic(fetch = FetchType.LAZY, optional = false)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @NotNull
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    /** For JPA only. */
    protected IntakeAttachment() {
    }

    private IntakeAttachment(IntakeDraft draft, AttachmentPolicy.AcceptedAttachment file, Instant now) {
        this.draft = Objects.requireNonNull(draft, "draft");
        this.fileName = file.fileName();
        this.mediaType = file.type().getMediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.content = file.content().clone();
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Attaches a checked file to a draft.
     *
     * @param draft the draft
     * @param file  a file that passed {@link AttachmentPolicy#check}
     * @param now   the moment of upload
     * @return the attachment (not yet stored)
     */
    public static IntakeAttachment attach(IntakeDraft draft, AttachmentPolicy.AcceptedAttachment file, Instant now) {
        return new IntakeAttachment(draft, file, now);
    }

    public Long getId() {
        return id;
    }

    /** @return the draft, while the intake is not submitted */
    public Optional<IntakeDraft> getDraft() {
        return Optional.ofNullable(draft);
    }

    /** @return the intake, once submitted */
    public Optional<Intake> getIntake() {
        return Optional.ofNullable(intake);
    }

    /** @return the sanitised file name for display */
    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** @return the SHA-256 of the content, hexadecimal */
    public String getSha256() {
        return sha256;
    }

    /** @return a copy of the bytes */
    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    /** @return what a list shows */
    public AttachmentInfo toInfo() {
        return new AttachmentInfo(id, fileName, mediaType, sizeBytes, uploadedAt);
    }

    @Override
    public String toString() {
        return "IntakeAttachment[id=" + id + ", " + mediaType + ", " + sizeBytes + " bytes]";
    }
}
