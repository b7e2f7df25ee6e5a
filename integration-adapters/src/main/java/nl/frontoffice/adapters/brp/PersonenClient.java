package nl.frontoffice.adapters.brp;

import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.RestClientBuilder;

import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * The MicroProfile Rest Client for {@link PersonenApi}, built programmatically from {@link BrpSettings} (base URL,
 * timeouts, {@link BrpRequestHeaders}, {@link BrpResponseExceptionMapper}). Programmatic building needs no CDI
 * registration ({@code @RegisterRestClient}), so it works the same from a WAR's {@code WEB-INF/lib} and from an
 * EAR's {@code lib/}.
 *
 * <p>Every failure leaves as a {@link BrpCallException}: a read timeout with reason
 * {@link UnavailableReason#TIMEOUT}, a connection failure as {@link BrpUnavailableException}. Thread-safe.
 */
final class PersonenClient {

    /** Disables the Rest Client's default mapper; {@link BrpResponseExceptionMapper} handles every error status. */
    private static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    private final PersonenApi api;

    /**
     * @param settings configured settings ({@link BrpSettings#isConfigured()})
     */
    PersonenClient(BrpSettings settings) {
        this.api = RestClientBuilder.newBuilder()
                .baseUri(settings.baseUrl().orElseThrow())
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .property(DISABLE_DEFAULT_MAPPER, Boolean.TRUE)
                .register(new BrpRequestHeaders(settings))
                .register(new BrpResponseExceptionMapper())
                .build(PersonenApi.class);
    }

    /**
     * @param query the request as JSON text
     * @return the answer (HTTP 200) as JSON text
     * @throws BrpCallException when there is no usable answer
     */
    String personen(String query) {
        try {
            return api.personen(query);
        } catch (BrpCallException e) {
            throw e;
        } catch (WebApplicationException e) {
            throw BrpResponseExceptionMapper.forStatus(e.getResponse().getStatus());
        } catch (ProcessingException e) {
            if (hasCause(e, BrpCallException.class)) {
                throw cause(e, BrpCallException.class);
            }
            if (hasCause(e, SocketTimeoutException.class)) {
                throw new BrpCallException(UnavailableReason.TIMEOUT, "BRP did not answer in time", null);
            }
            throw new BrpUnavailableException("BRP could not be reached: " + rootType(e), null);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The root cause's class name only: messages of network exceptions may contain the URL. */
    private static String rootType(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
