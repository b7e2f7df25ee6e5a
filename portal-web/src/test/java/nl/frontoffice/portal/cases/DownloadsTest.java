package nl.frontoffice.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void the_file_name_goes_out_as_a_download_with_a_safe_ascii_name_and_the_exact_name_in_utf8() {
        assertThat(Downloads.contentDisposition("advies huisarts.pdf"))
                .isEqualTo("attachment; filename=\"advies huisarts.pdf\"; filename*=UTF-8''advies%20huisarts.pdf");
        assertThat(Downloads.contentDisposition("brief\"\r\nSet-Cookie: x=1;é.pdf"))
                .startsWith("attachment; filename=\"brief___Set-Cookie_ x_1__.pdf\"; filename*=UTF-8''")
                .doesNotContain("\r").doesNotContain("\n").endsWith("%C3%A9.pdf");
    }
}
