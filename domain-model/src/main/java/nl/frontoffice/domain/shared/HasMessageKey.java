package nl.frontoffice.domain.shared;

/**
 * Something, usually an exception, that the user interface can explain in the user's language: it
 * carries a resource-bundle key and the arguments for that message.
 *
 * <p>The keys of the domain model have texts in the bundle {@code nl.frontoffice.domain.DomainMessages}.
 * Arguments are codes and numbers only, never personal data such as a BSN.
 */
public interface HasMessageKey {

    /**
     * @return the resource-bundle key of the message, e.g. {@code case.status.terminal}
     */
    String getMessageKey();

    /**
     * @return the arguments for the message ({@code {0}}, {@code {1}} ...); a copy, never {@code null}
     */
    Object[] getArguments();
}
