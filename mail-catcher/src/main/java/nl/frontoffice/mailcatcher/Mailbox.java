package nl.frontoffice.mailcatcher;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last {@code capacity} mails, newest first; older ones are forgotten. Thread-safe: the SMTP connections add, the
 * web pages read and clear.
 */
public final class Mailbox {

    private final int capacity;
    private final Clock clock;
    private final Deque<CaughtMail> mails = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();

    public Mailbox(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    /** Parses and keeps a received message; forgets the oldest beyond the capacity. */
    public CaughtMail receive(String envelopeFrom, List<String> recipients, byte[] raw) {
        CaughtMail mail = CaughtMail.parse(ids.incrementAndGet(), clock.instant(), envelopeFrom, recipients, raw);
        synchronized (mails) {
            mails.addFirst(mail);
            while (mails.size() > capacity) {
                mails.removeLast();
            }
        }
        return mail;
    }

    /** @return the mails, newest first */
    public List<CaughtMail> list() {
        synchronized (mails) {
            return new ArrayList<>(mails);
        }
    }

    /** @return the mail with this id, if still kept */
    public Optional<CaughtMail> find(long id) {
        synchronized (mails) {
            return mails.stream().filter(mail -> mail.id() == id).findFirst();
        }
    }

    /** Forgets all mails (numbering goes on, so an old link never shows a new mail). */
    public void clear() {
        synchronized (mails) {
            mails.clear();
        }
    }

    public int capacity() {
        return capacity;
    }
}
