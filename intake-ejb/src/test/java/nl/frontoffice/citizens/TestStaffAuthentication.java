package nl.frontoffice.citizens;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;

/**
 * Test-only Jakarta Security mechanism of the citizen view component test (never in the EAR): a request to
 * {@code /as-staff/*} from a loopback address with header {@value #HEADER} is logged in as that active staff member,
 * with his roles as groups (the same groups the portal's login gives: {@link StaffAccess#getGroups()}); Payara maps
 * each group to the role of the same name ({@code WEB-INF/payara-web.xml} of the test WAR). Every other request is
 * left alone, so the Arquillian runner stays anonymous.
 */
@ApplicationScoped
public class TestStaffAuthentication implements HttpAuthenticationMechanism {

    static final String HEADER = "X-Test-Staff";

    @Inject
    private StaffMemberRepository staff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String username = request.getHeader(HEADER);
        boolean loopback = "127.0.0.1".equals(request.getRemoteAddr()) || "0:0:0:0:0:0:0:1".equals(request.getRemoteAddr());
        if (username == null || !loopback || !request.getRequestURI().contains("/as-staff/")) {
            return context.doNothing();
        }
        Set<String> groups = staff.findByUsername(username).filter(StaffMember::isActive)
                .map(member -> StaffAccess.of(member).getGroups()).orElse(null);
        if (groups == null) {
            return context.responseUnauthorized();
        }
        return context.notifyContainerAboutLogin(username, groups);
    }
}
