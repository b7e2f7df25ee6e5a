package nl.frontoffice.portal.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Installs the {@link PortalExceptionHandler}; registered in {@code faces-config.xml} under
 * {@code <factory><exception-handler-factory>}.
 */
public class PortalExceptionHandlerFactory extends ExceptionHandlerFactory {

    /**
     * @param wrapped the factory configured before this one (Mojarra's, PrimeFaces')
     */
    public PortalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }
}
