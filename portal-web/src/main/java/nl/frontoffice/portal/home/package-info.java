/**
 * The public home page {@code /index.xhtml}: what the municipality helps with, per domain of the social domain
 * (Wmo, Jeugdwet, Participatiewet, schuldhulpverlening), in plain language (B1).
 * <p>
 * The texts live in the {@code msg} bundle under {@code home.*}; {@link nl.frontoffice.portal.home.HomeView} only
 * knows the order of the sections and which bundle keys belong to each.
 */
package nl.frontoffice.portal.home;
