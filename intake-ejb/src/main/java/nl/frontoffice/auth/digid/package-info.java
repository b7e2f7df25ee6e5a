/**
 * The DigiD login as the application runs it: the container-side pieces around the plain SAML
 * library in {@link nl.frontoffice.auth.saml}.
 *
 * <ul>
 * <li>{@link nl.frontoffice.auth.digid.DigidLogin}: the boundary the portal calls (start a login,
 * complete it with the artifact; start a single logout at DigiD and complete it with DigiD's
 * signed answer, or record a logout without the browser; our metadata), auditing every login,
 * failed login and logout with a non-reversible citizen reference instead of the BSN;</li>
 * <li>what it hands the portal: {@link nl.frontoffice.auth.digid.LoginRedirect},
 * {@link nl.frontoffice.auth.digid.LogoutRedirect} and {@link nl.frontoffice.auth.digid.LogoutOutcome};
 * what it throws: {@link nl.frontoffice.auth.digid.DigidLoginException},
 * {@link nl.frontoffice.auth.digid.DigidLogoutException} (both with a reason code) and
 * {@link nl.frontoffice.auth.digid.DigidConfigurationException};</li>
 * <li>{@link nl.frontoffice.auth.digid.DigidConfiguration} and
 * {@link nl.frontoffice.auth.digid.DigidSettings}: the {@code frontoffice.digid.*} MicroProfile
 * Config properties (the table is in {@code DigidSettings}), key stores, and DigiD's metadata,
 * cached and refreshed;</li>
 * <li>{@link nl.frontoffice.auth.digid.DatabaseReplayCache}: the replay cache in the database
 * (table {@code saml_replay}), shared by every cluster member.</li>
 * </ul>
 */
package nl.frontoffice.auth.digid;
