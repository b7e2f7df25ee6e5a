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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.frontoffice.domain.shared.SocialDomain;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A team of staff members that serves one or more {@link SocialDomain social domains}, e.g.
 * "Team Werk en Inkomen" serving PARTICIPATIE and SCHULDHULPVERLENING.
 *
 * <p>The teams of the start situation are inserted by migration {@code V2}; their ids are below
 * 1000 (the sequence {@code team_seq} starts at 1001).
 */
@Entity
@Table(name = "team")
public class Team implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, unique = true, length = 100)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_domain", joinColumns = @JoinColumn(name = "team_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain_code", nullable = false, length = 30)
    private Set<SocialDomain> domains = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA only. */
    protected Team() {
    }

    /**
     * @param name    the unique name, e.g. "Team Wmo"
     * @param domains the domains the team serves
     */
    public Team(String name, Set<SocialDomain> domains) {
        rename(name);
        this.domains.addAll(Objects.requireNonNull(domains, "domains"));
    }

    /**
     * @param newName the new unique name
     */
    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        this.name = newName.strip();
    }

    /** The team starts serving a domain. */
    public void startServing(SocialDomain domain) {
        domains.add(Objects.requireNonNull(domain, "domain"));
    }

    /** The team no longer serves a domain. */
    public void stopServing(SocialDomain domain) {
        domains.remove(domain);
    }

    /** @return whether the team serves that domain */
    public boolean serves(SocialDomain domain) {
        return domains.contains(domain);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** @return the domains the team serves (read-only) */
    public Set<SocialDomain> getDomains() {
        return domains.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(domains));
    }

    /**
     * Teams are equal when they have the same database id; a team that was not stored yet is only
     * equal to itself.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Team that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Team.class.hashCode();
    }

    @Override
    public String toString() {
        return "Team[id=" + id + ", name=" + name + "]";
    }
}
