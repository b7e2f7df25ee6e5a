package nl.frontoffice.cases.work;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One page of the worklist: filter, order and page, as a lazy data table asks for it.
 *
 * @param filter    what to show
 * @param sort      the order
 * @param ascending ascending (earliest deadline first) or descending
 * @param first     the index of the first row, from 0
 * @param pageSize  rows per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record WorklistQuery(@NotNull WorklistFilter filter, @NotNull WorklistSort sort, boolean ascending,
                            @Min(0) int first, @Min(1) @Max(MAX_PAGE_SIZE) int pageSize) {

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    /** @return the first page of open cases by deadline, earliest first */
    public static WorklistQuery firstPage(WorklistFilter filter, int pageSize) {
        return new WorklistQuery(filter, WorklistSort.DEADLINE, true, 0, pageSize);
    }
}
