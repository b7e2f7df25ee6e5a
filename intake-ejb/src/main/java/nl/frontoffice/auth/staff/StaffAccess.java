package nl.frontoffice.auth.staff;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;

/**
 * What a logged-in staff member is and may see: username, display name, roles, teams and the
 * social domains those teams serve. Only cases in {@link #getDomains() his domains} are his to see
 * (the worklist of a later increment filters on it).
 *
 * <p>A snapshot for one request or one login, not an entity. JavaBean getters, so that views can
 * read it ({@code #{currentStaff.access.displayName}}).
 */
public final class StaffAccess implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final List<StaffRole> roles;
    private final List<SocialDomain> domains;
    private final List<String> teamNames;

    private StaffAccess(String username, String displayName, Set<StaffRole> roles, Set<SocialDomain> domains,
            Set<String> teamNames) {
        this.username = username;
        this.displayName = displayName;
        this.roles = List.copyOf(roles);
        this.domains = List.copyOf(domains);
        this.teamNames = List.copyOf(teamNames);
    }

    /**
     * @param member a staff member with his teams
     * @return his access
     */
    public static StaffAccess of(StaffMember member) {
        Set<StaffRole> roles = member.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(member.getRoles());
        Set<SocialDomain> domains = EnumSet.noneOf(SocialDomain.class);
        Set<String> teams = new TreeSet<>();
        for (Team team : member.getTeams()) {
            domains.addAll(team.getDomains());
            teams.add(team.getName());
        }
        return new StaffAccess(member.getUsername(), member.getDisplayName(), roles, domains, teams);
    }

    /** @return the login name */
    public String getUsername() {
        return username;
    }

    /** @return the name to greet him by */
    public String getDisplayName() {
        return displayName;
    }

    /** @return his roles, in the order of {@link StaffRole} */
    public List<StaffRole> getRoles() {
        return roles;
    }

    /** @return the domains his teams serve, in the order of {@link SocialDomain} */
    public List<SocialDomain> getDomains() {
        return domains;
    }

    /** @return the names of his teams, alphabetically */
    public List<String> getTeamNames() {
        return teamNames;
    }

    /** @return the security groups of a login: the role names */
    public Set<String> getGroups() {
        Set<String> groups = new TreeSet<>();
        roles.forEach(role -> groups.add(role.name()));
        return Collections.unmodifiableSet(groups);
    }

    /** @return whether he has that role */
    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    /** @return whether one of his teams serves that domain, so that he may see its cases */
    public boolean mayServe(SocialDomain domain) {
        return domains.contains(domain);
    }

    @Override
    public String toString() {
        return "StaffAccess[" + username + ", roles=" + roles + ", domains=" + domains + "]";
    }
}
