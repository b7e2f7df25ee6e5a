package nl.frontoffice.adapters.brp;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

import nl.frontoffice.domain.registry.PersonSearchResult;
import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * The fallback of {@link BrpPersonRegistry#search}: whatever went wrong, the search answers
 * {@link PersonSearchResult.Unavailable} with the reason (the same reasons as {@link BrpFallback}), and one log line
 * says what happened, never with a search term.
 */
@Dependent
public class BrpSearchFallback implements FallbackHandler<PersonSearchResult> {

    private static final Logger LOG = Logger.getLogger(BrpPersonRegistry.class.getName());

    @Override
    public PersonSearchResult handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        UnavailableReason reason = BrpFallback.reasonFor(failure);
        if (reason == UnavailableReason.CIRCUIT_OPEN) {
            LOG.info("BRP search not attempted: circuit breaker open; answering 'unavailable'");
        } else {
            LOG.log(Level.WARNING, "BRP search failed ({0}): {1}; answering ''unavailable''", new Object[] {reason,
                    failure instanceof BrpCallException ? failure.getMessage()
                            : failure == null ? "unknown failure" : failure.getClass().getName()});
        }
        return PersonSearchResult.unavailable(reason);
    }
}
