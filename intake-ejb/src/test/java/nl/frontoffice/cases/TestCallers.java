package nl.frontoffice.cases;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs code in a component test as a given caller (a name and groups), so that {@code @RolesAllowed}
 * and {@code SessionContext.getCallerPrincipal()} in the EJBs see that caller, exactly as after a
 * login in the portal.
 *
 * <p>How: an Arquillian in-container test runs inside an HTTP request to the test WAR (the servlet
 * protocol). {@link Exchange} (a filter) keeps that request and response; {@link #as} calls
 * Jakarta Security's {@link SecurityContext#authenticate} with a {@link Caller} credential, which
 * the test WAR's only {@link Mechanism} accepts with {@code notifyContainerAboutLogin(name, groups)}:
 * from then on the request, and every EJB it calls, runs as that caller (groups map to roles of
 * the same name through {@code WEB-INF/payara-web.xml}, as in the portal). Afterwards
 * {@code request.logout()} makes the test anonymous again; a nested {@code as} returns to the outer
 * caller. Only in the component-test deployment.
 */
@ApplicationScoped
public class TestCallers {

    /**
     * The test WAR's {@code WEB-INF/payara-web.xml}: each staff role and {@code CITIZEN} mapped from
     * the group of the same name, as in the portal.
     */
    public static final String ROLE_MAPPING = "<payara-web-app>"
            + java.util.stream.Stream.of("KCC", "CONSULENT", "TEAMLEIDER", "BEHEERDER", "CITIZEN")
                    .map(role -> "<security-role-mapping><role-name>" + role + "</role-name><group-name>" + role
                            + "</group-name></security-role-mapping>")
                    .reduce("", String::concat)
            + "</payara-web-app>";


    @Inject
    private SecurityContext securityContext;

    /**
     * @param name   the caller principal's name (a staff username, or any name for a citizen)
     * @param groups the groups = roles, e.g. {@code CONSULENT}, {@code CITIZEN}
     * @param work   what to run as that caller
     * @return its result
     */
    public <T> T as(String name, Set<String> groups, Callable<T> work) throws Exception {
        HttpServletRequest request = Exchange.REQUEST.get();
        if (request == null) {
            throw new IllegalStateException("Not inside the test request: is the Exchange filter in the deployment?");
        }
        Deque<Caller> stack = CALLERS.get();
        Caller caller = new Caller(name, groups);
        login(caller);
        stack.push(caller);
        try {
            return work.call();
        } finally {
            stack.pop();
            request.logout();
            // a nested call returns to the outer caller
            if (!stack.isEmpty()) {
                login(stack.peek());
            }
        }
    }

    private static final ThreadLocal<Deque<Caller>> CALLERS = ThreadLocal.withInitial(ArrayDeque::new);

    private void login(Caller caller) {
        AuthenticationStatus status = securityContext.authenticate(Exchange.REQUEST.get(), Exchange.RESPONSE.get(),
                AuthenticationParameters.withParams().credential(caller));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Test login failed: " + status);
        }
    }

    /** A caller to log in: name and groups. */
    public record Caller(String name, Set<String> groups) implements Credential {
    }

    /** The test WAR's authentication mechanism: accepts a {@link Caller} handed over by {@link #as}. */
    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {

        @Override
        public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
            if (context.getAuthParameters() != null && context.getAuthParameters().getCredential() instanceof Caller caller) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(caller.name()), caller.groups());
            }
            return context.doNothing();
        }
    }

    /** Keeps the current request and response for {@link #as}. */
    @WebFilter("/*")
    public static class Exchange implements Filter {

        static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
        static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            REQUEST.set((HttpServletRequest) request);
            RESPONSE.set((HttpServletResponse) response);
            try {
                chain.doFilter(request, response);
            } finally {
                REQUEST.remove();
                RESPONSE.remove();
            }
        }
    }
}
