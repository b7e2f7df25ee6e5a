package nl.frontoffice.digidsimulator.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated DigiD sessions, one per login, by SessionIndex. Single logout ends them. They are only bookkeeping
 * (the simulator always shows its login page); an entry older than a day is forgotten.
 */
public final class SimulatedSessions {

    private static final Duration MAXIMUM_AGE = Duration.ofDays(1);

    /** One login: at which SP, for which NameID, when. */
    public record Session(String sessionIndex, String spEntityId, String nameId, AssuranceLevel level,
                          Instant started) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    public SimulatedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Records a login. */
    public void start(String sessionIndex, String spEntityId, String nameId, AssuranceLevel level) {
        Instant now = clock.instant();
        sessions.values().removeIf(each -> each.started.isBefore(now.minus(MAXIMUM_AGE)));
        sessions.put(sessionIndex, new Session(sessionIndex, spEntityId, nameId, level, now));
    }

    /**
     * Ends the sessions of this NameID at this SP: those with the given session indexes, or all of them when no
     * index is given (SAML core §3.7.3.2).
     *
     * @return how many sessions ended
     */
    public int end(String spEntityId, String nameId, Collection<String> sessionIndexes) {
        int before = sessions.size();
        sessions.values().removeIf(session -> session.spEntityId.equals(spEntityId)
                && session.nameId.equals(nameId)
                && (sessionIndexes.isEmpty() || sessionIndexes.contains(session.sessionIndex)));
        return before - sessions.size();
    }

    public boolean isActive(String sessionIndex) {
        return sessions.containsKey(sessionIndex);
    }
}
