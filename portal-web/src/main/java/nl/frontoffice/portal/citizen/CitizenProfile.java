package nl.frontoffice.portal.citizen;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;

import nl.frontoffice.domain.intake.HouseholdChild;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.registry.PersonRegistry;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.registry.RelatedPerson;

/**
 * What the BRP says about the citizen logged in in this session: asked once per login (the answer
 * is kept in the session; an unavailable BRP is asked again next time), for the welcome in the
 * personal area and the intake's "About you". The session ends with the login, so the data never
 * outlives it.
 */
@SessionScoped
public class CitizenProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonRegistry registry;

    @Inject
    private LoggedInCitizen citizen;

    private PersonLookup lookup;

    /** @return the BRP's answer for the citizen logged in (found, not found or unavailable) */
    public PersonLookup lookup() {
        if (lookup == null || lookup.isUnavailable()) {
            PersonLookup answer = registry.lookUp(citizen.current().bsn());
            lookup = answer;
        }
        return lookup;
    }

    /** @return the citizen's name as the BRP has it, if the BRP answered */
    public Optional<String> displayName() {
        return lookup().person().map(person -> person.name().displayName());
    }

    /** @return the citizen's data as the intake shows it, if the BRP answered */
    public Optional<PersonalData> personalData() {
        return lookup().person().map(CitizenProfile::toPersonalData);
    }

    /** Translates the BRP's person into what the intake records (name, birth date, address, partner, children). */
    public static PersonalData toPersonalData(RegisteredPerson person) {
        String address = person.findAddress()
                .map(a -> a.streetLine() + ", " + a.postcodeAndCity())
                .orElse(null);
        String partner = person.partners().stream().findFirst().map(p -> p.name().displayName()).orElse(null);
        List<HouseholdChild> children = person.children().stream()
                .map(CitizenProfile::toChild)
                .toList();
        return new PersonalData(person.name().displayName(), person.birthDate().toLocalDate().orElse(null),
                address, partner, children);
    }

    private static HouseholdChild toChild(RelatedPerson child) {
        String firstName = child.name().givenNames() == null || child.name().givenNames().isBlank()
                ? child.name().displayName() : child.name().givenNames().split("\\s+")[0];
        LocalDate birthDate = child.birthDate().toLocalDate().orElse(null);
        return new HouseholdChild(firstName, birthDate);
    }
}
