package nl.frontoffice.portal.staff.citizens;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.frontoffice.citizens.CitizenQuery;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.registry.PersonSearch;

/**
 * The klantbeeld search form as typed: the reason for looking, and one of three ways to search (BSN; surname and
 * date of birth; postcode and house number with optional letter and addition). {@link #problems(LocalDate)} says
 * what to fix per field, with message keys of the portal's or the domain's bundle; the field names are the input
 * ids of the page. Plain Java, unit-tested in {@code CitizenSearchFormTest}.
 */
public class CitizenSearchForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Field of problems about the search as a whole (nothing, or more than one way, filled in). */
    public static final String QUERY = "query";

    private String purpose;
    private String purposeNote;
    private String bsn;
    private String surname;
    private String surnamePrefix;
    private String birthDate;
    private String postcode;
    private String houseNumber;
    private String houseLetter;
    private String houseNumberAddition;

    /**
     * @param today today's date (a date of birth may not be later)
     * @return what to fix, per field ({@code purpose}, {@code purposeNote}, {@value #QUERY} and the search fields);
     *         empty when {@link #reason()} and {@link #query()} can be used
     */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<AccessPurpose> chosen = purpose();
        if (chosen.isEmpty()) {
            problems.add(FieldProblem.of("purpose", "klantbeeld.reason.required"));
        } else if (reasonOrEmpty().isEmpty()) {
            problems.add(FieldProblem.of("purposeNote", "klantbeeld.reason.note.invalid"));
        }
        int ways = (hasBsn() ? 1 : 0) + (hasName() ? 1 : 0) + (hasAddress() ? 1 : 0);
        if (ways == 0) {
            problems.add(FieldProblem.of(QUERY, "citizens.query.criteria"));
            return problems;
        }
        if (ways > 1) {
            problems.add(FieldProblem.of(QUERY, "klantbeeld.search.oneWay"));
            return problems;
        }
        Set<String> reported = new LinkedHashSet<>();
        if (hasName() && DutchInput.clean(birthDate) != null && DutchInput.date(birthDate).isEmpty()) {
            problems.add(FieldProblem.of("birthDate", "klantbeeld.search.birthDate.format"));
            reported.add("birthDate");
        }
        if (hasAddress() && DutchInput.clean(houseNumber) != null && DutchInput.wholeNumber(houseNumber).isEmpty()) {
            problems.add(FieldProblem.of("houseNumber", "citizens.query.house-number", PersonSearch.MAX_HOUSE_NUMBER));
            reported.add("houseNumber");
        }
        for (FieldProblem problem : query().problems(today)) {
            if (!reported.contains(problem.field())) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** @return the search of the one way filled in (fields of the other ways are left out) */
    public CitizenQuery query() {
        if (hasBsn()) {
            return CitizenQuery.byBsn(bsn);
        }
        if (hasName()) {
            return CitizenQuery.bySurnameAndBirthDate(surname, surnamePrefix, DutchInput.date(birthDate).orElse(null));
        }
        return CitizenQuery.byPostcodeAndHouseNumber(postcode, DutchInput.wholeNumber(houseNumber).orElse(null),
                houseLetter, houseNumberAddition);
    }

    /**
     * @return the reason for looking
     * @throws IllegalStateException when there are {@link #problems problems} with it
     */
    public AccessReason reason() {
        return reasonOrEmpty().orElseThrow(() -> new IllegalStateException("no valid access reason"));
    }

    private Optional<AccessReason> reasonOrEmpty() {
        return purpose().flatMap(chosen -> reasonOf(chosen, purposeNote));
    }

    /**
     * @param purpose a purpose
     * @param note    the explanation typed; required for {@link AccessPurpose#OTHER}
     * @return the reason, or empty when the note is missing for OTHER, too long, or looks like a BSN
     */
    static Optional<AccessReason> reasonOf(AccessPurpose purpose, String note) {
        try {
            return Optional.of(new AccessReason(purpose, note));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return the purpose chosen, if it is one of {@link AccessPurpose} */
    Optional<AccessPurpose> purpose() {
        return parsePurpose(purpose);
    }

    static Optional<AccessPurpose> parsePurpose(String name) {
        for (AccessPurpose candidate : AccessPurpose.values()) {
            if (candidate.name().equals(name)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private boolean hasBsn() {
        return DutchInput.clean(bsn) != null;
    }

    private boolean hasName() {
        return DutchInput.clean(surname) != null || DutchInput.clean(surnamePrefix) != null
                || DutchInput.clean(birthDate) != null;
    }

    private boolean hasAddress() {
        return DutchInput.clean(postcode) != null || DutchInput.clean(houseNumber) != null
                || DutchInput.clean(houseLetter) != null || DutchInput.clean(houseNumberAddition) != null;
    }

    /** Forgets the BSN typed (it is not shown again after a search). */
    public void clearBsn() {
        bsn = null;
    }

    /** @return the kind of search only: the values are personal data */
    @Override
    public String toString() {
        return "CitizenSearchForm[" + (hasBsn() ? "BSN" : hasName() ? "NAME" : hasAddress() ? "ADDRESS" : "-") + "]";
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getPurposeNote() {
        return purposeNote;
    }

    public void setPurposeNote(String purposeNote) {
        this.purposeNote = purposeNote;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getSurnamePrefix() {
        return surnamePrefix;
    }

    public void setSurnamePrefix(String surnamePrefix) {
        this.surnamePrefix = surnamePrefix;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getHouseLetter() {
        return houseLetter;
    }

    public void setHouseLetter(String houseLetter) {
        this.houseLetter = houseLetter;
    }

    public String getHouseNumberAddition() {
        return houseNumberAddition;
    }

    public void setHouseNumberAddition(String houseNumberAddition) {
        this.houseNumberAddition = houseNumberAddition;
    }
}
