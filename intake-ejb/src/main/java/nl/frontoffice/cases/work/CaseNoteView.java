package nl.frontoffice.cases.work;

import java.time.Instant;

/**
 * An internal note as staff see it.
 *
 * @param id         the note id
 * @param authorName who wrote it
 * @param writtenAt  when
 * @param text       the note
 */
public record CaseNoteView(long id, String authorName, Instant writtenAt, String text) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public long getId() {
        return id;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getText() {
        return text;
    }
}
