package nl.frontoffice.citizens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Runs code as a staff member inside Payara Micro, for in-container tests: {@code AsStaff.as("jdevries", () ->
 * service.call())}. The action is handed to {@link AsStaffServlet} through memory and started by an HTTP request
 * over loopback that {@link TestStaffAuthentication} logs in as that staff member (Jakarta Security
 * {@code notifyContainerAboutLogin}), so the container's caller principal and roles are real: {@code @RolesAllowed},
 * {@code SessionContext.getCallerPrincipal()} and {@code isCallerInRole} behave as for a logged-in portal user.
 * Exceptions of the action are rethrown as they are (unchecked) or wrapped (checked).
 */
final class AsStaff {

    static final Object NULL = new Object();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static volatile URI base;

    private AsStaff() {
    }

    /** @param port the HTTP port of the server, {@code contextPath} the test WAR's context path */
    static void at(int port, String contextPath) {
        base = URI.create("http://127.0.0.1:" + port + contextPath + "/as-staff/");
    }

    @SuppressWarnings("unchecked")
    static <T> T as(String username, Callable<T> action) {
        String key = UUID.randomUUID().toString();
        AsStaffServlet.ACTIONS.put(key, action);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(key))
                    .timeout(Duration.ofSeconds(60))
                    .header(TestStaffAuthentication.HEADER, username)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new AssertionError("as-staff answered HTTP " + response.statusCode() + " for " + username);
            }
            if (!username.equals(AsStaffServlet.CALLERS.remove(key))) {
                throw new AssertionError("the request did not run as " + username);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError("as-staff request failed", e);
        } finally {
            AsStaffServlet.ACTIONS.remove(key);
        }
        Throwable failure = AsStaffServlet.FAILURES.remove(key);
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        Object result = AsStaffServlet.RESULTS.remove(key);
        return result == NULL ? null : (T) result;
    }
}
