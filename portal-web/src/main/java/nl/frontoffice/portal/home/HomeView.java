package nl.frontoffice.portal.home;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Backing bean of the home page {@code /index.xhtml}: the domain sections in the order they are shown.
 * <p>
 * The ids are stable: browser tests find the sections as {@code #domain-wmo}, {@code #domain-jeugd},
 * {@code #domain-participatie} and {@code #domain-schuldhulpverlening}.
 */
@Named
@RequestScoped
public class HomeView {

    static final List<DomainSection> DOMAINS = List.of(
            new DomainSection("wmo", 4, false),
            new DomainSection("jeugd", 3, false),
            new DomainSection("participatie", 3, false),
            new DomainSection("schuldhulpverlening", 3, true));

    /** @return the domain sections, in display order */
    public List<DomainSection> getDomains() {
        return DOMAINS;
    }
}
