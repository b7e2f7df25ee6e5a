package nl.frontoffice.portal.error;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import nl.frontoffice.portal.i18n.Languages;
import nl.frontoffice.portal.i18n.RequestLocales;

/**
 * Backing bean of the error pages {@code /error/404.xhtml}, {@code /error/500.xhtml} and {@code /error/expired.xhtml}.
 * <p>
 * Deliberately small and independent of other beans: the 500 page must still render when the rest of the portal is
 * what failed.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOGGER = Logger.getLogger(ErrorView.class.getName());

    @Inject
    private HttpServletRequest request;

    /**
     * The reference of the error on this request, for the 500 page. Normally given (and logged with the exception)
     * by {@link PortalExceptionFilter} or {@link PortalExceptionHandler}; when the page is shown without an exception
     * passing there (e.g. a {@code sendError(500)}), a new reference is logged here so it can still be found.
     *
     * @return the reference, e.g. {@code K7M2QX9D}
     */
    public String getReference() {
        return ErrorReference.find(request).orElseGet(() -> {
            String reference = ErrorReference.assign(request);
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            Level level = status == null ? Level.FINE : Level.WARNING;
            LOGGER.log(level, () -> "Error reference " + reference + ": error page shown for status " + status
                    + " on " + request.getMethod() + " " + RequestLocales.originalPath(request)
                    + " without a logged exception");
            return reference;
        });
    }

    /** @return the language of the error page; Dutch if even that cannot be decided */
    public Locale getLocale() {
        try {
            return RequestLocales.of(request);
        } catch (RuntimeException e) {
            return Languages.DEFAULT;
        }
    }

    /** @return the language code for {@code <html lang>} */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * @return the page the resident was on, to start again after an expired view (root-relative, same site); the
     *         home page if the error page was opened directly
     */
    public String getRestartUrl() {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null) {
            return request.getContextPath() + "/";
        }
        return RequestLocales.originalPath(request);
    }

    /**
     * Sets the HTTP status of a normal request that shows this page, also when the page is opened directly. Leaves
     * ajax responses alone: they must stay 200 for the browser to show the error page they carry.
     *
     * @param status the HTTP status, e.g. 404
     */
    public void respondWithStatus(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.getPartialViewContext().isAjaxRequest()) {
            return;
        }
        ExternalContext externalContext = context.getExternalContext();
        if (!externalContext.isResponseCommitted()) {
            externalContext.setResponseStatus(status);
        }
    }
}
