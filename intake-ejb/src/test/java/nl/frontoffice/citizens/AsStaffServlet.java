package nl.frontoffice.citizens;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.annotation.security.DeclareRoles;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only servlet (never in the EAR): runs an action the in-container test registered under a key, in a request
 * that {@link TestStaffAuthentication} logged in as a staff member; the EJBs the action calls see that staff
 * member as their caller. The outcome goes back to the test through memory (same JVM), not over HTTP.
 */
@WebServlet("/as-staff/*")
@DeclareRoles({"KCC", "CONSULENT", "TEAMLEIDER", "BEHEERDER"})
public class AsStaffServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final ConcurrentMap<String, Callable<?>> ACTIONS = new ConcurrentHashMap<>();
    static final ConcurrentMap<String, Object> RESULTS = new ConcurrentHashMap<>();
    static final ConcurrentMap<String, Throwable> FAILURES = new ConcurrentHashMap<>();
    static final ConcurrentMap<String, String> CALLERS = new ConcurrentHashMap<>();

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getPathInfo().substring(1);
        Callable<?> action = ACTIONS.remove(key);
        if (action == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CALLERS.put(key, request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName());
        try {
            Object result = action.call();
            RESULTS.put(key, result == null ? AsStaff.NULL : result);
        } catch (Throwable failure) {
            FAILURES.put(key, failure);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
