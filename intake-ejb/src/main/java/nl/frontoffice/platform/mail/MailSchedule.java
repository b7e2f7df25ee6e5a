package nl.frontoffice.platform.mail;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the sender at deployment (after the schema migration): reads the mail settings, so that an invalid one fails
 * the deployment; logs once what it will do (a WARNING when no SMTP host is configured: mails are then queued and
 * stay queued); and runs two non-persistent timers on every cluster member: the sender every
 * {@code frontoffice.mail.send-interval} and, daily at 03:17, the erasure of old mail content.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());
    private static final String SEND = "mail-outbox-send";
    private static final String PURGE = "mail-outbox-purge";

    @Resource
    private TimerService timerService;

    @EJB
    private MailDelivery delivery;

    @Inject
    private MailConfiguration configuration;

    private final AtomicBoolean sending = new AtomicBoolean();

    @PostConstruct
    void start() {
        MailSettings settings = configuration.settings();
        if (!settings.enabled()) {
            LOG.info("E-mail is disabled (frontoffice.mail.enabled=false): mails are queued in the outbox, not sent");
        } else if (settings.host().isEmpty()) {
            LOG.warning("No SMTP server configured (frontoffice.mail.smtp.host / FRONTOFFICE_MAIL_SMTP_HOST):"
                    + " e-mails are queued in the outbox and sent once one is configured");
        } else {
            long interval = settings.sendInterval().toMillis();
            timerService.createIntervalTimer(interval, interval, new TimerConfig(SEND, false));
            LOG.info(() -> "E-mail via " + settings.describe() + " from " + settings.from().getAddress()
                    + "; outbox checked every " + settings.sendInterval().toSeconds() + " s");
        }
        timerService.createCalendarTimer(new ScheduleExpression().hour("3").minute("17"), new TimerConfig(PURGE, false));
    }

    @Timeout
    void timeout(Timer timer) {
        try {
            if (PURGE.equals(timer.getInfo())) {
                delivery.purgeExpiredContent();
            } else if (sending.compareAndSet(false, true)) {
                // a slow run is never overlapped by the next tick
                try {
                    delivery.deliverDue();
                } finally {
                    sending.set(false);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail outbox timer failed; it runs again at the next tick", e);
        }
    }
}
