package nl.frontoffice.portal.error;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

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
 * <p>
 * A service that refuses the caller ({@link EJBAccessException}: a role the method is not for, e.g. a KCC member on a
 * team lead's page reached by typing its address) answers 403 with the 403 page, not the 500 page: that is what
 * happened, and it is nothing to investigate.
 */
@WebFilter(filterName = "facesExceptionFilter", urlPatterns = "/*")
public class PortalExceptionFilter extends FacesExceptionFilter {

    private static final Logger LOGGER = Logger.getLogger(PortalExceptionFilter.class.getName());

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        try {
            super.doFilter(request, response, session, chain);
        } catch (ServletException | RuntimeException e) {
            if (!refusedByService(e) || response.isCommitted()) {
                throw e;
            }
            LOGGER.info(() -> "A service refused the caller on " + request.getRequestURI() + ": answered 403");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** @return whether the exception is, or was caused by, a service refusing the caller */
    static boolean refusedByService(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != cause.getCause()) {
                return refusedByService(servlet.getRootCause());
            }
        }
        return false;
    }

    @Override
    protected void logException(HttpServletRequest request, Throwable exception, String location, String message,
            Object... parameters) {
        ErrorReference.logUnhandled(LOGGER, request, exception, location, "request");
    }
}
