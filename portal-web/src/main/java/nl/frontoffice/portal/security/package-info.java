/**
 * HTTP security headers for every response of the portal.
 * <p>
 * The Content-Security-Policy is shared with PrimeFaces: in CSP mode ({@code primefaces.CSP=true} in
 * {@code web.xml}) PrimeFaces sends the header for every Faces page, with a fresh script nonce, built from
 * {@code primefaces.CSP_POLICY}. {@link nl.frontoffice.portal.security.SecurityHeadersFilter} sends a strict baseline
 * for everything else and makes sure a response never carries two policies.
 */
package nl.frontoffice.portal.security;
