package nl.frontoffice.intake;

/**
 * A stored attachment to send to the browser.
 *
 * @param fileName  the sanitised file name (safe for a Content-Disposition header after the usual encoding)
 * @param mediaType the media type detected from the content when it was uploaded
 * @param content   the bytes
 */
public record AttachmentDownload(String fileName, String mediaType, byte[] content) {

    @Override
    public String toString() {
        return "AttachmentDownload[" + mediaType + ", " + content.length + " bytes]";
    }
}
