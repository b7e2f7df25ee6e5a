package nl.frontoffice.portal.error;

import java.util.logging.Logger;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.filter.FacesExceptionFilter;

/**
 * OmniFaces' {@link FacesExceptionFilter} for normal (non-ajax) requests: unwraps {@code FacesException} and
 * {@code ELException} so that the {@code <error-page>} entries by exception type in {@code web.xml} match, and turns
 * Mojarra's "view not found" into a 404.
 * <p>
 * Its logging is replaced: OmniFaces logs a UUID and the client's IP address; we log our short
 * {@link ErrorReference}, shown on the 500 page, and no personal data. Registering this subclass (rather than letting
 * OmniFaces register its own) keeps OmniFaces from installing a second copy.
 * <p>
 * The container may log the rethrown exception once more in its own words; that entry has no reference, the one
 * logged here has.
 */
@WebFilter(filterName = "facesExceptionFilter", urlPatterns = "/*")
public class PortalExceptionFilter extends FacesExceptionFilter {

    private static final Logger LOGGER = Logger.getLogger(PortalExceptionFilter.class.getName());

    @Override
    protected void logException(HttpServletRequest request, Throwable exception, String location, String message,
            Object... parameters) {
        ErrorReference.logUnhandled(LOGGER, request, exception, location, "request");
    }
}
