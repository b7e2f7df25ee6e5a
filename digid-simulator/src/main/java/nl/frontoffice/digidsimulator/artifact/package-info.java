/**
 * The HTTP-Artifact binding on the IdP side: SAML 2.0 type 0x0004 artifacts, the single-use store of the messages they
 * stand for, and the SOAP ArtifactResolution service that answers a signed ArtifactResolve with a signed
 * ArtifactResponse (optionally checking the TLS client certificate).
 */
package nl.frontoffice.digidsimulator.artifact;
