/**
 * The simulated identity provider itself: its entity id and URLs
 * ({@link nl.frontoffice.digidsimulator.idp.IdpSettings}), its signing key and certificate from a PKCS12 keystore,
 * generated with {@code keytool} at first start when none is configured
 * ({@link nl.frontoffice.digidsimulator.idp.IdpKeys}), and its SAML metadata.
 */
package nl.frontoffice.digidsimulator.idp;
