package nl.frontoffice.domain.intake;

import java.time.Instant;

/**
 * An attachment as a list shows it, without its bytes.
 *
 * @param id         the attachment's id (to remove or download it)
 * @param fileName   the sanitised file name
 * @param mediaType  {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param sizeBytes  the size in bytes
 * @param uploadedAt when it was added
 */
public record AttachmentInfo(long id, String fileName, String mediaType, long sizeBytes, Instant uploadedAt) {
}
