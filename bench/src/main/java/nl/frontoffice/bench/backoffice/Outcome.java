package nl.frontoffice.bench.backoffice;

import java.util.List;

/**
 * What one operation returned, to compare the service side with the bare side: the number of matching
 * cases (worklist) or timeline items, and the rows shown (case references, or timeline items as
 * kind, time, reference and access).
 *
 * @param total matching cases, or items in the timeline
 * @param rows  the page's rows in order (a timeline: every item)
 */
public record Outcome(long total, List<String> rows) {

    public Outcome {
        rows = List.copyOf(rows);
    }
}
