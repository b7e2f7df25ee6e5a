/** The application's sense of time: one {@link java.time.Clock} in the Dutch time zone and the working-day calendar. */
package nl.frontoffice.platform.time;
