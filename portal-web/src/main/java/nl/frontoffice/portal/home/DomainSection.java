package nl.frontoffice.portal.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One section of the home page: a domain in which the municipality helps, described by bundle keys.
 * <p>
 * For a domain {@code wmo} with three points the keys are {@code home.domain.wmo.title}, {@code ….intro},
 * {@code ….item1} to {@code ….item3}, {@code ….after} and, if it has one, {@code ….urgent}. A JavaBean with getters
 * rather than a record, because EL 5 cannot read record accessors.
 */
public final class DomainSection {

    private static final String PREFIX = "home.domain.";

    private final String id;
    private final int itemCount;
    private final boolean urgent;

    DomainSection(String id, int itemCount, boolean urgent) {
        this.id = Objects.requireNonNull(id);
        if (itemCount < 2 || itemCount > 4) {
            throw new IllegalArgumentException("A domain section has 2 to 4 points, not " + itemCount);
        }
        this.itemCount = itemCount;
        this.urgent = urgent;
    }

    /** @return the short name, also the last part of the section's HTML id {@code domain-<id>} */
    public String getId() {
        return id;
    }

    public String getTitleKey() {
        return key("title");
    }

    public String getIntroKey() {
        return key("intro");
    }

    /** @return the keys of the bullet points, in order */
    public List<String> getItemKeys() {
        return IntStream.rangeClosed(1, itemCount).mapToObj(n -> key("item" + n)).toList();
    }

    /** @return the key of "what happens after you ask", with the deadline in plain words */
    public String getAfterKey() {
        return key("after");
    }

    /** @return the key of an urgent-help note, or {@code null} if the domain has none */
    public String getUrgentKey() {
        return urgent ? key("urgent") : null;
    }

    /** @return every bundle key this section uses */
    public List<String> getAllKeys() {
        List<String> keys = new ArrayList<>(List.of(getTitleKey(), getIntroKey(), getAfterKey()));
        keys.addAll(getItemKeys());
        if (urgent) {
            keys.add(getUrgentKey());
        }
        return List.copyOf(keys);
    }

    private String key(String suffix) {
        return PREFIX + id + "." + suffix;
    }
}
