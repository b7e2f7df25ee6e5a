package nl.frontoffice.domain.audit;

/**
 * What a staff member did with a citizen's personal data. Stored by name in column
 * {@code event_type}; the names are stable (searches and reports depend on them).
 */
public enum PersonalDataEvent {

    /** The citizen appeared in the result list of a citizen search (name, date of birth, address). */
    CITIZEN_SEARCH_RESULT,
    /** The citizen's timeline (contact moments, intakes, cases, callback requests) was shown. */
    CITIZEN_TIMELINE_VIEWED,
    /** The citizen's registered data (name, address, household) was fetched from the BRP and shown. */
    BRP_PERSON_FETCHED,
    /** The citizen appeared in a list of open callback requests (phone number and question). */
    CALLBACK_REQUEST_LISTED,
    /** A case page of the citizen was opened (answers, documents, notes). */
    CASE_VIEWED,
    /** The intake answers of a case (personal data, household, answers, list of files) were shown on its case page. */
    CASE_INTAKE_VIEWED,
    /** A file the citizen sent with the intake of a case was downloaded by a staff member. */
    CASE_ATTACHMENT_DOWNLOADED;

    /** @return the resource-bundle key of the event's name, e.g. {@code audit.event.CASE_VIEWED} */
    public String getMessageKey() {
        return "audit.event." + name();
    }
}
