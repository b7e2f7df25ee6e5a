package nl.frontoffice.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorTest {

    @Test
    void citizenStaffAndSystem() {
        assertThat(Actor.citizen("Inwoner")).satisfies(actor -> {
            assertThat(actor.getType()).isEqualTo(ActorType.CITIZEN);
            assertThat(actor.getIdentifier()).isEqualTo("citizen");
            assertThat(actor.getDisplayName()).isEqualTo("Inwoner");
        });
        assertThat(Actor.staff("jdevries", "J. de Vries")).satisfies(actor -> {
            assertThat(actor.getType()).isEqualTo(ActorType.STAFF);
            assertThat(actor.getIdentifier()).isEqualTo("jdevries");
            assertThat(actor.isStaffMember("jdevries")).isTrue();
        });
        assertThat(Actor.system()).satisfies(actor -> {
            assertThat(actor.getType()).isEqualTo(ActorType.SYSTEM);
            assertThat(actor.getIdentifier()).isEqualTo("system");
            assertThat(actor.getDisplayName()).isEqualTo("Frontoffice");
        });
    }

    @Test
    void neverHoldsABsn() {
        assertThatThrownBy(() -> Actor.staff("999993847", "J. de Vries"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("999993847");
        assertThatThrownBy(() -> Actor.citizen("Inwoner 999993847")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAnIdentifierAndAName() {
        assertThatThrownBy(() -> Actor.staff(" ", "J. de Vries")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.staff("jdevries", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.staff("x".repeat(101), "J. de Vries")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAValueObject() {
        assertThat(Actor.staff("jdevries", "J. de Vries")).isEqualTo(Actor.staff("jdevries", "J. de Vries"))
                .hasSameHashCodeAs(Actor.staff("jdevries", "J. de Vries"))
                .isNotEqualTo(Actor.staff("jdevries", "Jan de Vries"))
                .hasToString("STAFF:jdevries");
    }

    @Test
    void referencesAreZeroPadded() {
        assertThat(References.format("Z", 2026, 123)).isEqualTo("Z-2026-000123");
        assertThat(References.format("I", 2026, 1_234_567)).isEqualTo("I-2026-1234567");
        assertThatThrownBy(() -> References.format("Z", 26, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> References.format("z", 2026, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void domainExceptionsCarryTheirKeyAndArguments() {
        DomainException exception = new DomainException("case.team.domain", SocialDomain.WMO);

        assertThat(exception.getMessageKey()).isEqualTo("case.team.domain");
        assertThat(exception.getArguments()).containsExactly(SocialDomain.WMO);
        assertThat(exception).hasMessage("case.team.domain [WMO]");
        assertThat(new DomainException("intake.questions.required")).hasMessage("intake.questions.required");
    }

    @Test
    void instantConverterKeepsTheInstant() {
        InstantConverter converter = new InstantConverter();
        java.time.Instant instant = java.time.Instant.parse("2026-10-25T00:30:00.123456Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant))).isEqualTo(instant);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
