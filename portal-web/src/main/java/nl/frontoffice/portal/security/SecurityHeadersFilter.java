package nl.frontoffice.portal.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Adds the security headers to every response, error pages included.
 * <p>
 * <b>Content-Security-Policy.</b> On Faces pages PrimeFaces (CSP mode) sends the policy itself: the value of the
 * context parameter {@code primefaces.CSP_POLICY} in {@code web.xml} with {@code 'nonce-…'} appended to its last
 * directive, {@code script-src}. That policy is the one that counts; keep it a superset of {@link #BASELINE_POLICY}.
 * This filter sends {@link #BASELINE_POLICY} first, for responses PrimeFaces does not touch (static files, resources,
 * a container error), and wraps the response so that PrimeFaces' {@code addHeader} replaces the baseline instead of
 * adding a second {@code Content-Security-Policy} header (browsers would enforce both, and the baseline has no nonce).
 * <p>
 * Mapped on REQUEST, FORWARD and ERROR, so that error pages get the headers even when the container reset the
 * response before dispatching to them.
 * <p>
 * Not here: {@code Strict-Transport-Security}, which belongs to the TLS-terminating proxy in production (the quick
 * start serves plain HTTP).
 */
@WebFilter(filterName = "securityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The header name of the policy. */
    static final String CSP_HEADER = "Content-Security-Policy";

    /**
     * The policy for responses that are not Faces pages: nothing may be embedded, framed or posted elsewhere. Every
     * directive here also appears in {@code primefaces.CSP_POLICY}.
     */
    static final String BASELINE_POLICY =
            "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Features the portal does not use; a minimal Permissions-Policy. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader(CSP_HEADER, BASELINE_POLICY);
        chain.doFilter(request, new SinglePolicyResponse(response));
    }

    /**
     * Lets a later {@code Content-Security-Policy} (PrimeFaces', with its nonce) replace the baseline rather than be
     * added next to it.
     */
    static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        SinglePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
