package nl.frontoffice.domain.shared;

/**
 * The part of the social domain a question for help or a case belongs to; each has its own law.
 *
 * <p>Stored by name ({@code EnumType.STRING}) in columns called {@code domain_code}. Adding a domain
 * means adding a constant here <em>and</em> a Flyway migration that inserts its intake case type
 * (with {@code intake_default = TRUE}) and that case type's statuses, and gives a team the domain;
 * without that case type an intake question in the new domain cannot open a case. Also add the
 * text for {@link #getMessageKey()} to the {@code DomainMessages} bundles.
 */
public enum SocialDomain {

    /** Support at home under the Wet maatschappelijke ondersteuning 2015. */
    WMO,
    /** Youth care under the Jeugdwet. */
    JEUGD,
    /** Work and income under the Participatiewet. */
    PARTICIPATIE,
    /** Debt counselling under the Wet gemeentelijke schuldhulpverlening. */
    SCHULDHULPVERLENING;

    /**
     * @return the resource-bundle key of the domain's name, e.g. {@code socialdomain.WMO}
     */
    public String getMessageKey() {
        return "socialdomain." + name();
    }
}
