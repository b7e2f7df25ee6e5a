package nl.frontoffice.citizens;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.SessionContext;

import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.domain.shared.SocialDomain;
import nl.frontoffice.domain.staff.StaffMember;
import nl.frontoffice.domain.staff.StaffMemberRepository;
import nl.frontoffice.domain.staff.StaffRole;
import nl.frontoffice.domain.staff.Team;

/**
 * What the calling staff member may see of a citizen, derived on the server from the container's caller principal
 * and the staff directory (his roles, teams and their domains), never from parameters. Pure rules, unit-tested in
 * {@code CallerScopeTest}.
 *
 * <ul>
 *   <li>Cases in one of the caller's domains: {@link ItemAccess#OPEN}, whatever his role.</li>
 *   <li>Cases of other domains: {@link ItemAccess#SUMMARY} for the contact centre (KCC: reference, type and status,
 *       so that a caller can be told where his case stands), {@link ItemAccess#EXISTENCE} for everyone else (only
 *       that a case in that domain exists, and since when).</li>
 *   <li>A citizen's timeline at all: the contact centre always (anyone may call); others only with a
 *       {@link #hasNeedToKnow need to know} (a case in their domains, or a callback request for their team).</li>
 * </ul>
 *
 * @param username      the caller's username
 * @param actorName     the caller's display name
 * @param contactCentre whether the caller has the role KCC
 * @param domains       the domains of the caller's teams
 * @param teamIds       the ids of the caller's teams
 */
public record CallerScope(String username, String actorName, boolean contactCentre, Set<SocialDomain> domains,
        Set<Long> teamIds) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Message key: the caller may not see this citizen's data. */
    public static final String ACCESS_REFUSED = "citizens.access.refused";

    /** Copies the sets. */
    public CallerScope {
        Objects.requireNonNull(username, "username");
        domains = domains.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(domains));
        teamIds = Set.copyOf(teamIds);
    }

    /**
     * @param member an active staff member with his teams
     * @return his scope
     */
    public static CallerScope of(StaffMember member) {
        Set<SocialDomain> domains = EnumSet.noneOf(SocialDomain.class);
        member.getTeams().forEach(team -> domains.addAll(team.getDomains()));
        return new CallerScope(member.getUsername(), member.getDisplayName(), member.hasRole(StaffRole.KCC), domains,
                member.getTeams().stream().map(Team::getId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /**
     * @param context the calling EJB's context
     * @param staff   the staff directory
     * @return the caller's scope, read fresh from the database
     * @throws DomainException {@code staff.unknown} when the caller is no (longer an) active staff member
     */
    public static CallerScope resolve(SessionContext context, StaffMemberRepository staff) {
        return staff.findByUsername(context.getCallerPrincipal().getName())
                .filter(StaffMember::isActive)
                .map(CallerScope::of)
                .orElseThrow(() -> new DomainException("staff.unknown"));
    }

    /** @return how much the caller may see of a case (or an intake question) in that domain */
    public ItemAccess caseAccess(SocialDomain domain) {
        if (domains.contains(domain)) {
            return ItemAccess.OPEN;
        }
        return contactCentre ? ItemAccess.SUMMARY : ItemAccess.EXISTENCE;
    }

    /** @return whether the caller may open the details (answers, documents, notes) of everything in these domains */
    public boolean mayOpenAll(Collection<SocialDomain> itemDomains) {
        return domains.containsAll(itemDomains);
    }

    /**
     * @param citizenCaseDomains    the domains of the citizen's cases
     * @param citizenCallbackTeams  the team ids of the citizen's callback requests
     * @return whether the caller may see the citizen's timeline and registered data
     */
    public boolean hasNeedToKnow(Collection<SocialDomain> citizenCaseDomains, Collection<Long> citizenCallbackTeams) {
        return contactCentre
                || citizenCaseDomains.stream().anyMatch(domains::contains)
                || citizenCallbackTeams.stream().anyMatch(teamIds::contains);
    }

    /** @return whether the caller is a member of that team */
    public boolean isMemberOf(Team team) {
        return team.getId() != null && teamIds.contains(team.getId());
    }
}
