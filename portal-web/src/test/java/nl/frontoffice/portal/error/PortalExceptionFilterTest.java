package nl.frontoffice.portal.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

import nl.frontoffice.portal.FakeHttp;

class PortalExceptionFilterTest {

    @Test
    void a_refusal_of_a_service_is_found_however_deeply_faces_wrapped_it() {
        EJBAccessException refused = new EJBAccessException("not for this role");
        assertThat(PortalExceptionFilter.refused(refused)).isTrue();
        assertThat(PortalExceptionFilter.refused(new ServletException(new FacesException(new ELException(refused)))))
                .isTrue();
        assertThat(PortalExceptionFilter.refused(new ServletException("wrapped", new FacesException(refused))))
                .isTrue();
        assertThat(PortalExceptionFilter.refused(new ServletException(new CspException("Missing CSP nonce"))))
                .as("a post without the page's nonce").isTrue();
    }

    @Test
    void any_other_failure_stays_an_error() {
        assertThat(PortalExceptionFilter.refused(new ServletException(new FacesException(new IllegalStateException()))))
                .isFalse();
        assertThat(PortalExceptionFilter.refused(new IllegalArgumentException("bug"))).isFalse();
    }

    @Test
    void the_403_page_is_rendered_as_for_a_plain_get_without_the_refused_posts_parameters() {
        HttpServletRequest post = new FakeHttp.Request().method("POST")
                .uri("/portal/medewerker/zaak.xhtml?zaak=Z-2026-000001&jakarta.faces.ViewState=1").build();
        PortalExceptionFilter.PlainGet plain = new PortalExceptionFilter.PlainGet(post);
        assertThat(plain.getMethod()).isEqualTo("GET");
        assertThat(plain.getParameter("jakarta.faces.ViewState")).isNull();
        assertThat(plain.getParameterMap()).isEmpty();
        assertThat(plain.getParameterNames().hasMoreElements()).isFalse();
    }
}
