/**
 * The citizen portal: Faces views, their backing beans and the web plumbing around them.
 * <p>
 * Packaged by feature. Views mirror URLs: the backing bean of {@code /index.xhtml} is
 * {@link nl.frontoffice.portal.home.HomeView}, a future {@code /intake/start.xhtml} gets
 * {@code nl.frontoffice.portal.intake.StartView}, and so on.
 * <ul>
 * <li>{@link nl.frontoffice.portal.i18n}: the Dutch/English switch and the resource bundles;</li>
 * <li>{@link nl.frontoffice.portal.home}: the public home page;</li>
 * <li>{@link nl.frontoffice.portal.error}: error pages, reference ids and exception logging;</li>
 * <li>{@link nl.frontoffice.portal.security}: HTTP security headers.</li>
 * </ul>
 */
package nl.frontoffice.portal;
