package nl.frontoffice.auth.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.platform.audit.AuditEvent;
import nl.frontoffice.platform.audit.AuditLog;

/**
 * A staff login vouched for by the municipality's own identity provider (OpenID Connect, see
 * {@code nl.frontoffice.portal.auth.oidc}): the provider says who it is, our database says whether
 * that person may work here and with which roles and teams. So access control stays ours: a
 * provider can only log in staff members that a BEHEERDER created and has not deactivated.
 *
 * <p>No password is involved, so the password lock ({@link StaffAuthentication}) does not apply.
 * Every call is audited: {@link AuditEvent#STAFF_LOGIN_SUCCEEDED} or
 * {@link AuditEvent#STAFF_LOGIN_FAILED} with reason {@link StaffLoginFailure#UNKNOWN_USER} or
 * {@link StaffLoginFailure#INACTIVE}, both with {@code method=<method>}.
 */
@Stateless
public class StaffFederatedLogin {

    @Inject
    private StaffMemberRepository staff;

    @Inject
    private AuditLog audit;

    /**
     * @param username the username the identity provider vouched for (surrounding spaces are ignored)
     * @param method   how the staff member logged in, for the audit line, e.g. {@code oidc}
     * @return the staff member's access when the username names an active staff member, else empty
     */
    public Optional<StaffAccess> login(String username, String method) {
        String name = username == null ? "" : username.strip();
        Optional<StaffMember> member = name.isEmpty() ? Optional.empty() : staff.findByUsername(name);
        if (member.isEmpty() || !member.get().isActive()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("reason", member.isEmpty() ? StaffLoginFailure.UNKNOWN_USER : StaffLoginFailure.INACTIVE);
            details.put("method", method);
            audit.record(AuditEvent.STAFF_LOGIN_FAILED, name, details);
            return Optional.empty();
        }
        StaffAccess access = StaffAccess.of(member.get());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", method);
        details.put("roles", String.join(",", access.getGroups()));
        audit.record(AuditEvent.STAFF_LOGIN_SUCCEEDED, access.getUsername(), details);
        return Optional.of(access);
    }
}
