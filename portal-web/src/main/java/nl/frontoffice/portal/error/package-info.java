/**
 * Friendly error pages and the reference id that links what a resident sees to what the log says.
 * <p>
 * How an error travels:
 * <ul>
 * <li>a normal (non-ajax) request: the exception reaches {@link nl.frontoffice.portal.error.PortalExceptionFilter}
 * (OmniFaces' {@code FacesExceptionFilter}, which unwraps {@code FacesException}/{@code ELException} so that the
 * {@code <error-page>} by exception type in {@code web.xml} matches). It logs the exception at SEVERE with a fresh
 * {@link nl.frontoffice.portal.error.ErrorReference} and rethrows; the container then shows
 * {@code /error/500.xhtml} (or {@code /error/expired.xhtml} for a {@code ViewExpiredException});</li>
 * <li>an ajax request: {@link nl.frontoffice.portal.error.PortalExceptionHandler} (OmniFaces'
 * {@code FullAjaxExceptionHandler}) logs it the same way and renders the same error page as the ajax response;</li>
 * <li>{@code /error/404.xhtml} is shown by the container for unknown URLs, and by Mojarra for unknown views.</li>
 * </ul>
 * The 500 page shows the reference ({@code #error-reference}) and never a stack trace. The log line says which
 * reference, which exception, the HTTP method and path, and nothing about the person: no IP address, no query string,
 * no request body, no session contents.
 */
package nl.frontoffice.portal.error;
