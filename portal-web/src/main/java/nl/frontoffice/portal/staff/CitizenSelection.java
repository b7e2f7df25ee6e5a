package nl.frontoffice.portal.staff;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;

import nl.frontoffice.domain.citizen.Bsn;

/**
 * The citizens a staff member has looked up in this session, each behind an opaque random token.
 * Back-office pages about one citizen (the klantbeeld, an intake on his behalf) carry that token in
 * their address ({@code ?klant=…}) instead of the BSN, so that no BSN ends up in a URL, a browser
 * history or an access log. A token means something only in the session that made it: another
 * session, or the same one after a new login, finds nothing.
 *
 * <p>The token is not an access check: every service the pages call checks the caller again.
 */
@SessionScoped
public class CitizenSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many citizens are remembered; the oldest is forgotten first. */
    static final int CAPACITY = 200;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Bsn> byToken = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bsn> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @return the token of this citizen in this session: the one handed out before, or a new one
     */
    public synchronized String tokenOf(Bsn bsn) {
        for (Map.Entry<String, Bsn> entry : byToken.entrySet()) {
            if (entry.getValue().equals(bsn)) {
                return entry.getKey();
            }
        }
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byToken.put(token, bsn);
        return token;
    }

    /** @return the citizen behind the token, if this session handed it out */
    public synchronized Optional<Bsn> find(String token) {
        return token == null || token.isBlank() ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }
}
