package nl.frontoffice.digidsimulator.sso;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.digidsimulator.Simulator;
import nl.frontoffice.digidsimulator.web.ErrorPage;

/**
 * The login page: {@code GET /login?verzoek=<id>} shows it, {@code POST /login} logs in (or shows the form again with
 * the error) or cancels; both answers go to the service provider as an artifact (303 See Other).
 */
@WebServlet(urlPatterns = "/login")
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String REQUEST_KEY = "verzoek";

    @Inject
    transient Simulator simulator;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter(REQUEST_KEY);
        Optional<PendingAuthentication> pending = simulator.pendingAuthentications().find(key);
        if (pending.isEmpty()) {
            expired(request, response);
            return;
        }
        show(request, response, key, pending.get(), LoginForm.defaults(pending.get()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String key = request.getParameter(REQUEST_KEY);
        Optional<PendingAuthentication> pending = simulator.pendingAuthentications().find(key);
        if (pending.isEmpty()) {
            expired(request, response);
            return;
        }
        if ("annuleren".equals(request.getParameter("actie"))) {
            answer(request, response, key, simulator.responder()::cancel);
            return;
        }
        LoginForm form = LoginForm.submitted(request.getParameter("persoon"), request.getParameter("bsn"),
                request.getParameter("niveau"), pending.get().minimumLevel());
        if (!form.isValid()) {
            show(request, response, key, pending.get(), form);
            return;
        }
        answer(request, response, key,
                taken -> simulator.responder().login(taken, form.chosenBsn(), form.level()));
    }

    /** Takes the pending request (once) and redirects to the SP with the artifact of {@code outcome}. */
    private void answer(HttpServletRequest request, HttpServletResponse response, String key,
                        Function<PendingAuthentication, String> outcome) throws IOException {
        Optional<PendingAuthentication> taken = simulator.pendingAuthentications().take(key);
        if (taken.isEmpty()) {
            expired(request, response);
            return;
        }
        SsoServlet.seeOther(response, outcome.apply(taken.get()));
    }

    private static void show(HttpServletRequest request, HttpServletResponse response, String key,
                             PendingAuthentication pending, LoginForm form) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(LoginPage.render(request.getContextPath(), key, pending, form));
    }

    private static void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "Dit inlogverzoek is niet (meer) geldig",
                "Het inlogverzoek is verlopen, al afgehandeld of onbekend. Begin opnieuw bij de dienst.");
    }
}
