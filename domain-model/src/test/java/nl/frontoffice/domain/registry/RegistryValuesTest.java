package nl.frontoffice.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.frontoffice.domain.citizen.Bsn;

class RegistryValuesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void a_name_reads_as_in_running_text_and_capitalises_the_prefix_when_it_stands_alone() {
        PersonName name = new PersonName(" Jan  Adrianus ", "Van der", "Berg");

        assertThat(name.displayName()).isEqualTo("Jan Adrianus van der Berg");
        assertThat(name.surnameAlone()).isEqualTo("Van der Berg");
        assertThat(name.initials()).isEqualTo("J.A.");
        assertThat(new PersonName("Merel", "", "Kooyman").displayName()).isEqualTo("Merel Kooyman");
        assertThat(new PersonName("Merel", " ", "Kooyman").surnamePrefix()).isNull();
        assertThat(new PersonName(null, "de", "Vries").displayName()).isEqualTo("De Vries");
        assertThat(new PersonName(null, null, null).displayName()).isEmpty();
    }

    @Test
    void a_birth_date_may_be_incomplete() {
        assertThat(BirthDate.of(LocalDate.of(1982, 4, 10)).precision()).isEqualTo(BirthDate.Precision.DAY);
        assertThat(BirthDate.yearMonth(2003, 11).precision()).isEqualTo(BirthDate.Precision.MONTH);
        assertThat(BirthDate.year(1950).precision()).isEqualTo(BirthDate.Precision.YEAR);
        assertThat(BirthDate.unknown().precision()).isEqualTo(BirthDate.Precision.UNKNOWN);
        assertThat(BirthDate.unknown().isKnown()).isFalse();
        assertThat(BirthDate.yearMonth(2003, 11).toLocalDate()).isEmpty();
        assertThat(BirthDate.of(LocalDate.of(1982, 4, 10)).toLocalDate()).contains(LocalDate.of(1982, 4, 10));
        assertThat(BirthDate.yearMonth(2003, 1)).hasToString("2003-01");
        assertThat(BirthDate.unknown()).hasToString("onbekend");
    }

    @Test
    void the_age_is_given_only_when_the_known_parts_determine_it() {
        assertThat(BirthDate.of(LocalDate.of(2008, 11, 30)).ageOn(TODAY)).hasValue(17);
        assertThat(BirthDate.of(LocalDate.of(2008, 11, 29)).ageOn(TODAY)).hasValue(18);
        assertThat(BirthDate.yearMonth(2008, 12).ageOn(TODAY)).hasValue(17);
        assertThat(BirthDate.yearMonth(2008, 10).ageOn(TODAY)).hasValue(18);
        assertThat(BirthDate.yearMonth(2008, 11).ageOn(TODAY)).isEmpty();
        assertThat(BirthDate.year(2008).ageOn(TODAY)).isEmpty();
        assertThat(BirthDate.unknown().ageOn(TODAY)).isEmpty();
    }

    @Test
    void an_impossible_birth_date_is_refused() {
        assertThatThrownBy(() -> new BirthDate(2003, 2, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BirthDate(2003, 13, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BirthDate(null, 4, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BirthDate(2003, null, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_address_is_written_as_on_an_envelope() {
        Address plain = new Address("King Olivereiland", 64, null, null, "2551JV", "'s-Gravenhage");
        Address full = new Address("Kerkstraat", 12, "a", "2", "1234 ab", "Utrecht");

        assertThat(plain.streetLine()).isEqualTo("King Olivereiland 64");
        assertThat(plain.postcodeAndCity()).isEqualTo("2551 JV 's-Gravenhage");
        assertThat(full.streetLine()).isEqualTo("Kerkstraat 12a-2");
        assertThat(full.formattedPostcode()).isEqualTo("1234 AB");
        assertThat(new Address("Kerkstraat", 1, " ", "", null, "Utrecht").postcodeAndCity()).isEqualTo("Utrecht");
    }

    @Test
    void a_look_up_tells_its_outcome() {
        RegisteredPerson person = person();

        assertThat(PersonLookup.found(person).person()).contains(person);
        assertThat(PersonLookup.found(person).isFound()).isTrue();
        assertThat(PersonLookup.notFound().person()).isEmpty();
        assertThat(PersonLookup.notFound().isNotFound()).isTrue();
        assertThat(PersonLookup.unavailable(UnavailableReason.TIMEOUT).isUnavailable()).isTrue();
        assertThat(PersonLookup.unavailable(UnavailableReason.TIMEOUT))
                .isEqualTo(new PersonLookup.Unavailable(UnavailableReason.TIMEOUT));
    }

    @Test
    void the_household_lists_are_unmodifiable_copies() {
        List<RelatedPerson> children = new ArrayList<>(person().children());
        RegisteredPerson person = new RegisteredPerson(Bsn.of("999993847"), new PersonName("Merel", null, "Kooyman"),
                BirthDate.unknown(), null, null, children);
        children.clear();

        assertThat(person.children()).hasSize(1);
        assertThat(person.partners()).isEmpty();
        assertThat(person.findAddress()).isEmpty();
        assertThatThrownBy(() -> person.children().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_full_bsn_and_no_name_in_the_text_of_a_person_or_a_relation() {
        RegisteredPerson person = person();

        assertThat(person.toString()).doesNotContain("999993847").doesNotContain("Kooyman").contains("******847");
        assertThat(person.children().get(0).toString()).doesNotContain("999994918").doesNotContain("Catharina");
    }

    @Test
    void a_look_up_survives_serialization_as_in_an_http_session() throws Exception {
        PersonLookup lookup = PersonLookup.found(person());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(lookup);
            out.writeObject(PersonLookup.unavailable(UnavailableReason.CIRCUIT_OPEN));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(lookup);
            assertThat(in.readObject()).isEqualTo(PersonLookup.unavailable(UnavailableReason.CIRCUIT_OPEN));
        }
    }

    private static RegisteredPerson person() {
        return new RegisteredPerson(Bsn.of("999993847"), new PersonName("Merel", null, "Kooyman"),
                BirthDate.of(LocalDate.of(1982, 4, 10)),
                new Address("King Olivereiland", 64, null, null, "2551JV", "'s-Gravenhage"),
                List.of(new RelatedPerson(Bsn.of("999990184"), new PersonName("Martin Gerard", null, "Maassen"),
                        BirthDate.of(LocalDate.of(1975, 3, 6)))),
                List.of(new RelatedPerson(Bsn.of("999994918"), new PersonName("Catharina-Amalia", null, "Maassen"),
                        BirthDate.yearMonth(2003, 11))));
    }
}
