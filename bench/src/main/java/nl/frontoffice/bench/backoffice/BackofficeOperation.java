package nl.frontoffice.bench.backoffice;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the back-office benchmark measures, each as a given staff member (the callers are made by the
 * runner's data generator): the worklist's first page as {@code WorklistView} loads it, a filtered
 * worklist, and the citizen timeline of a citizen with a typical and with a large history.
 */
public enum BackofficeOperation {

    /** A consulent of Team Wmo (one domain) opens his worklist: the count and the first page by deadline. */
    WORKLIST_PAGE("worklist-page", "bench.wmo.c01", true,
            "Worklist page 1: consulent of Team Wmo (one domain), all open cases by deadline"),
    /** The team lead of Team Werk en Inkomen (two domains) opens his worklist. */
    WORKLIST_PAGE_TWO_DOMAINS("worklist-page-two-domains", "bench.wi.lead", true,
            "Worklist page 1: team lead of Team Werk en Inkomen (two domains), all open cases by deadline"),
    /** The same team lead filters: debt help, in progress, urgent, deadline from 14 days ago to 14 days ahead. */
    WORKLIST_FILTERED("worklist-filtered", "bench.wi.lead", true,
            "Worklist filtered: team lead, domain schuldhulpverlening + status IN_PROGRESS + urgent"
                    + " + deadline today-14..today+14, by deadline"),
    /** A contact-centre member opens the timeline of a citizen with the median number of cases. */
    TIMELINE_TYPICAL("timeline-typical", "bench.kcc.01", false,
            "Citizen timeline (KCC), citizens with the median number of cases"),
    /** A contact-centre member opens the timeline of one of the citizens with the largest histories. */
    TIMELINE_LARGE("timeline-large", "bench.kcc.01", false,
            "Citizen timeline (KCC), the citizens with the largest histories");

    private final String code;
    private final String caller;
    private final boolean worklist;
    private final String description;

    BackofficeOperation(String code, String caller, boolean worklist, String description) {
        this.code = code;
        this.caller = caller;
        this.worklist = worklist;
        this.description = description;
    }

    /** @return the name in URLs and result files, e.g. {@code worklist-page} */
    public String code() {
        return code;
    }

    /** @return the username of the staff member who calls */
    public String caller() {
        return caller;
    }

    public boolean worklist() {
        return worklist;
    }

    public String description() {
        return description;
    }

    public static Optional<BackofficeOperation> of(String code) {
        return Arrays.stream(values()).filter(operation -> operation.code.equals(code)).findFirst();
    }
}
