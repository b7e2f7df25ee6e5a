package nl.frontoffice.portal.staff.citizens;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.SessionScoped;

/**
 * Makes a form's submission happen once per session: each rendered form carries a random submission key, and a
 * second post with the same key (a double click, a resent request) gets the first one's result instead of running
 * the action again. Posts with one key wait for each other. A failed action is not remembered, so the corrected
 * form can be sent with the same key.
 */
@SessionScoped
public class SubmittedForms implements Serializable {

    private static final long serialVersionUID = 1L;

    /** At most this many keys are remembered; the oldest is forgotten first. */
    static final int CAPACITY = 100;

    private final Map<String, Serializable> results = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Serializable> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * @param key    the form's submission key; {@code null} or blank runs the action without remembering it
     * @param action what the form does, with a serializable result
     * @return the action's result: the first one for this key
     */
    @SuppressWarnings("unchecked")
    public synchronized <T extends Serializable> T once(String key, Supplier<T> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (results.containsKey(key)) {
            return (T) results.get(key);
        }
        T result = action.get();
        results.put(key, result);
        return result;
    }

    /** @return whether a form with this key was handled already */
    public synchronized boolean handled(String key) {
        return key != null && results.containsKey(key);
    }
}
