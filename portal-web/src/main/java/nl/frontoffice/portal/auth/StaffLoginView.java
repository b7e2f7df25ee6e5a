package nl.frontoffice.portal.auth;

import java.io.IOException;
import java.util.Arrays;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.auth.staff.StaffLoginFeedback;
import nl.frontoffice.auth.staff.StaffLoginOutcome;
import nl.frontoffice.auth.staff.StaffRoles;

/**
 * Backing bean of the staff login page {@code /medewerker/inloggen.xhtml}: username and password,
 * checked through {@code SecurityContext.authenticate(...)} by the application's
 * {@link PortalAuthenticationMechanism}.
 *
 * <p>After a successful login it redirects to the page the staff member asked for
 * ({@value ReturnPath#PARAMETER}, only a local staff page, see {@link ReturnPath}) or the staff
 * home page. After a failed one it shows one message for a wrong username or password (it does not
 * say which) and another when the account is locked; the username stays, the password does not.
 * The password is never kept beyond the request or logged.
 */
@Named
@RequestScoped
public class StaffLoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private StaffLoginFeedback feedback;

    private String username;
    private String password;
    private String returnTo;
    private boolean loggedOut;
    private boolean sessionEnded;

    /** View action: a staff member who is logged in already goes on to his page. */
    public void continueWhenLoggedIn() throws IOException {
        if (isStaff()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + ReturnPath.forStaff(returnTo));
        }
    }

    /** Action of the login button. */
    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        UsernamePasswordCredential credential = new UsernamePasswordCredential(username, new Password(secret));
        Arrays.fill(secret, '\0');
        AuthenticationStatus status;
        try {
            status = securityContext.authenticate(
                    (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        } finally {
            credential.getPassword().clear();
        }
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + ReturnPath.forStaff(returnTo));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                boolean locked = feedback.lastOutcome().orElse(StaffLoginOutcome.REFUSED) == StaffLoginOutcome.LOCKED;
                String text = bundle(faces).getString(locked ? "staffLogin.locked" : "staffLogin.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                faces.validationFailed();
            }
        }
    }

    private boolean isStaff() {
        return StaffRoles.all().stream().anyMatch(securityContext::isCallerInRole);
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** @return always {@code null}: a password is never shown again */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    /** @return whether the page was opened because the session ended ({@code ?verlopen=true}) */
    public boolean isSessionEnded() {
        return sessionEnded;
    }

    public void setSessionEnded(boolean sessionEnded) {
        this.sessionEnded = sessionEnded;
    }
}
