package nl.frontoffice.platform.audit;

import java.io.Serializable;
import java.util.List;

/**
 * One page of an audit trail search.
 *
 * @param entries  the rows of this page, newest first
 * @param total    how many rows match in all
 * @param first    the index of the first row of this page
 * @param pageSize the page size asked for
 */
public record AuditPage(List<AuditEntry> entries, long total, int first, int pageSize) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the list. */
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
