package nl.frontoffice.portal.staff.citizens;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;

import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.portal.staff.CitizenSelection;

/**
 * The reason a staff member gave for looking at each citizen he selected in this session (doelbinding), kept with
 * the citizen's {@link CitizenSelection} token: the citizen page's address carries only the token, and the page
 * passes this reason to every service call, which writes it to the audit trail. A token without a reason (made
 * elsewhere, e.g. by another page) makes the citizen page ask for one before it shows anything.
 */
@SessionScoped
public class CitizenAccessReasons implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many reasons are remembered, like the tokens. */
    static final int CAPACITY = 200;

    @Inject
    private CitizenSelection selection;

    private final Map<String, AccessReason> byToken = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AccessReason> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * Selects a citizen for this session with the reason for looking.
     *
     * @return the citizen's token for addresses ({@code ?klant=…})
     */
    public synchronized String select(Bsn bsn, AccessReason reason) {
        String token = selection.tokenOf(bsn);
        byToken.put(token, reason);
        return token;
    }

    /** @return the citizen behind the token, if this session handed it out */
    public Optional<Bsn> citizen(String token) {
        return selection.find(token);
    }

    /** @return the reason given for the citizen behind the token, if any */
    public synchronized Optional<AccessReason> reason(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    /** Records the reason for a token this session handed out; a token of no citizen is ignored. */
    public synchronized void giveReason(String token, AccessReason reason) {
        if (selection.find(token).isPresent()) {
            byToken.put(token, reason);
        }
    }
}
