package nl.frontoffice.auth.staff;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.frontoffice.domain.staff.StaffRole;

/**
 * The security role names of staff, as compile-time constants for {@code @RolesAllowed}. They are
 * the names of {@link StaffRole}, and the group names the {@link StaffIdentityStore} gives a staff
 * member; {@code WEB-INF/payara-web.xml} of the portal maps each group to the role of the same name.
 */
public final class StaffRoles {

    public static final String KCC = "KCC";
    public static final String CONSULENT = "CONSULENT";
    public static final String TEAMLEIDER = "TEAMLEIDER";
    public static final String BEHEERDER = "BEHEERDER";

    private StaffRoles() {
    }

    /** @return every staff role name */
    public static Set<String> all() {
        return Stream.of(StaffRole.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
