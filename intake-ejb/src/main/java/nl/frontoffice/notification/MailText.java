package nl.frontoffice.notification;

/**
 * The subject and plain-text body of a mail, before it is addressed.
 *
 * @param subject one line
 * @param body    the text, lines separated by {@code \n}
 */
public record MailText(String subject, String body) {

    @Override
    public String toString() {
        return "MailText[" + body.length() + " chars]";
    }
}
