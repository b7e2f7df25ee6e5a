package nl.frontoffice.cases.citizen;

/**
 * The staff member a citizen can ask about his case: a name and a team, nothing internal.
 *
 * @param displayName e.g. "Jan de Vries"
 * @param teamName    e.g. "Team Wmo", or {@code null} when unknown
 */
public record ContactPerson(String displayName, String teamName) {
    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public String getDisplayName() {
        return displayName;
    }

    public String getTeamName() {
        return teamName;
    }
}
