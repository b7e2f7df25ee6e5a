package nl.frontoffice.digidsimulator.sso;

import java.util.Optional;

/**
 * What the login form holds: the chosen test person, a typed BSN (which wins when filled in), the chosen level, and
 * the error to show when the typed BSN is not valid.
 */
public record LoginForm(String person, String typedBsn, AssuranceLevel level, Optional<String> bsnError) {

    /** The form as first shown: the first test person, the level the service provider asked for. */
    public static LoginForm defaults(PendingAuthentication request) {
        return new LoginForm(TestPerson.ALL.get(0).bsn(), "", request.minimumLevel(), Optional.empty());
    }

    /** The form as submitted, checked: a typed BSN must pass the 11-proef, a picked person must be a test person. */
    public static LoginForm submitted(String person, String typedBsn, String level, AssuranceLevel minimum) {
        String chosenPerson = person == null ? "" : person;
        String typed = typedBsn == null ? "" : typedBsn;
        AssuranceLevel chosenLevel = AssuranceLevel.ofName(level == null ? "" : level).orElse(minimum);
        Optional<String> error;
        if (!typed.isBlank()) {
            error = Bsn.problem(typed);
        } else {
            error = TestPerson.byBsn(chosenPerson).isPresent()
                    ? Optional.empty() : Optional.of("Kies een testpersoon of typ een BSN.");
        }
        return new LoginForm(chosenPerson, typed, chosenLevel, error);
    }

    public boolean isValid() {
        return bsnError.isEmpty();
    }

    /** The BSN to log in with: the typed one (normalised) when filled in, otherwise the picked test person's. */
    public String chosenBsn() {
        if (!isValid()) {
            throw new IllegalStateException("The form has an error");
        }
        return typedBsn.isBlank() ? person : Bsn.normalise(typedBsn);
    }
}
