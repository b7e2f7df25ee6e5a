package nl.frontoffice.bench.backoffice;

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
 * The benchmark WAR's log-in (benchmark only, never in the EAR; like the component tests'
 * {@code TestStaffAuthentication}): a request to {@code /api/backoffice/...} from a loopback address
 * with the header {@value #HEADER} is logged in as that active staff member, with his roles as groups
 * (the groups the portal's login gives, {@link StaffAccess#getGroups()}), mapped to roles by the WAR's
 * {@code payara-web.xml}. The services then see a real caller principal and roles, as after a login in
 * the portal. Any other request is left alone (anonymous).
 */
@ApplicationScoped
public class BenchStaffAuthentication implements HttpAuthenticationMechanism {

    static final String HEADER = "X-Bench-Staff";

    @Inject
    private StaffMemberRepository staff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String username = request.getHeader(HEADER);
        boolean loopback = "127.0.0.1".equals(request.getRemoteAddr()) || "0:0:0:0:0:0:0:1".equals(request.getRemoteAddr());
        if (username == null || !loopback || !request.getRequestURI().contains("/api/backoffice/")) {
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
