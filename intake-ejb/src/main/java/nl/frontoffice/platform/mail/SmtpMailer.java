package nl.frontoffice.platform.mail;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends one mail over SMTP with Jakarta Mail (the implementation the server ships: Angus Mail on Payara), with the
 * session built from {@link MailSettings}: host, port, timeouts, STARTTLS mode, SMTP AUTH, envelope sender.
 *
 * <p>A failure becomes a {@link Failure} with a code that is safe to log and store (exception type and SMTP reply
 * code; never the exception's message, which may hold an address) and whether trying again can help.
 */
final class SmtpMailer {

    private final MailSettings settings;
    private final Session session;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    /** The Jakarta Mail properties for these settings (no password: that goes through the authenticator). */
    static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        settings.host().ifPresent(host -> properties.setProperty("mail.smtp.host", host));
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.setProperty("mail.smtp.timeout", Long.toString(settings.timeout().toMillis()));
        properties.setProperty("mail.smtp.writetimeout", Long.toString(settings.timeout().toMillis()));
        properties.setProperty("mail.smtp.from", settings.from().getAddress());
        properties.setProperty("mail.mime.charset", "UTF-8");
        switch (settings.startTls()) {
            case REQUIRED -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case OPTIONAL -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case OFF -> properties.setProperty("mail.smtp.starttls.enable", "false");
        }
        if (settings.username().isPresent()) {
            properties.setProperty("mail.smtp.auth", "true");
        }
        return properties;
    }

    private static Authenticator authenticator(MailSettings settings) {
        if (settings.username().isEmpty()) {
            return null;
        }
        String user = settings.username().get();
        String password = settings.password();
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        };
    }

    /**
     * Sends the mail.
     *
     * @throws Failure when the server did not accept it
     */
    void send(OutgoingMail mail, Instant now) throws Failure {
        try {
            MimeMessage message = MailComposer.compose(session, settings.from(), mail, now);
            Transport.send(message);
        } catch (MessagingException e) {
            throw Failure.of(e);
        } catch (RuntimeException e) {
            throw new Failure(e.getClass().getSimpleName(), false);
        }
    }

    /** Why a mail was not sent, in a form safe to log: no addresses, no message text. */
    static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final boolean permanent;

        Failure(String code, boolean permanent) {
            super(code, null, false, false);
            this.code = code.length() > 200 ? code.substring(0, 200) : code;
            this.permanent = permanent;
        }

        /**
         * Classifies a Jakarta Mail exception. Permanent: a malformed address, or a server that refused every
         * recipient with a 5xx reply (those addresses are "invalid"; a 4xx reply leaves them "valid unsent").
         * Everything else (connection refused, timeouts, 4xx, a 5xx on DATA) is worth another try.
         */
        static Failure of(MessagingException exception) {
            StringBuilder code = new StringBuilder(exception.getClass().getSimpleName());
            Integer reply = replyCode(exception);
            if (reply != null) {
                code.append(':').append(reply);
            }
            Exception next = exception.getNextException();
            if (next != null && reply == null) {
                code.append('/').append(next.getClass().getSimpleName());
                Integer nextReply = next instanceof MessagingException ? replyCode(next) : null;
                if (nextReply != null) {
                    code.append(':').append(nextReply);
                }
            }
            return new Failure(code.toString(), isPermanent(exception));
        }

        static boolean isPermanent(MessagingException exception) {
            if (exception instanceof AddressException) {
                return true;
            }
            if (exception instanceof SendFailedException failed) {
                Address[] invalid = failed.getInvalidAddresses();
                Address[] validUnsent = failed.getValidUnsentAddresses();
                Address[] validSent = failed.getValidSentAddresses();
                return invalid != null && invalid.length > 0
                        && (validUnsent == null || validUnsent.length == 0)
                        && (validSent == null || validSent.length == 0);
            }
            return false;
        }

        /** The SMTP reply code of an Angus Mail SMTP exception ({@code getReturnCode()}), if it has one. */
        private static Integer replyCode(Exception exception) {
            try {
                Method method = exception.getClass().getMethod("getReturnCode");
                Object value = method.invoke(exception);
                return value instanceof Integer number && number > 0 ? number : null;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        String code() {
            return code;
        }

        boolean permanent() {
            return permanent;
        }
    }
}
