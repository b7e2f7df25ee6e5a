package nl.frontoffice.auth.saml;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import nl.frontoffice.auth.saml.SamlValidationException.Reason;

/**
 * The assertion consumer service's whole job for one returning citizen, in the right order: check
 * the artifact and record its use, sign an ArtifactResolve, send it over the back channel, and
 * validate the answer against the login this browser session started.
 *
 * <p>Usage: {@code AuthenticatedCitizen citizen = consumer.consume(samlArt, pendingFromSession);}
 * Thread-safe when the client and the replay cache are.
 */
public final class ArtifactConsumer {

    /** A login not finished within this time is refused. */
    public static final Duration MAX_PENDING_AGE = Duration.ofMinutes(30);

    private final ServiceProviderSettings sp;
    private final ArtifactResolutionClient client;
    private final ArtifactResponseValidator validator;
    private final Clock clock;

    /**
     * @param sp          our settings (also our ArtifactResolve's Issuer and signing key)
     * @param idp         the IdP's metadata
     * @param client      the back channel, normally a {@link TlsArtifactResolutionClient}
     * @param replayCache remembers used artifacts and assertion ids
     * @param clock       the time all time checks use
     */
    public ArtifactConsumer(ServiceProviderSettings sp, IdentityProviderMetadata idp, ArtifactResolutionClient client,
            ReplayCache replayCache, Clock clock) {
        this.sp = Objects.requireNonNull(sp);
        this.client = Objects.requireNonNull(client);
        this.clock = Objects.requireNonNull(clock);
        this.validator = new ArtifactResponseValidator(sp, idp, replayCache, clock);
    }

    /**
     * @param samlArt the {@code SAMLart} request parameter
     * @param pending the pending login taken (and removed) from the browser session; {@code null}
     *                when the session has none, which is refused as unsolicited
     * @return the authenticated citizen
     * @throws SamlValidationException the first check that failed; {@link Reason#IN_RESPONSE_TO_MISMATCH}
     *                                 without a pending login, {@link Reason#EXPIRED} when it is too old
     */
    public AuthenticatedCitizen consume(String samlArt, PendingLogin pending) throws SamlValidationException {
        if (pending == null) {
            throw new SamlValidationException(Reason.IN_RESPONSE_TO_MISMATCH, "no pending login");
        }
        if (pending.isOlderThan(MAX_PENDING_AGE, clock)) {
            throw new SamlValidationException(Reason.EXPIRED, "pending login");
        }
        Artifact artifact = validator.acceptArtifact(samlArt);
        ArtifactResolve resolve = ArtifactResolve.create(artifact, sp, clock);
        String answer = client.resolve(resolve.endpoint(), resolve.soapMessage());
        return validator.validate(answer, resolve.id(), pending);
    }
}
