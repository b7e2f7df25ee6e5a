/**
 * SAML 2.0 plumbing shared by every endpoint: names (namespaces, bindings, status codes), secure XML parsing (no
 * DOCTYPE, no external entities), building DOM elements, enveloped XML signatures with the JDK's
 * {@code javax.xml.crypto.dsig} API (RSA-SHA256 and exclusive canonicalisation when signing; SHA-256 or stronger,
 * a single reference to the signed element's own ID and secure validation when verifying) and the HTTP-Redirect
 * binding (DEFLATE, query-string signatures).
 */
package nl.frontoffice.digidsimulator.saml;
