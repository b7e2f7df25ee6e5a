package nl.frontoffice.portal.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.registry.Address;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.registry.PersonName;
import nl.frontoffice.domain.registry.RegisteredPerson;
import nl.frontoffice.domain.registry.RelatedPerson;

class CitizenProfileTest {

    @Test
    void theBrpPersonBecomesTheIntakesPersonalDataWithHouseholdAndOnlyFirstNamesOfChildren() {
        RegisteredPerson person = new RegisteredPerson(Bsn.of("999993847"), new PersonName("Merel", null, "Kooyman"),
                BirthDate.of(LocalDate.of(1985, 4, 12)),
                new Address("Kerkstraat", 12, "a", null, "2551JV", "Den Haag"),
                List.of(new RelatedPerson(null, new PersonName("Martin Gerard", null, "Maassen"), BirthDate.year(1983))),
                List.of(new RelatedPerson(null, new PersonName("Sanne Lotte", null, "Maassen"), BirthDate.of(LocalDate.of(2015, 6, 1))),
                        new RelatedPerson(null, new PersonName(null, null, "Maassen"), BirthDate.unknown())));

        PersonalData data = CitizenProfile.toPersonalData(person);

        assertThat(data.name()).isEqualTo("Merel Kooyman");
        assertThat(data.birthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
        assertThat(data.address()).contains("Kerkstraat 12").contains("Den Haag");
        assertThat(data.partnerName()).isEqualTo("Martin Gerard Maassen");
        assertThat(data.children()).extracting(c -> c.firstName()).containsExactly("Sanne", "Maassen");
        assertThat(data.children().get(0).birthDate()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(data.children().get(1).birthDate()).isNull();
    }

    @Test
    void someoneWithoutADutchAddressOrAFullBirthDateStillHasPersonalData() {
        RegisteredPerson abroad = new RegisteredPerson(Bsn.of("999990482"), new PersonName("Piet", "de", "Vries"),
                BirthDate.year(1950), null, List.of(), List.of());

        PersonalData data = CitizenProfile.toPersonalData(abroad);

        assertThat(data.name()).isEqualTo("Piet de Vries");
        assertThat(data.birthDate()).isNull();
        assertThat(data.address()).isNull();
        assertThat(data.children()).isEmpty();
    }
}
