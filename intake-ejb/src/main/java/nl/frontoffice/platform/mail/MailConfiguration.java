package nl.frontoffice.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The mail settings and the SMTP mailer built from them, once per application: read at start-up by
 * {@link MailSchedule}, so that an invalid setting fails the deployment with a message naming the property.
 */
@ApplicationScoped
public class MailConfiguration {

    private MailSettings settings;
    private SmtpMailer mailer;

    @PostConstruct
    void read() {
        settings = MailSettings.fromConfig();
        mailer = new SmtpMailer(settings);
    }

    /** @return the settings in force */
    public MailSettings settings() {
        return settings;
    }

    SmtpMailer mailer() {
        return mailer;
    }
}
