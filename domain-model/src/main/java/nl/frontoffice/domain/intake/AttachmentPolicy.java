package nl.frontoffice.domain.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What attachments an intake accepts: {@link AttachmentType PDF, JPEG or PNG} by content, at most
 * {@link #maxBytes()} bytes each and at most {@link #maxCount()} per intake. A refusal is an
 * {@link AttachmentRefusedException} whose message key says how to fix it.
 *
 * <p>The file name is kept for display only, {@link #sanitizeFileName sanitised}: no folders, no
 * control or direction-changing characters (which can make {@code gpj.exe} look like
 * {@code exe.jpg}), no characters that are unsafe in a download, at most
 * {@value #FILE_NAME_MAX_LENGTH} characters, and an extension that matches the real type.
 *
 * <p>Usage: {@code new AttachmentPolicy(10 * 1024 * 1024, 5).check("scan.pdf", bytes, 0)}.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxCount the most files per intake
 */
public record AttachmentPolicy(long maxBytes, int maxCount) {

    /** Message key: the file is empty. */
    public static final String EMPTY = "intake.attachment.empty";
    /** Message key: the file is not a PDF, JPEG or PNG. */
    public static final String TYPE = "intake.attachment.type";
    /** Message key: the file is too large; argument: the limit in MB. */
    public static final String TOO_LARGE = "intake.attachment.size";
    /** Message key: there are already as many files as allowed; argument: the maximum. */
    public static final String TOO_MANY = "intake.attachment.count";
    /** Message key: the attachment does not exist (any more). */
    public static final String NOT_FOUND = "intake.attachment.unknown";

    /** The default size limit: 10 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The default count limit. */
    public static final int DEFAULT_MAX_COUNT = 5;
    /** The longest file name kept. */
    public static final int FILE_NAME_MAX_LENGTH = 120;

    private static final String DEFAULT_NAME = "bijlage";

    /** Checks the limits. */
    public AttachmentPolicy {
        if (maxBytes < 1 || maxCount < 1) {
            throw new IllegalArgumentException("Attachment limits must be positive");
        }
    }

    /** @return the policy with the default limits */
    public static AttachmentPolicy defaults() {
        return new AttachmentPolicy(DEFAULT_MAX_BYTES, DEFAULT_MAX_COUNT);
    }

    /**
     * Checks one new attachment.
     *
     * @param fileName the name the browser sent (any text, may be {@code null})
     * @param content  the file's bytes
     * @param alreadyAttached how many attachments the draft has now
     * @return the accepted file: its type, sanitised name, content and SHA-256
     * @throws AttachmentRefusedException with {@value #TOO_MANY}, {@value #EMPTY}, {@value #TOO_LARGE} or {@value #TYPE}
     */
    public AcceptedAttachment check(String fileName, byte[] content, long alreadyAttached) {
        if (alreadyAttached >= maxCount) {
            throw new AttachmentRefusedException(TOO_MANY, maxCount);
        }
        if (content == null || content.length == 0) {
            throw new AttachmentRefusedException(EMPTY);
        }
        if (content.length > maxBytes) {
            throw new AttachmentRefusedException(TOO_LARGE, maxMegabytes());
        }
        AttachmentType type = AttachmentType.detect(content)
                .orElseThrow(() -> new AttachmentRefusedException(TYPE));
        return new AcceptedAttachment(type, sanitizeFileName(fileName, type), content, sha256(content));
    }

    /** @return the size limit in whole megabytes, rounded down, at least 1 (for messages) */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /**
     * @param fileName the name as sent, may be {@code null}
     * @param type     the detected type
     * @return a name that is safe to show and to offer as a download, ending in an extension of the type
     */
    public static String sanitizeFileName(String fileName, AttachmentType type) {
        String name = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            boolean control = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE
                    || Character.getType(c) == Character.SURROGATE;
            if (control || "<>:\"|?*;%".indexOf(c) >= 0) {
                clean.append(' ');
            } else if (Character.isWhitespace(c)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String result = clean.toString().replaceAll(" +", " ").strip();
        result = result.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");
        if (result.isEmpty()) {
            result = DEFAULT_NAME;
        }
        int dot = result.lastIndexOf('.');
        String extension = dot > 0 ? result.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        String suffix = type.getExtensions().contains(extension) ? "" : "." + type.getExtensions().get(0);
        int room = FILE_NAME_MAX_LENGTH - suffix.length();
        if (result.length() > room) {
            String keep = suffix.isEmpty() ? result.substring(dot) : "";
            result = result.substring(0, room - keep.length()).strip() + keep;
        }
        return result + suffix;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * An attachment that passed the checks.
     *
     * @param type     the type found in the content
     * @param fileName the sanitised name for display
     * @param content  the bytes
     * @param sha256   the SHA-256 of the bytes, hexadecimal
     */
    public record AcceptedAttachment(AttachmentType type, String fileName, byte[] content, String sha256) {

        @Override
        public String toString() {
            return "AcceptedAttachment[" + type + ", " + content.length + " bytes]";
        }
    }
}
