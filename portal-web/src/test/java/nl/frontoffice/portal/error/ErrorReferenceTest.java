package nl.frontoffice.portal.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import nl.frontoffice.portal.FakeHttp;

class ErrorReferenceTest {

    private final Logger logger = Logger.getLogger(ErrorReferenceTest.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    @AfterEach
    void releaseLog() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }

    @RepeatedTest(20)
    void referenceIsEightEasyToReadCharacters() {
        String reference = ErrorReference.generate();

        assertThat(reference).hasSize(ErrorReference.LENGTH).matches("[2-9A-HJKMNP-TV-Z]{8}");
        assertThat(ErrorReference.isWellFormed(reference)).isTrue();
    }

    @Test
    void referencesDiffer() {
        Set<String> references = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            references.add(ErrorReference.generate());
        }

        assertThat(references).hasSize(10_000);
    }

    @Test
    void aRequestKeepsItsReference() {
        var request = new FakeHttp.Request().build();

        String first = ErrorReference.assign(request);

        assertThat(ErrorReference.assign(request)).isEqualTo(first);
        assertThat(ErrorReference.find(request)).hasValue(first);
    }

    @Test
    void unhandledExceptionIsLoggedWithReferenceButWithoutPersonalData() {
        var request = new FakeHttp.Request().method("POST").uri("/portal/intake.xhtml?bsn=123456782")
                .header("X-Forwarded-For", "192.0.2.7").build();
        Exception exception = new ServletException(new FacesException(new ELException(new IllegalStateException("x"))));

        ErrorReference.logUnhandled(logger, request, exception, "/error/500.xhtml", "request");

        String reference = ErrorReference.find(request).orElseThrow();
        assertThat(records).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(entry.getThrown()).isSameAs(exception);
            assertThat(entry.getMessage())
                    .contains("Error reference " + reference)
                    .contains("java.lang.IllegalStateException")
                    .contains("POST /portal/intake.xhtml")
                    .contains("/error/500.xhtml")
                    .doesNotContain("bsn", "123456782", "192.0.2.7");
        });
    }

    @Test
    void expiredViewIsNoErrorAndGetsNoReference() {
        var request = new FakeHttp.Request().method("POST").uri("/portal/index.xhtml").build();

        ErrorReference.logUnhandled(logger, request, new ServletException(new ViewExpiredException("gone", "/index.xhtml")),
                "/error/expired.xhtml", "request");

        assertThat(ErrorReference.find(request)).isEmpty();
        assertThat(records).singleElement().satisfies(entry -> {
            assertThat(entry.getLevel()).isEqualTo(Level.INFO);
            assertThat(entry.getThrown()).isNull();
        });
    }

    @Test
    void findsRootCause() {
        Throwable root = new IllegalArgumentException();

        assertThat(ErrorReference.rootCause(new FacesException(new ELException(root)))).isSameAs(root);
        assertThat(ErrorReference.causedBy(new FacesException(root), IllegalArgumentException.class)).isTrue();
        assertThat(ErrorReference.causedBy(new FacesException(root), ViewExpiredException.class)).isFalse();
    }
}
