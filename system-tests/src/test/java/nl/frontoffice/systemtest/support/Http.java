package nl.frontoffice.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP requests to the deployed application, as a load balancer or a sysadmin would send them. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** A GET in the session of these cookies (a {@code Cookie} header, e.g. from {@link Browser#cookieHeader()}). */
    public static HttpResponse<String> get(URI uri, String cookies) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Cookie", cookies).GET().build());
    }

    /** A form POST in the session of these cookies. */
    public static HttpResponse<String> postForm(URI uri, String body, String cookies) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Cookie", cookies)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static HttpResponse<String> postForm(URI uri, String body) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
