package nl.frontoffice.domain.registry;

/**
 * Why a {@link PersonRegistry} could not give an answer. For the citizen every reason means the
 * same: fill in the data by hand, it will be checked later. The distinction is for operations.
 */
public enum UnavailableReason {

    /** No registry is configured in this installation (for example a quick start without a BRP). */
    NOT_CONFIGURED,

    /** The registry could not be reached or answered with a server error (after retries). */
    UNREACHABLE,

    /** The registry did not answer in time. */
    TIMEOUT,

    /** Recent calls failed so often that the circuit breaker stopped calling the registry for a while. */
    CIRCUIT_OPEN,

    /** The registry refused the request (authentication, authorisation, a request it finds invalid). */
    REJECTED,

    /** The registry answered with something that could not be understood. */
    INVALID_RESPONSE
}
