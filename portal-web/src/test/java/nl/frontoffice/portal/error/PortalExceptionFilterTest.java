package nl.frontoffice.portal.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;

class PortalExceptionFilterTest {

    @Test
    void a_refusal_of_a_service_is_found_however_deeply_faces_wrapped_it() {
        EJBAccessException refused = new EJBAccessException("not for this role");
        assertThat(PortalExceptionFilter.refusedByService(refused)).isTrue();
        assertThat(PortalExceptionFilter.refusedByService(new ServletException(new FacesException(new ELException(refused)))))
                .isTrue();
        assertThat(PortalExceptionFilter.refusedByService(new ServletException("wrapped", new FacesException(refused))))
                .isTrue();
    }

    @Test
    void any_other_failure_stays_an_error() {
        assertThat(PortalExceptionFilter.refusedByService(new ServletException(new FacesException(new IllegalStateException()))))
                .isFalse();
        assertThat(PortalExceptionFilter.refusedByService(new IllegalArgumentException("bug"))).isFalse();
    }
}
