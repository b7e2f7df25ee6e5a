/**
 * MicroProfile Health checks of the application, served by Payara at {@code /health},
 * {@code /health/ready} and {@code /health/live}.
 */
package nl.frontoffice.portal.health;
