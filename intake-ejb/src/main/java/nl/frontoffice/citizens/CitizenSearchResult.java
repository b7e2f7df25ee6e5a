package nl.frontoffice.citizens;

import java.io.Serializable;
import java.util.List;

import nl.frontoffice.domain.registry.UnavailableReason;

/**
 * The answer to a citizen search.
 *
 * @param kind              how was searched
 * @param matches           the citizens found, at most {@link CitizenViewService#MAX_MATCHES}
 * @param truncated         whether the BRP found more than were returned (ask for a narrower search)
 * @param brpUnavailable    whether the BRP could not be asked: a search by BSN then finds only citizens known
 *                          locally (without name), a search by name or address finds nobody
 * @param brpUnavailableReason why, or {@code null}
 */
public record CitizenSearchResult(CitizenQuery.Kind kind, List<CitizenMatch> matches, boolean truncated,
        boolean brpUnavailable, UnavailableReason brpUnavailableReason) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Message key of the notice to show when {@link #brpUnavailable()}. */
    public static final String BRP_UNAVAILABLE = "citizens.brp.unavailable";

    /** Copies the list. */
    public CitizenSearchResult {
        matches = List.copyOf(matches);
    }
}
