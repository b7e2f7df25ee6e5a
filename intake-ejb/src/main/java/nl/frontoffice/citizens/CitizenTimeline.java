package nl.frontoffice.citizens;

import java.io.Serializable;
import java.util.List;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * Everything a citizen did with us, on every channel, newest first, as the caller may see it.
 *
 * @param bsn          the citizen
 * @param knownLocally whether we have met the citizen before (false: the timeline is empty)
 * @param items        the events, newest first
 */
public record CitizenTimeline(Bsn bsn, boolean knownLocally, List<TimelineItem> items) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    public CitizenTimeline {
        items = List.copyOf(items);
    }
}
