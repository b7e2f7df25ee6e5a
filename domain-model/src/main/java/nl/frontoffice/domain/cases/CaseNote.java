package nl.frontoffice.domain.cases;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.DomainException;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An internal note of a staff member on a case: for colleagues only, never shown to the citizen and
 * never in a mail. Notes are never changed or removed.
 */
@Entity
@Table(name = "case_note")
public class CaseNote implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest note. */
    public static final int MAX_LENGTH = 4000;

    /** Message key: a note needs text (at most {@value #MAX_LENGTH} characters). */
    public static final String TEXT_INVALID = "case.note.invalid";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_seq")
    @SequenceGenerator(name = "case_note_seq", sequenceName = "case_note_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_file_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @NotNull
    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "type", column = @Column(name = "author_type", nullable = false, updatable = false, length = 20)),
            @AttributeOverride(name = "identifier", column = @Column(name = "author_identifier", nullable = false, updatable = false, length = 100)),
            @AttributeOverride(name = "displayName", column = @Column(name = "author_name", nullable = false, updatable = false, length = 200))
    })
    private Actor author;

    @NotNull
    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @NotBlank
    @Size(max = MAX_LENGTH)
    @Column(name = "note_text", nullable = false, updatable = false, length = MAX_LENGTH)
    private String text;

    /** For JPA only. */
    protected CaseNote() {
    }

    /**
     * @param caseFile the case
     * @param author   the staff member who writes it
     * @param text     the note, 1-{@value #MAX_LENGTH} characters
     * @param now      the moment
     * @throws DomainException {@value #TEXT_INVALID}
     */
    public CaseNote(CaseFile caseFile, Actor author, String text, Instant now) {
        this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(now, "now");
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            throw new DomainException(TEXT_INVALID, MAX_LENGTH);
        }
        this.text = text.strip();
    }

    public Long getId() {
        return id;
    }

    public CaseFile getCaseFile() {
        return caseFile;
    }

    public Actor getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }

    @Override
    public String toString() {
        return "CaseNote[id=" + id + ", by " + author + "]";
    }
}
