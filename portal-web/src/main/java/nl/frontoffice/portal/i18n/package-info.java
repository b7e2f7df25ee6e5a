/**
 * Languages of the portal: Dutch by default, English on request.
 * <p>
 * The language is chosen per request, without needing an HTTP session:
 * <ol>
 * <li>a {@code ?lang=en} or {@code ?lang=nl} link (the visible switch in the header) is handled by
 * {@link nl.frontoffice.portal.i18n.LocaleFilter}, which remembers the choice in a browser-session cookie and
 * redirects back to the same page without the parameter; this works without JavaScript;</li>
 * <li>otherwise the cookie decides;</li>
 * <li>otherwise Dutch, whatever language the browser prefers (many Dutch citizens browse in English).</li>
 * </ol>
 * {@link nl.frontoffice.portal.i18n.LocaleBean} exposes the outcome to the layout, which sets it as the view locale
 * ({@code <f:view locale>}), so the resource bundle {@code msg}, the Faces messages and the Bean Validation messages
 * all follow it.
 * <p>
 * The bundles live in {@code src/main/resources/nl/frontoffice/portal/i18n}: {@code messages} for every text on the
 * pages, {@code FacesMessages} for Faces' own conversion and validation messages. The base files are Dutch; the
 * empty {@code _nl} files stop {@link java.util.ResourceBundle} from falling back to the server's default locale
 * (often English) when Dutch is asked for.
 */
package nl.frontoffice.portal.i18n;
