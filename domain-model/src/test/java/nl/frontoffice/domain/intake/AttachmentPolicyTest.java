package nl.frontoffice.domain.intake;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments are recognised by their content, never by name, and refused with a message key that
 * says how to fix it.
 */
class AttachmentPolicyTest {

    private final AttachmentPolicy policy = AttachmentPolicy.defaults();

    /** A complete one-page PDF, as small as a valid PDF gets. */
    static byte[] pdf() {
        String body = "%PDF-1.4\n"
                + "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF8800);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(ImageIO.write(image, format, out)).isTrue();
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The start of a Windows program (DOS header "MZ"). */
    static byte[] windowsProgram() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        return exe;
    }

    @Test
    void recognisesPdfJpegAndPngByTheirContent() {
        assertThat(AttachmentType.detect(pdf())).contains(AttachmentType.PDF);
        assertThat(AttachmentType.detect(image("jpg"))).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.detect(image("png"))).contains(AttachmentType.PNG);
        assertThat(AttachmentType.detect(image("gif"))).isEmpty();
        assertThat(AttachmentType.detect(windowsProgram())).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {'%', 'P', 'D'})).isEmpty();
        assertThat(AttachmentType.detect(null)).isEmpty();
    }

    @Test
    void acceptsAFileWhatEverItsNameSaysAndGivesItTheRightExtension() {
        AttachmentPolicy.AcceptedAttachment scan = policy.check("brief.txt", pdf(), 0);
        assertThat(scan.type()).isEqualTo(AttachmentType.PDF);
        assertThat(scan.fileName()).isEqualTo("brief.txt.pdf");
        assertThat(scan.sha256()).hasSize(64);

        AttachmentPolicy.AcceptedAttachment photo = policy.check("C:\\Users\\jan\\Foto's\\IMG_001.JPEG", image("jpg"), 4);
        assertThat(photo.type()).isEqualTo(AttachmentType.JPEG);
        assertThat(photo.fileName()).isEqualTo("IMG_001.JPEG");

        assertThat(policy.check("huurcontract.png", image("png"), 0).type().getMediaType()).isEqualTo("image/png");
    }

    @Test
    void refusesARenamedProgramAnEmptyFileAnOversizedFileAndOneTooMany() {
        assertThatThrownBy(() -> policy.check("loonstrook.pdf", windowsProgram(), 0))
                .isInstanceOf(AttachmentRefusedException.class)
                .extracting(e -> ((AttachmentRefusedException) e).getMessageKey()).isEqualTo(AttachmentPolicy.TYPE);
        assertThatThrownBy(() -> policy.check("leeg.pdf", new byte[0], 0))
                .extracting(e -> ((AttachmentRefusedException) e).getMessageKey()).isEqualTo(AttachmentPolicy.EMPTY);

        byte[] large = Arrays.copyOf(pdf(), (int) AttachmentPolicy.DEFAULT_MAX_BYTES + 1);
        assertThatThrownBy(() -> policy.check("groot.pdf", large, 0))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(AttachmentPolicy.TOO_LARGE);
                    assertThat(e.getArguments()).containsExactly(10L);
                });
        byte[] exactlyTheLimit = Arrays.copyOf(pdf(), (int) AttachmentPolicy.DEFAULT_MAX_BYTES);
        assertThat(policy.check("precies.pdf", exactlyTheLimit, 0).type()).isEqualTo(AttachmentType.PDF);

        assertThatThrownBy(() -> policy.check("zesde.pdf", pdf(), 5))
                .isInstanceOfSatisfying(AttachmentRefusedException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(AttachmentPolicy.TOO_MANY);
                    assertThat(e.getArguments()).containsExactly(5);
                });
    }

    @Test
    void sanitisesTheFileNameForDisplay() {
        // folders, control characters and a right-to-left override that would show "exe.pdf" backwards
        assertThat(AttachmentPolicy.sanitizeFileName("../../etc/passwd", AttachmentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(AttachmentPolicy.sanitizeFileName("factuur\u202Efdp.exe", AttachmentType.PDF)).isEqualTo("factuur fdp.exe.pdf");
        assertThat(AttachmentPolicy.sanitizeFileName("a\u0000b\nc<script>.png", AttachmentType.PNG)).isEqualTo("a b c script .png");
        assertThat(AttachmentPolicy.sanitizeFileName("  ...  ", AttachmentType.JPEG)).isEqualTo("bijlage.jpg");
        assertThat(AttachmentPolicy.sanitizeFileName(null, AttachmentType.PNG)).isEqualTo("bijlage.png");
        assertThat(AttachmentPolicy.sanitizeFileName("Ons g\u00e9\u00e9n-bezwaar.pdf", AttachmentType.PDF)).isEqualTo("Ons g\u00e9\u00e9n-bezwaar.pdf");

        String longName = "x".repeat(300) + ".pdf";
        String kept = AttachmentPolicy.sanitizeFileName(longName, AttachmentType.PDF);
        assertThat(kept).hasSize(AttachmentPolicy.FILE_NAME_MAX_LENGTH).endsWith(".pdf");
        assertThat(AttachmentPolicy.sanitizeFileName("y".repeat(300), AttachmentType.PNG))
                .hasSize(AttachmentPolicy.FILE_NAME_MAX_LENGTH).endsWith("y.png");
    }

    @Test
    void limitsComeFromConfiguration() {
        AttachmentPolicy strict = new AttachmentPolicy(1024, 1);
        assertThatThrownBy(() -> strict.check("a.pdf", Arrays.copyOf(pdf(), 1025), 0))
                .extracting(e -> ((AttachmentRefusedException) e).getArguments()[0]).isEqualTo(1L);
        assertThatThrownBy(() -> strict.check("a.pdf", pdf(), 1))
                .extracting(e -> ((AttachmentRefusedException) e).getMessageKey()).isEqualTo(AttachmentPolicy.TOO_MANY);
        assertThatThrownBy(() -> new AttachmentPolicy(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
