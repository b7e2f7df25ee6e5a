package nl.frontoffice.portal.i18n;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Handles the language switch: a plain GET link such as {@code /portal/?lang=en}, so it works without JavaScript.
 * <p>
 * When a request carries the {@value Languages#PARAMETER} parameter, the filter stores a supported choice in the
 * {@value Languages#COOKIE} cookie (a browser-session cookie: the choice lasts until the browser is closed and needs no
 * HTTP session) and answers {@code 303 See Other} to the same path without the parameter, so that the address bar,
 * bookmarks and the browser history stay clean. An unsupported value is dropped the same way, without a cookie.
 * <p>
 * Only GET and HEAD are handled: a form post never carries the switch, and reading parameters of a POST would consume
 * its body before Faces sees it. Even for GET the parameter is read from the query string itself, so that the request's
 * parameters are parsed only after Faces has set their character encoding.
 */
@WebFilter(filterName = "localeFilter", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class LocaleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // read from the raw query string, not with getParameter(): that would parse the request's parameters before
        // Faces sets their character encoding (UTF-8), and Payara would then warn on every request with a session
        String requested = isSafeMethod(request)
                ? RequestLocales.parameter(request.getQueryString(), Languages.PARAMETER) : null;
        if (requested == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Locale> chosen = Languages.find(requested);
        chosen.ifPresent(locale -> response.addCookie(languageCookie(request, locale)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", redirectTarget(request));
        response.setHeader("Cache-Control", "no-store");
    }

    private static boolean isSafeMethod(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static Cookie languageCookie(HttpServletRequest request, Locale locale) {
        Cookie cookie = new Cookie(Languages.COOKIE, locale.getLanguage());
        String contextPath = request.getContextPath();
        cookie.setPath(contextPath.isEmpty() ? "/" : contextPath);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(-1); // browser session only
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /**
     * A root-relative URL of the same path with the remaining query string; relative so that it stays right behind
     * a reverse proxy that terminates TLS, and normalised so that it can never point to another host.
     */
    static String redirectTarget(HttpServletRequest request) {
        String query = RequestLocales.removeParameter(request.getQueryString(), Languages.PARAMETER);
        String path = RequestLocales.normalizePath(request.getRequestURI());
        return query == null ? path : path + "?" + query;
    }
}
