package nl.frontoffice.domain.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file a citizen may attach, recognised by their content ("magic bytes"), never by
 * file name or the browser's content type: a renamed program is refused, a scan called
 * {@code brief.txt} that really is a PDF is accepted.
 *
 * <p>Usage: {@code AttachmentType.detect(bytes)} is {@code Optional[PDF]} for a PDF.
 */
public enum AttachmentType {

    /** PDF: starts with {@code %PDF-}. */
    PDF("application/pdf", List.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    /** JPEG: starts with the SOI marker and the next marker's {@code FF}. */
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** PNG: starts with the eight bytes of the PNG signature. */
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    AttachmentType(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    /**
     * @param content the file's bytes
     * @return the type whose signature the content starts with, or empty when it is none of them
     */
    public static Optional<AttachmentType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    /**
     * @param mediaType a media type such as {@code application/pdf}
     * @return the type with that media type
     */
    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the media type to send with the file, e.g. {@code image/png} */
    public String getMediaType() {
        return mediaType;
    }

    /** @return the usual file name extensions, the first one preferred */
    public List<String> getExtensions() {
        return extensions;
    }
}
