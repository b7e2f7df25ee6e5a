package nl.frontoffice.domain.intake;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * A part of life the citizen can ask for help with, in the words a citizen uses ("Wonen en
 * huishouden") rather than the law's ("Wmo"). Every life area belongs to one {@link SocialDomain},
 * and so opens that domain's intake case type; several life areas may share a domain (their
 * questions then share one case).
 *
 * <p>Stored by name in draft and intake answers ({@code areas}): never rename a constant without
 * a migration of {@code intake_draft_field} and {@code intake_answer}.
 */
public enum LifeArea {

    /** Living at home and the household: help in and around the house (Wmo). */
    WONEN_EN_HUISHOUDEN(SocialDomain.WMO, "wonen"),
    /** Getting around and going out: transport, mobility aids (Wmo). */
    VERVOER_EN_EROPUIT(SocialDomain.WMO, "vervoer"),
    /** Raising children and growing up (Jeugdwet). */
    OPVOEDEN_EN_OPGROEIEN(SocialDomain.JEUGD, "jeugd"),
    /** Income: benefits and allowances (Participatiewet). */
    INKOMEN(SocialDomain.PARTICIPATIE, "inkomen"),
    /** Work: finding and keeping a job (Participatiewet). */
    WERK(SocialDomain.PARTICIPATIE, "werk"),
    /** Money worries and debts (Wet gemeentelijke schuldhulpverlening). */
    GELDZORGEN_EN_SCHULDEN(SocialDomain.SCHULDHULPVERLENING, "schulden");

    private final SocialDomain domain;
    private final String questionPrefix;

    LifeArea(SocialDomain domain, String questionPrefix) {
        this.domain = domain;
        this.questionPrefix = questionPrefix;
    }

    /** @return the social domain, and so the case type, a question in this life area opens */
    public SocialDomain getDomain() {
        return domain;
    }

    /** @return the first part of the keys of this area's questions, e.g. {@code wonen} */
    public String getQuestionPrefix() {
        return questionPrefix;
    }

    /** @return the key of the question in which the citizen describes the question in his own words */
    public String getDescriptionQuestionKey() {
        return questionPrefix + ".description";
    }

    /** @return the resource-bundle key of the area's name, e.g. {@code intake.area.WERK} */
    public String getMessageKey() {
        return "intake.area." + name();
    }

    /** @return the resource-bundle key of the one-line explanation under the name */
    public String getHintKey() {
        return "intake.area." + name() + ".hint";
    }
}
