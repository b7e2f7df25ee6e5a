package nl.frontoffice.platform.mail;

import java.util.Locale;

/** Whether the SMTP connection is upgraded to TLS with STARTTLS ({@code frontoffice.mail.smtp.starttls}). */
public enum StartTls {
    /** The server must offer STARTTLS and its certificate must be valid for the host name; otherwise nothing is sent. */
    REQUIRED,
    /** STARTTLS when the server offers it, plain text otherwise. */
    OPTIONAL,
    /** Never: plain SMTP (a local relay or the development mail catcher only). */
    OFF;

    /** Parses {@code required}, {@code optional} or {@code off} (any case). */
    public static StartTls parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("frontoffice.mail.smtp.starttls must be required, optional or off");
        }
    }
}
