package nl.frontoffice.platform.mail;

import java.util.regex.Pattern;

/**
 * Why a mail is sent, for the audit and the logs, e.g. {@code INTAKE_CONFIRMATION}, {@code CASE_STATUS_CHANGED},
 * {@code DEADLINE_WARNING}: a code of capitals, digits and underscores, at most 50 characters. It is a value, not an
 * enum, so that each feature defines its own categories without changing this package.
 *
 * @param code the category code
 */
public record MailCategory(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    /** The confirmation of a submitted intake (issue 4). */
    public static final MailCategory INTAKE_CONFIRMATION = new MailCategory("INTAKE_CONFIRMATION");
    /** A status change of a case that the citizen should know of (issue 5). */
    public static final MailCategory CASE_STATUS_CHANGED = new MailCategory("CASE_STATUS_CHANGED");
    /** A case approaches or passes its deadline; to the assignee or team lead (issue 5). */
    public static final MailCategory DEADLINE_WARNING = new MailCategory("DEADLINE_WARNING");

    public MailCategory {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A mail category is 1-50 capitals, digits and underscores");
        }
    }

    /** @return the category with this code */
    public static MailCategory of(String code) {
        return new MailCategory(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
