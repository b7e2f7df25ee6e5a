package nl.frontoffice.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.frontoffice.domain.intake.IntakeDraftRepository;

/**
 * Removes drafts nobody saved for a while, with their attachments: a draft holds personal data the
 * citizen never sent us. Runs every night at 03:15; the period is
 * {@code frontoffice.intake.drafts.retention-days} (default 30 days since the last save).
 */
@Stateless
public class IntakeDraftRetention {

    private static final Logger LOG = Logger.getLogger(IntakeDraftRetention.class.getName());

    @Inject
    private IntakeDraftRepository drafts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "frontoffice.intake.drafts.retention-days", defaultValue = "30")
    private int retentionDays;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void nightly() {
        removeAbandonedDrafts();
    }

    /**
     * Removes the drafts not saved within the retention period (also called by the nightly timer).
     *
     * @return how many drafts were removed
     */
    public int removeAbandonedDrafts() {
        int removed = drafts.deleteNotUpdatedSince(clock.instant().minus(Duration.ofDays(retentionDays)));
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " intake draft(s) not saved for " + retentionDays + " days");
        }
        return removed;
    }
}
