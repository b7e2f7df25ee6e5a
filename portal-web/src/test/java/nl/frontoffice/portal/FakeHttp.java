package nl.frontoffice.portal;

import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Just enough of a servlet request and response for unit tests of filters and helpers, without a container or a
 * mocking library. Unknown methods answer {@code null}/{@code false}/0.
 */
public final class FakeHttp {

    private FakeHttp() {
    }

    /** A request under construction. */
    public static final class Request {
        private String method = "GET";
        private String contextPath = "/portal";
        private String requestUri = "/portal/";
        private String queryString;
        private DispatcherType dispatcherType = DispatcherType.REQUEST;
        private boolean secure;
        private final Map<String, String> headers = new HashMap<>();
        private final List<Cookie> cookies = new ArrayList<>();
        private final Map<String, Object> attributes = new HashMap<>();
        private Map<String, Object> session;

        public Request method(String value) {
            method = value;
            return this;
        }

        /** @param uri the request URI, optionally with {@code ?query} */
        public Request uri(String uri) {
            int question = uri.indexOf('?');
            requestUri = question < 0 ? uri : uri.substring(0, question);
            queryString = question < 0 ? null : uri.substring(question + 1);
            return this;
        }

        public Request contextPath(String value) {
            contextPath = value;
            return this;
        }

        public Request header(String name, String value) {
            headers.put(name.toLowerCase(), value);
            return this;
        }

        public Request cookie(String name, String value) {
            cookies.add(new Cookie(name, value));
            return this;
        }

        public Request attribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        public Request dispatcherType(DispatcherType value) {
            dispatcherType = value;
            return this;
        }

        public Request secure(boolean value) {
            secure = value;
            return this;
        }

        public Map<String, Object> attributes() {
            return attributes;
        }

        /** Gives the request an HTTP session with these attributes (the map is used as it is). */
        public Request session(Map<String, Object> sessionAttributes) {
            session = sessionAttributes;
            return this;
        }

        private jakarta.servlet.http.HttpSession session(boolean create) {
            if (session == null && create) {
                session = new HashMap<>();
            }
            if (session == null) {
                return null;
            }
            Map<String, Object> values = session;
            return (jakarta.servlet.http.HttpSession) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {jakarta.servlet.http.HttpSession.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getAttribute" -> values.get((String) args[0]);
                        case "setAttribute" -> values.put((String) args[0], args[1]);
                        case "removeAttribute" -> values.remove((String) args[0]);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> defaultValue(m.getReturnType());
                    });
        }

        public HttpServletRequest build() {
            return (HttpServletRequest) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "getMethod" -> method;
                        case "getContextPath" -> contextPath;
                        case "getRequestURI" -> requestUri;
                        case "getServletPath" -> requestUri.substring(Math.min(contextPath.length(), requestUri.length()));
                        case "getSession" -> session(args == null || (Boolean) args[0]);
                        case "getQueryString" -> queryString;
                        case "getDispatcherType" -> dispatcherType;
                        case "isSecure" -> secure;
                        case "getHeader" -> headers.get(((String) args[0]).toLowerCase());
                        case "getCookies" -> cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
                        case "getParameter" -> parameter((String) args[0]);
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        case "toString" -> "FakeRequest " + method + " " + requestUri;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> defaultValue(m.getReturnType());
                    });
        }

        private String parameter(String name) {
            if (queryString == null) {
                return null;
            }
            return Arrays.stream(queryString.split("&"))
                    .map(pair -> pair.split("=", 2))
                    .filter(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8).equals(name))
                    .map(pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "")
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A response that records what is done to it. */
    public static final class Response {
        private int status = 200;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final List<Cookie> cookies = new ArrayList<>();

        public int status() {
            return status;
        }

        /** @return all values of a header (names are case-insensitive) */
        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of());
        }

        public String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }

        public List<Cookie> cookies() {
            return cookies;
        }

        public HttpServletResponse build() {
            return (HttpServletResponse) Proxy.newProxyInstance(FakeHttp.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getStatus" -> status;
                        case "setHeader" -> headers.put(((String) args[0]).toLowerCase(),
                                new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent(((String) args[0]).toLowerCase(),
                                key -> new ArrayList<>()).add((String) args[1]);
                        case "getHeader" -> header((String) args[0]);
                        case "getHeaders" -> headers((String) args[0]);
                        case "containsHeader" -> !headers((String) args[0]).isEmpty();
                        case "addCookie" -> cookies.add((Cookie) args[0]);
                        case "toString" -> "FakeResponse " + status;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> defaultValue(m.getReturnType());
                    });
        }
    }

    /** A filter chain that remembers whether, and with what, it was called. */
    public static final class Chain implements FilterChain {
        private jakarta.servlet.ServletRequest request;
        private jakarta.servlet.ServletResponse response;

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            this.request = request;
            this.response = response;
        }

        public boolean called() {
            return request != null;
        }

        public jakarta.servlet.ServletResponse response() {
            return response;
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        if (type == float.class) {
            return 0.0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == char.class) {
            return (char) 0;
        }
        return 0;
    }
}
