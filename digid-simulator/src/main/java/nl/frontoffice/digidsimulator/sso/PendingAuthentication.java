package nl.frontoffice.digidsimulator.sso;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted AuthnRequest waiting for the tester to log in or cancel.
 *
 * @param requestId    the AuthnRequest's ID (InResponseTo of the answer)
 * @param spEntityId   the requesting service provider
 * @param acsUrl       where the artifact goes (checked against the SP's metadata)
 * @param minimumLevel the minimum assurance level asked for (Basis when none was asked)
 * @param relayState   the RelayState to return unchanged
 * @param passive      IsPassive: the SP asked not to show a login page
 * @param received     when the request arrived
 */
public record PendingAuthentication(String requestId, String spEntityId, String acsUrl, AssuranceLevel minimumLevel,
                                    Optional<String> relayState, boolean passive, Instant received) {

    public PendingAuthentication {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(spEntityId, "spEntityId");
        Objects.requireNonNull(acsUrl, "acsUrl");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
        Objects.requireNonNull(relayState, "relayState");
        Objects.requireNonNull(received, "received");
    }
}
