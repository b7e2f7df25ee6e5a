package nl.frontoffice.portal.cases;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.intake.AttachmentDownload;

/**
 * How a stored file leaves the portal, for the citizen's and the staff's download alike: as a
 * download (never shown inline), with its stored content type and {@code nosniff}, not cached,
 * under a safe ASCII name with the exact name beside it in UTF-8 (RFC 6266).
 */
public final class Downloads {

    private Downloads() {
    }

    /** Writes the file as the response. */
    public static void send(HttpServletResponse response, AttachmentDownload file) throws IOException {
        response.setContentType(file.mediaType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }

    /** @return {@code attachment} with an ASCII file name and the exact one in UTF-8 */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
