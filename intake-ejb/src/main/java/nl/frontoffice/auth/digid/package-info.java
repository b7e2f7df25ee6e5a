/**
 * The DigiD login as the application runs it: the container-side pieces around the plain SAML
 * library in {@link nl.frontoffice.auth.saml}, such as the replay cache shared by every cluster
 * member.
 */
package nl.frontoffice.auth.digid;
