package nl.frontoffice.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.SocialDomain;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A staff member of the municipality who works with the Frontoffice: a username (the login name),
 * a display name, an e-mail address, {@link StaffRole roles} and {@link Team teams}.
 *
 * <p>A staff member serves the domains of his teams ({@link #servesDomain(SocialDomain)}). A staff
 * member who leaves is {@link #deactivate() deactivated}, never deleted: his name stays in the
 * histories he is part of.
 *
 * <p>Usage: {@code new StaffMember("jdevries", "J. de Vries", "j.devries@gemeente.nl")}, then
 * {@code grant(StaffRole.CONSULENT)} and {@code joinTeam(team)}.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "username", nullable = false, unique = true, updatable = false, length = 100)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Email
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", nullable = false, length = 30)
    private Set<StaffRole> roles = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "staff_team",
            joinColumns = @JoinColumn(name = "staff_member_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected StaffMember() {
    }

    /**
     * An active staff member without roles or teams.
     *
     * @param username    the unique login name
     * @param displayName the name colleagues and citizens see
     * @param email       the work e-mail address, may be {@code null}
     */
    public StaffMember(String username, String displayName, String email) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username is required");
        }
        this.username = username.strip();
        updateProfile(displayName, email);
        this.active = true;
    }

    /**
     * @param newDisplayName the name colleagues and citizens see
     * @param newEmail       the work e-mail address, may be {@code null}
     */
    public void updateProfile(String newDisplayName, String newEmail) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("displayName is required");
        }
        this.displayName = newDisplayName.strip();
        this.email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
    }

    /** Gives the staff member a role. */
    public void grant(StaffRole role) {
        roles.add(Objects.requireNonNull(role, "role"));
    }

    /** Takes a role away. */
    public void revoke(StaffRole role) {
        roles.remove(role);
    }

    /** @return whether the staff member has that role */
    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    /** The staff member joins a team. */
    public void joinTeam(Team team) {
        teams.add(Objects.requireNonNull(team, "team"));
    }

    /** The staff member leaves a team. */
    public void leaveTeam(Team team) {
        teams.remove(team);
    }

    /** @return whether the staff member is in that team */
    public boolean isMemberOf(Team team) {
        return teams.contains(team);
    }

    /** @return whether any of the staff member's teams serves that domain */
    public boolean servesDomain(SocialDomain domain) {
        return teams.stream().anyMatch(team -> team.serves(domain));
    }

    /** The staff member no longer works with the application (he stays in histories). */
    public void deactivate() {
        this.active = false;
    }

    /** The staff member works with the application (again). */
    public void activate() {
        this.active = true;
    }

    /** @return this staff member as the actor of something he does */
    public Actor asActor() {
        return Actor.staff(username, displayName);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Optional<String> getEmail() {
        return Optional.ofNullable(email);
    }

    public boolean isActive() {
        return active;
    }

    /** @return the roles (read-only) */
    public Set<StaffRole> getRoles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** @return the teams (read-only) */
    public Set<Team> getTeams() {
        return Collections.unmodifiableSet(teams);
    }

    @Override
    public String toString() {
        return "StaffMember[id=" + id + ", username=" + username + "]";
    }
}
