/**
 * The service providers the simulator serves: entity id, signing certificates, assertion consumer and single logout
 * endpoints, read from SAML metadata (a URL or a file, lazily, cached and re-read when a signature does not verify
 * with the cached certificates) or configured directly for tests.
 */
package nl.frontoffice.digidsimulator.sp;
