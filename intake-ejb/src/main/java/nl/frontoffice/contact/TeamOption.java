package nl.frontoffice.contact;

import java.io.Serializable;
import java.util.List;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * A team a callback request can be sent to.
 *
 * @param id      the team's id
 * @param name    its name
 * @param domains the domains it serves
 */
public record TeamOption(long id, String name, List<SocialDomain> domains) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    public TeamOption {
        domains = List.copyOf(domains);
    }
}
