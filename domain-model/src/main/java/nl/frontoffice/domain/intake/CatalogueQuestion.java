package nl.frontoffice.domain.intake;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the {@link IntakeCatalogue}, with everything the wizard needs to render it and
 * the service needs to check its answer. All texts are resource-bundle keys of
 * {@code nl.frontoffice.domain.DomainMessages}.
 *
 * @param key            the stable key of the question, e.g. {@code wonen.description}; the answer is
 *                       stored under {@link #fieldKey()} ({@code answer.wonen.description})
 * @param labelKey       the key of the question text, e.g. {@code intake.question.wonen.description}
 * @param labelArguments arguments of the question text (the child's first name for a question per child)
 * @param hintKey        the key of a help text under the question, or {@code null}
 * @param type           the kind of answer
 * @param required       whether an answer is needed to submit
 * @param maxLength      the longest text answer ({@link AnswerType#TEXT} only; 0 otherwise)
 * @param options        the option codes of a {@link AnswerType#CHOICE}, in display order; empty otherwise
 * @param section        the wizard step the question is on ({@link IntakeSection#QUESTIONS} or {@link IntakeSection#SITUATION})
 * @param urgencyReason  for a yes/no question whose "yes" makes the case urgent: the reason; else {@code null}
 */
public record CatalogueQuestion(String key, String labelKey, List<String> labelArguments, String hintKey,
                                AnswerType type, boolean required, int maxLength, List<String> options,
                                IntakeSection section, UrgencyReason urgencyReason) {

    /** The prefix of the field key of every answer. */
    public static final String FIELD_PREFIX = "answer.";

    /** Copies the lists and checks the combination. */
    public CatalogueQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
        labelArguments = labelArguments == null ? List.of() : List.copyOf(labelArguments);
        options = options == null ? List.of() : List.copyOf(options);
        if ((type == AnswerType.CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("Only a choice question has options: " + key);
        }
        if ((type == AnswerType.TEXT) != (maxLength > 0)) {
            throw new IllegalArgumentException("Only a text question has a maximum length: " + key);
        }
        if (urgencyReason != null && type != AnswerType.YES_NO) {
            throw new IllegalArgumentException("An urgency question is a yes/no question: " + key);
        }
    }

    /** @return the key under which the answer is kept in an {@link IntakeForm}, e.g. {@code answer.wonen.description} */
    public String fieldKey() {
        return FIELD_PREFIX + key;
    }

    /**
     * @param option one of {@link #options()}
     * @return the key of the option's text, e.g. {@code intake.question.wonen.activity.option.HUISHOUDEN}
     */
    public String optionKey(String option) {
        return labelKey + ".option." + option;
    }

    /** @return the help text key, if the question has one */
    public Optional<String> hint() {
        return Optional.ofNullable(hintKey);
    }

    /** @return the reason this question's "yes" gives to make the case urgent, if any */
    public Optional<UrgencyReason> urgency() {
        return Optional.ofNullable(urgencyReason);
    }
}
