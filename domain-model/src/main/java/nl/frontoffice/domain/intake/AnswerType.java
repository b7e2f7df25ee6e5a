package nl.frontoffice.domain.intake;

/**
 * The kind of answer a {@link CatalogueQuestion} expects, and so the input the wizard shows.
 */
public enum AnswerType {

    /** Free text up to the question's maximum length: a text area. */
    TEXT,
    /** Yes or no, stored as {@code true} or {@code false}: two radio buttons. */
    YES_NO,
    /** One of the question's options, stored as the option's code: radio buttons. */
    CHOICE
}
