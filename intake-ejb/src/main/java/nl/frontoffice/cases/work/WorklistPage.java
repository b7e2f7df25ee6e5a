package nl.frontoffice.cases.work;

import java.util.List;

/**
 * A page of the worklist and the number of cases that match the filter (for the paginator).
 *
 * @param rows     the rows of this page
 * @param total    all matching cases
 * @param first    the index of the first row
 * @param pageSize the page size asked for
 */
public record WorklistPage(List<WorklistRow> rows, long total, int first, int pageSize) {

    public WorklistPage {
        rows = List.copyOf(rows);
    }

    // JavaBean getters: Faces views read properties through EL 5, which does not know record accessors

    public List<WorklistRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getFirst() {
        return first;
    }

    public int getPageSize() {
        return pageSize;
    }
}
