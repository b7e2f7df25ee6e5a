package nl.frontoffice.auth.saml;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * A LogoutRequest from the IdP (IdP-initiated single logout) that passed every check, and our
 * signed answer to it: end the sessions of {@link #bsn()} (only those with one of
 * {@link #sessionIndexes()}, or all when the list is empty), then send the browser to
 * {@link #responseLocation()}. {@link #toString()} masks the BSN and leaves the query out.
 *
 * @param requestId        the LogoutRequest's ID (our LogoutResponse's InResponseTo)
 * @param bsn              the citizen named by the NameID ({@code s00000000:<BSN>})
 * @param sessionIndexes   the DigiD session indexes to end; empty means every session of the citizen
 * @param responseLocation the IdP's SingleLogoutService (its ResponseLocation if given) with our signed
 *                         LogoutResponse (Success) and the RelayState in the query
 */
public record IdpLogoutRequest(String requestId, Bsn bsn, List<String> sessionIndexes, URI responseLocation) {

    public IdpLogoutRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(bsn, "bsn");
        sessionIndexes = List.copyOf(sessionIndexes);
        Objects.requireNonNull(responseLocation, "responseLocation");
    }

    /**
     * @return whether a session of this citizen with this DigiD session index is to end
     */
    public boolean ends(AuthenticatedCitizen citizen) {
        return citizen != null && citizen.bsn().equals(bsn)
                && (sessionIndexes.isEmpty() || sessionIndexes.contains(citizen.sessionIndex()));
    }

    @Override
    public String toString() {
        return "IdpLogoutRequest[" + requestId + ", " + bsn + ", " + sessionIndexes.size() + " session index(es), "
                + responseLocation.getScheme() + "://" + responseLocation.getRawAuthority()
                + responseLocation.getRawPath() + "]";
    }
}
