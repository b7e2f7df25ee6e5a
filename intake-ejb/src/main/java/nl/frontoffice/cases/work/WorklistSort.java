package nl.frontoffice.cases.work;

/**
 * The order of the worklist; ties are broken by the case id, so paging is stable. Sorting by status
 * orders by status code.
 */
public enum WorklistSort {
    /** By deadline (the default, earliest first). */
    DEADLINE,
    /** By the day the case started. */
    START_DATE,
    /** By case reference. */
    REFERENCE,
    /** By status code, then deadline. */
    STATUS
}
