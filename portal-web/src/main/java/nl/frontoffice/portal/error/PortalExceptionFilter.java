package nl.frontoffice.portal.error;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.filter.FacesExceptionFilter;
import org.primefaces.csp.CspException;

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
 * team lead's page reached by typing its address), and a post without the page's CSP nonce ({@link CspException}: a
 * forged or replayed request; PrimeFaces checks it before any page code runs), answer 403 with the 403 page, not the
 * 500 page: that is what happened, and it is nothing to investigate.
 */
@WebFilter(filterName = "facesExceptionFilter", urlPatterns = "/*")
public class PortalExceptionFilter extends FacesExceptionFilter {

    private static final Logger LOGGER = Logger.getLogger(PortalExceptionFilter.class.getName());

    /** The page that says "no access" (also the container's page for status 403, see web.xml). */
    static final String FORBIDDEN_PAGE = "/error/403.xhtml";

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        try {
            super.doFilter(request, response, session, chain);
        } catch (ServletException | RuntimeException e) {
            if (!refused(e) || response.isCommitted()) {
                throw e;
            }
            LOGGER.info(() -> "Refused the caller on " + request.getRequestURI() + ": answered 403");
            // the 403 page as for a plain GET: an error dispatch of a POST would count as a postback of that page,
            // which the CSP check and the view state would refuse once more
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(FORBIDDEN_PAGE).forward(new PlainGet(request), response);
        }
    }

    /** @return whether the exception is, or was caused by, a refusal of the caller (a service, or the CSP nonce check) */
    static boolean refused(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException || cause instanceof CspException) {
                return true;
            }
            if (cause instanceof ServletException servlet && servlet.getRootCause() != null
                    && servlet.getRootCause() != cause.getCause()) {
                return refused(servlet.getRootCause());
            }
        }
        return false;
    }

    @Override
    protected void logException(HttpServletRequest request, Throwable exception, String location, String message,
            Object... parameters) {
        ErrorReference.logUnhandled(LOGGER, request, exception, location, "request");
    }

    /** The request as a GET without parameters: what the 403 page is rendered for. */
    static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
