/**
 * Single sign-on: the AuthnRequest is checked (signature, issuer, destination, assertion consumer service, requested
 * minimum assurance level), kept server-side under an opaque id while the tester picks a test person and a level on
 * the login page, and answered with a SAML Response holding a signed Assertion (or, on cancel, status
 * Responder/AuthnFailed) that is handed to the service provider as an artifact.
 */
package nl.frontoffice.digidsimulator.sso;
