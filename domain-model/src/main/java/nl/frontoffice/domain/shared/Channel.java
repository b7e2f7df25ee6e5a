package nl.frontoffice.domain.shared;

/**
 * The way a citizen reached us. Stored by name in columns called {@code channel}.
 */
public enum Channel {

    /** The website (the portal). */
    WEB,
    /** A phone call to the contact centre (KCC). */
    PHONE,
    /** A visit to a counter. */
    COUNTER,
    /** An e-mail. */
    EMAIL,
    /** The municipality's app. */
    APP,
    /** A letter. */
    POST;

    /**
     * @return the resource-bundle key of the channel's name, e.g. {@code channel.WEB}
     */
    public String getMessageKey() {
        return "channel." + name();
    }
}
