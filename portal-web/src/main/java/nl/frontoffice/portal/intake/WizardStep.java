package nl.frontoffice.portal.intake;

import java.util.Arrays;
import java.util.Optional;

import nl.frontoffice.domain.intake.IntakeSection;

/**
 * The steps of the intake wizard, in order: each is a page of its own under {@value #BASE} (the
 * citizen) and {@value #STAFF_BASE} (staff on a citizen's behalf), so that the address says where
 * one is, the browser's back button works, and a refresh never sends anything twice. The draft on
 * the server remembers the step to resume at.
 */
public enum WizardStep {

    /** Personal data from the BRP (read-only) and contact details. */
    ABOUT_YOU("over-u", IntakeSection.ABOUT_YOU),
    /** The life areas the citizen wants help with. */
    TOPICS("onderwerpen", IntakeSection.QUESTIONS),
    /** The questions of the chosen life areas. */
    QUESTIONS("vragen", IntakeSection.QUESTIONS),
    /** Household (partner, children) and urgency. */
    SITUATION("situatie", IntakeSection.SITUATION),
    /** Optional documents. */
    ATTACHMENTS("bijlagen", null),
    /** Everything once more, consent per domain, the declaration, and send. */
    CHECK("controleren", IntakeSection.CONSENT);

    /** Where the citizen's wizard pages live (within the application). */
    public static final String BASE = "/mijn/aanvraag/";

    /** Where the wizard's pages for staff, on a citizen's behalf, live. */
    public static final String STAFF_BASE = "/medewerker/aanvraag/";

    private final String slug;
    private final IntakeSection section;

    WizardStep(String slug, IntakeSection section) {
        this.slug = slug;
        this.section = section;
    }

    /** @return the page name, e.g. {@code over-u}; also what the draft stores as its current step */
    public String slug() {
        return slug;
    }

    /** @return the section of the catalogue this step checks, if any */
    public Optional<IntakeSection> section() {
        return Optional.ofNullable(section);
    }

    /** @return the file name of the step's page, the same under {@link #BASE} and {@link #STAFF_BASE} */
    public String page() {
        return slug + ".xhtml";
    }

    /** @return the bundle key of the step's name ({@code intake.step.<slug>}) */
    public String titleKey() {
        return "intake.step." + slug;
    }

    /** @return the step number, 1-based, for "Stap 2 van 6" */
    public int number() {
        return ordinal() + 1;
    }

    /** @return the step after this one, if any */
    public Optional<WizardStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** @return the step before this one, if any */
    public Optional<WizardStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** @return the step with that page name */
    public static Optional<WizardStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }
}
