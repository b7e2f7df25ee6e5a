package nl.frontoffice.cases.work;

/**
 * A staff member a team lead may assign a case to.
 *
 * @param username    pass this to {@link CaseHandlingService#assign}
 * @param displayName the name to show
 * @param teamName    the team through which he serves the case's domain
 */
public record AssignableStaff(String username, String displayName, String teamName) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getTeamName() {
        return teamName;
    }
}
