package nl.frontoffice.portal.error;

import java.util.Locale;
import java.util.logging.Logger;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' {@link FullAjaxExceptionHandler}: an exception during an ajax request shows the same error page as during
 * a normal request (found through the {@code <error-page>} entries in {@code web.xml}), instead of nothing.
 * <p>
 * Only the logging differs from OmniFaces: with our {@link ErrorReference} and without the client's IP address.
 * Registered in {@code faces-config.xml} through {@link PortalExceptionHandlerFactory}.
 */
public class PortalExceptionHandler extends FullAjaxExceptionHandler {

    private static final Logger LOGGER = Logger.getLogger(PortalExceptionHandler.class.getName());

    /**
     * @param wrapped the exception handler to delegate to for what this one does not handle
     */
    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, LogReason reason) {
        // the reason says whether the error page could still be shown, e.g. RENDER_EXCEPTION_UNHANDLED
        log(context, exception, location, "ajax request, " + reason.name().toLowerCase(Locale.ROOT));
    }

    @Override
    protected void logException(FacesContext context, Throwable exception, String location, String message,
            Object... parameters) {
        log(context, exception, location, "ajax request");
    }

    private static void log(FacesContext context, Throwable exception, String location, String detail) {
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        ErrorReference.logUnhandled(LOGGER, request, exception, location, detail);
    }
}
