package nl.frontoffice.adapters.brp;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * The fallback of {@link BrpPersonRegistry#lookUp}: whatever went wrong, the look-up answers
 * {@link PersonLookup.Unavailable} with the reason, and one log line says what happened (the exception's type and
 * the adapter's own message, which never contains a BSN or a response body; foreign exceptions are logged by type
 * only). A CDI bean ({@link Dependent}) because the library is a bean archive in "annotated" discovery mode.
 */
@Dependent
public class BrpFallback implements FallbackHandler<PersonLookup> {

    private static final Logger LOG = Logger.getLogger(BrpPersonRegistry.class.getName());

    @Override
    public PersonLookup handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        UnavailableReason reason = reasonFor(failure);
        if (reason == UnavailableReason.CIRCUIT_OPEN) {
            LOG.info("BRP look-up not attempted: circuit breaker open; answering 'unavailable'");
        } else {
            LOG.log(Level.WARNING, "BRP look-up failed ({0}): {1}; answering ''unavailable''",
                    new Object[] {reason, describe(failure)});
        }
        return PersonLookup.unavailable(reason);
    }

    /**
     * @param failure what the look-up threw
     * @return the reason to report
     */
    static UnavailableReason reasonFor(Throwable failure) {
        if (failure instanceof CircuitBreakerOpenException) {
            return UnavailableReason.CIRCUIT_OPEN;
        }
        if (failure instanceof TimeoutException) {
            return UnavailableReason.TIMEOUT;
        }
        if (failure instanceof BrpCallException call) {
            return call.reason();
        }
        return UnavailableReason.UNREACHABLE;
    }

    private static String describe(Throwable failure) {
        if (failure instanceof BrpCallException) {
            return failure.getMessage();
        }
        return failure == null ? "unknown failure" : failure.getClass().getName();
    }
}
