package nl.frontoffice.adapters.brp;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * Turns an HTTP error status of the BRP into an exception: 5xx and 429 into a (retried)
 * {@link BrpUnavailableException}, any other 4xx into a {@link BrpCallException} with reason
 * {@link UnavailableReason#REJECTED}. The problem+json body is not read: it may repeat request data.
 */
final class BrpResponseExceptionMapper implements ResponseExceptionMapper<BrpCallException> {

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public BrpCallException toThrowable(Response response) {
        return forStatus(response.getStatus());
    }

    /**
     * @param status an HTTP status of 400 or more
     * @return the exception for it
     */
    static BrpCallException forStatus(int status) {
        if (status >= 500 || status == 429) {
            return new BrpUnavailableException("BRP answered HTTP " + status, null);
        }
        return new BrpCallException(UnavailableReason.REJECTED, "BRP refused the request with HTTP " + status, null);
    }

    @Override
    public int getPriority() {
        return 100;
    }
}
