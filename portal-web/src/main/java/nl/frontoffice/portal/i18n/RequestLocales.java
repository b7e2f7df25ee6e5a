package nl.frontoffice.portal.i18n;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Servlet-side helpers for the language of a request and the URL of the language switch.
 * <p>
 * Used by the {@link LocaleFilter}, the {@link LocaleBean} and the error pages. Depends on the servlet API only, not
 * on Faces or CDI, so that the error pages can use it even when those are in trouble.
 */
public final class RequestLocales {

    /** Request attribute caching the language decided for the current request. */
    static final String ATTRIBUTE = RequestLocales.class.getName() + ".locale";

    private RequestLocales() {
    }

    /**
     * The language of the request: see {@link Languages#resolve(String)}. Decided once and cached on the
     * request.
     *
     * @param request the current request
     * @return the language to render in; never {@code null}
     */
    public static Locale of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Locale cached) {
            return cached;
        }
        Locale locale = Languages.resolve(cookieValue(request));
        request.setAttribute(ATTRIBUTE, locale);
        return locale;
    }

    /**
     * Remembers the language for the rest of this request (after an explicit choice).
     *
     * @param request the current request
     * @param locale  a supported language
     */
    static void set(HttpServletRequest request, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale);
    }

    private static String cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> Languages.COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * The link that shows the page the user asked for in another language: the path as the browser requested it
     * (also on an error page, where the servlet path is that of the error page), its query string without an old
     * language parameter, and {@code lang=<target>}.
     *
     * @param request the current request
     * @param target  the language to switch to
     * @return a same-site, root-relative URL such as {@code /portal/?lang=en}
     */
    public static String switchUrl(HttpServletRequest request, Locale target) {
        String query = removeParameter(originalQueryString(request), Languages.PARAMETER);
        String parameter = Languages.PARAMETER + "=" + target.getLanguage();
        return originalPath(request) + "?" + (query == null ? parameter : query + "&" + parameter);
    }

    /**
     * The path the browser asked for: on an error or forward dispatch the original one, not the error page's.
     * Always starts with exactly one slash, so it can never be read as a link to another host ({@code //host}).
     *
     * @param request the current request
     * @return the original, root-relative request path (still URL-encoded as received)
     */
    public static String originalPath(HttpServletRequest request) {
        Object uri = switch (request.getDispatcherType()) {
            case ERROR -> request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            case FORWARD -> request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            default -> null;
        };
        return normalizePath(uri instanceof String path ? path : request.getRequestURI());
    }

    private static String originalQueryString(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.FORWARD) {
            return (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return null; // the query string of a failed request is not worth repeating
        }
        return request.getQueryString();
    }

    /**
     * Makes a request path safe to use as a link or redirect on this site.
     *
     * @param path a path as received, e.g. {@code //evil.example/x} or {@code /portal/}
     * @return the path with backslashes replaced and leading slashes collapsed to one; {@code "/"} if empty
     */
    static String normalizePath(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String cleaned = path.replace('\\', '/');
        int start = 0;
        while (start < cleaned.length() && cleaned.charAt(start) == '/') {
            start++;
        }
        return "/" + cleaned.substring(start);
    }

    /**
     * Removes every occurrence of a parameter from a raw (still encoded) query string.
     *
     * @param query the raw query string, may be {@code null}
     * @param name  the parameter name to remove
     * @return the remaining raw query string, or {@code null} if nothing remains
     */
    static String removeParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        String remaining = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty())
                .filter(pair -> !name.equals(decodedName(pair)))
                .collect(Collectors.joining("&"));
        return remaining.isEmpty() ? null : remaining;
    }

    /**
     * Reads one parameter from a raw (still encoded) query string, without making the container parse the request's
     * parameters.
     *
     * @param query the raw query string, may be {@code null}
     * @param name  the parameter name
     * @return the decoded value of its first occurrence ({@code ""} without a value), or {@code null} if absent
     */
    static String parameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && name.equals(decodedName(pair))) {
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    return "";
                }
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return pair.substring(equals + 1);
                }
            }
        }
        return null;
    }

    private static String decodedName(String pair) {
        int equals = pair.indexOf('=');
        String rawName = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return rawName;
        }
    }
}
