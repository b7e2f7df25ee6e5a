package nl.frontoffice.domain.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.frontoffice.domain.shared.SocialDomain;

/**
 * Everything the citizen entered in the intake wizard, complete or not: the content of a draft and,
 * once checked, of a submitted intake.
 *
 * <h2>Stored as fields</h2>
 * {@link #toFields()} turns the form into flat text fields (key to value) and
 * {@link #fromFields(Map, int)} back; drafts ({@code intake_draft_field}) and intakes
 * ({@code intake_answer}) store one row per field, with the {@linkplain #FIELDS_VERSION version of
 * this layout} beside them. Why fields and not a JSON document or a column per question:
 * <ul>
 *   <li>questions come and go with the catalogue; a new question is a new key, not a migration,
 *       and a key the application no longer knows is ignored when read, never a parse error;</li>
 *   <li>after an upgrade that renames a key, {@code fromFields} reads the old version's keys
 *       (or a Flyway migration rewrites the rows with plain SQL, which a JSON column would not allow
 *       portably on H2 and PostgreSQL);</li>
 *   <li>each value is bounded ({@value #VALUE_MAX_LENGTH} characters) and validated on its own.</li>
 * </ul>
 *
 * <h2>Keys</h2>
 * {@code areas} (life area names, comma separated, in the citizen's order);
 * {@code answer.<question key>} (text, {@code true}/{@code false}, or an option code);
 * {@code person.name}, {@code person.birth_date} (ISO), {@code person.address}, {@code person.partner},
 * {@code person.verified}, {@code person.child.<n>.name}, {@code person.child.<n>.birth_date};
 * {@code contact.phone}, {@code contact.email}; {@code consent.<DOMAIN>} ({@code true}/{@code false}).
 *
 * @param person               who the intake is from (BRP data or typed by hand)
 * @param personalDataVerified whether {@code person} came from the BRP unchanged
 * @param phone                phone number the citizen gave, or {@code null}
 * @param email                e-mail address the citizen gave, or {@code null}
 * @param lifeAreas            the chosen life areas in the citizen's order (no duplicates)
 * @param answers              answers by question key (without the {@code answer.} prefix); blank answers are dropped
 * @param consent              per domain whether the citizen lets us share the question with chain partners;
 *                             a domain without an entry has no choice yet
 */
public record IntakeForm(PersonalData person, boolean personalDataVerified, String phone, String email,
                         List<LifeArea> lifeAreas, Map<String, String> answers, Map<SocialDomain, Boolean> consent) {

    /** The version of the field layout written by {@link #toFields()}. */
    public static final int FIELDS_VERSION = 1;
    /** The longest value of one field. */
    public static final int VALUE_MAX_LENGTH = 4000;
    /** The longest field key. */
    public static final int KEY_MAX_LENGTH = 100;

    /** Field key of the chosen life areas. */
    public static final String AREAS = "areas";
    /** Field key of the phone number. */
    public static final String PHONE = "contact.phone";
    /** Field key of the e-mail address. */
    public static final String EMAIL = "contact.email";
    /** Field key of the name. */
    public static final String PERSON_NAME = "person.name";
    /** Field key of the date of birth. */
    public static final String PERSON_BIRTH_DATE = "person.birth_date";
    /** Field key of the address. */
    public static final String PERSON_ADDRESS = "person.address";
    /** Field key of the partner's name. */
    public static final String PERSON_PARTNER = "person.partner";
    /** Field key of whether the personal data came from the BRP. */
    public static final String PERSON_VERIFIED = "person.verified";
    /** The prefix of the children's fields. */
    public static final String CHILD_PREFIX = "person.child.";
    /** The prefix of the consent fields. */
    public static final String CONSENT_PREFIX = "consent.";

    /** Copies everything; drops blank answers and duplicate areas. */
    public IntakeForm {
        person = person == null ? PersonalData.empty() : person;
        phone = blankToNull(phone);
        email = blankToNull(email);
        lifeAreas = lifeAreas == null ? List.of() : List.copyOf(new LinkedHashSet<>(lifeAreas));
        Map<String, String> copy = new TreeMap<>();
        if (answers != null) {
            answers.forEach((key, value) -> {
                if (key != null && value != null && !value.isBlank()) {
                    copy.put(key, value);
                }
            });
        }
        answers = Collections.unmodifiableMap(copy);
        Map<SocialDomain, Boolean> consentCopy = new EnumMap<>(SocialDomain.class);
        if (consent != null) {
            consent.forEach((domain, granted) -> {
                if (domain != null && granted != null) {
                    consentCopy.put(domain, granted);
                }
            });
        }
        consent = Collections.unmodifiableMap(consentCopy);
    }

    /** @return a form with nothing filled in */
    public static IntakeForm empty() {
        return new IntakeForm(PersonalData.empty(), false, null, null, List.of(), Map.of(), Map.of());
    }

    /**
     * @param newPerson   the personal data to show (e.g. fresh from the BRP)
     * @param verified    whether it came from the BRP
     * @return this form with other personal data
     */
    public IntakeForm withPerson(PersonalData newPerson, boolean verified) {
        return new IntakeForm(newPerson, verified, phone, email, lifeAreas, answers, consent);
    }

    /** @return this form with the consent choices replaced */
    public IntakeForm withConsent(Map<SocialDomain, Boolean> newConsent) {
        return new IntakeForm(person, personalDataVerified, phone, email, lifeAreas, answers, newConsent);
    }

    /** @return the social domains of the chosen life areas, in the order they first appear */
    public Set<SocialDomain> domains() {
        return lifeAreas.stream().map(LifeArea::getDomain).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * @param questionKey a question key such as {@code wonen.description}
     * @return the answer, if one was given
     */
    public Optional<String> answer(String questionKey) {
        return Optional.ofNullable(answers.get(questionKey));
    }

    /** @return the form as fields (see the class comment), in a stable order */
    public Map<String, String> toFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (!lifeAreas.isEmpty()) {
            fields.put(AREAS, lifeAreas.stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        put(fields, PERSON_NAME, person.name());
        put(fields, PERSON_BIRTH_DATE, person.birthDate() == null ? null : person.birthDate().toString());
        put(fields, PERSON_ADDRESS, person.address());
        put(fields, PERSON_PARTNER, person.partnerName());
        fields.put(PERSON_VERIFIED, Boolean.toString(personalDataVerified));
        for (int i = 0; i < person.children().size(); i++) {
            HouseholdChild child = person.children().get(i);
            put(fields, CHILD_PREFIX + i + ".name", child.firstName());
            put(fields, CHILD_PREFIX + i + ".birth_date", child.birthDate() == null ? null : child.birthDate().toString());
        }
        put(fields, PHONE, phone);
        put(fields, EMAIL, email);
        answers.forEach((key, value) -> fields.put(CatalogueQuestion.FIELD_PREFIX + key, value));
        consent.forEach((domain, granted) -> fields.put(CONSENT_PREFIX + domain.name(), granted.toString()));
        return fields;
    }

    /**
     * Reads a form back from its fields. Keys and values this version does not know (a life area
     * that no longer exists, a field of a newer layout) are skipped, never an error.
     *
     * @param fields  the stored fields
     * @param version the {@link #FIELDS_VERSION} they were written with
     * @return the form
     */
    public static IntakeForm fromFields(Map<String, String> fields, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("Unknown field layout version " + version);
        }
        // version 1 is the only layout so far; a later version maps older keys here
        Map<String, String> in = fields == null ? Map.of() : fields;
        List<LifeArea> areas = new ArrayList<>();
        String areaList = in.get(AREAS);
        if (areaList != null) {
            Arrays.stream(areaList.split(",")).map(String::strip).forEach(name -> {
                try {
                    areas.add(LifeArea.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    // a life area this version no longer offers: skip
                }
            });
        }
        List<HouseholdChild> children = new ArrayList<>();
        for (int i = 0; in.containsKey(CHILD_PREFIX + i + ".name"); i++) {
            children.add(new HouseholdChild(in.get(CHILD_PREFIX + i + ".name"), date(in.get(CHILD_PREFIX + i + ".birth_date"))));
        }
        PersonalData person = new PersonalData(in.get(PERSON_NAME), date(in.get(PERSON_BIRTH_DATE)),
                in.get(PERSON_ADDRESS), in.get(PERSON_PARTNER), children);
        Map<String, String> answers = new TreeMap<>();
        Map<SocialDomain, Boolean> consent = new EnumMap<>(SocialDomain.class);
        in.forEach((key, value) -> {
            if (key.startsWith(CatalogueQuestion.FIELD_PREFIX)) {
                answers.put(key.substring(CatalogueQuestion.FIELD_PREFIX.length()), value);
            } else if (key.startsWith(CONSENT_PREFIX)) {
                try {
                    consent.put(SocialDomain.valueOf(key.substring(CONSENT_PREFIX.length())), Boolean.valueOf(value));
                } catch (IllegalArgumentException unknown) {
                    // a domain this version does not know: skip
                }
            }
        });
        return new IntakeForm(person, Boolean.parseBoolean(in.get(PERSON_VERIFIED)), in.get(PHONE), in.get(EMAIL),
                areas, answers, consent);
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String toString() {
        // personal data stays out of logs
        return "IntakeForm[areas=" + lifeAreas + ", answers=" + answers.size() + ", consent=" + consent + "]";
    }
}
