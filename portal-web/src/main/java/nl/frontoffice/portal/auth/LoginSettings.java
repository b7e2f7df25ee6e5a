package nl.frontoffice.portal.auth;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import nl.frontoffice.auth.saml.AssuranceLevel;

/**
 * The portal's rules for sessions and for the DigiD level each part of the portal needs, read from
 * MicroProfile Config (see {@link PortalLoginConfiguration}):
 *
 * <table>
 * <caption>Properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code frontoffice.session.idle-timeout}</td><td>{@code PT15M}</td><td>a session without a request for this long ends (ISO-8601 duration)</td></tr>
 * <tr><td>{@code frontoffice.session.warning-before}</td><td>{@code PT2M}</td><td>how long before the idle timeout the page warns and offers to stay logged in (at most half the idle timeout)</td></tr>
 * <tr><td>{@code frontoffice.session.citizen-max-lifetime}</td><td>{@code PT2H}</td><td>a citizen's login ends this long after it began, active or not</td></tr>
 * <tr><td>{@code frontoffice.session.staff-max-lifetime}</td><td>{@code PT10H}</td><td>the same for staff (a working day)</td></tr>
 * <tr><td>{@code frontoffice.digid.area-levels}</td><td>{@code /mijn/=MIDDEN}</td><td>the least DigiD level per path prefix, comma-separated {@code prefix=LEVEL}; the longest matching prefix counts; never lower than {@code frontoffice.digid.min-level}</td></tr>
 * </table>
 *
 * @param idleTimeout         session idle timeout
 * @param warningBefore       warning lead time before the idle timeout
 * @param citizenMaxLifetime  absolute lifetime of a citizen's login
 * @param staffMaxLifetime    absolute lifetime of a staff login
 * @param areaLevels          the least level per path prefix, longest prefix first
 */
public record LoginSettings(Duration idleTimeout, Duration warningBefore, Duration citizenMaxLifetime,
        Duration staffMaxLifetime, List<AreaLevel> areaLevels) {

    static final String IDLE_TIMEOUT = "frontoffice.session.idle-timeout";
    static final String WARNING_BEFORE = "frontoffice.session.warning-before";
    static final String CITIZEN_MAX_LIFETIME = "frontoffice.session.citizen-max-lifetime";
    static final String STAFF_MAX_LIFETIME = "frontoffice.session.staff-max-lifetime";
    static final String AREA_LEVELS = "frontoffice.digid.area-levels";

    /** The least DigiD level for the paths that start with {@code prefix}. */
    public record AreaLevel(String prefix, AssuranceLevel level) {
        public AreaLevel {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(level, "level");
        }
    }

    public LoginSettings {
        requirePositive(IDLE_TIMEOUT, idleTimeout);
        requirePositive(WARNING_BEFORE, warningBefore);
        requirePositive(CITIZEN_MAX_LIFETIME, citizenMaxLifetime);
        requirePositive(STAFF_MAX_LIFETIME, staffMaxLifetime);
        if (warningBefore.compareTo(idleTimeout.dividedBy(2)) > 0) {
            warningBefore = idleTimeout.dividedBy(2);
        }
        areaLevels = areaLevels.stream()
                .sorted(Comparator.comparingInt((AreaLevel a) -> a.prefix().length()).reversed())
                .toList();
    }

    /**
     * Reads the settings.
     *
     * @param config a property lookup (MicroProfile Config in the application, a map in tests)
     * @throws IllegalArgumentException naming the property when a value cannot be used
     */
    public static LoginSettings read(Function<String, Optional<String>> config) {
        return new LoginSettings(
                duration(config, IDLE_TIMEOUT, "PT15M"),
                duration(config, WARNING_BEFORE, "PT2M"),
                duration(config, CITIZEN_MAX_LIFETIME, "PT2H"),
                duration(config, STAFF_MAX_LIFETIME, "PT10H"),
                areaLevels(config.apply(AREA_LEVELS).orElse("/mijn/=MIDDEN")));
    }

    /**
     * @param path the path within the application
     * @return the least level that path needs, if it lies in a part of the portal with a DigiD level
     */
    public Optional<AssuranceLevel> levelFor(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return areaLevels.stream().filter(area -> path.startsWith(area.prefix())).map(AreaLevel::level).findFirst();
    }

    /** @return the absolute lifetime of a login of this kind */
    public Duration maxLifetime(PortalIdentity.Kind kind) {
        return kind == PortalIdentity.Kind.CITIZEN ? citizenMaxLifetime : staffMaxLifetime;
    }

    private static List<AreaLevel> areaLevels(String value) {
        List<AreaLevel> levels = new ArrayList<>();
        for (String entry : value.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String prefix = equals < 0 ? "" : entry.substring(0, equals).trim();
            String level = equals < 0 ? "" : entry.substring(equals + 1).trim().toUpperCase(Locale.ROOT);
            if (!prefix.startsWith("/")) {
                throw new IllegalArgumentException(AREA_LEVELS + ": '" + entry.trim()
                        + "' is not of the form /path/=LEVEL");
            }
            try {
                levels.add(new AreaLevel(prefix, AssuranceLevel.valueOf(level)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(AREA_LEVELS + ": '" + level
                        + "' is not a DigiD level (BASIS, MIDDEN, SUBSTANTIEEL, HOOG)", e);
            }
        }
        return levels;
    }

    private static Duration duration(Function<String, Optional<String>> config, String name, String fallback) {
        String value = config.apply(name).orElse(fallback).trim();
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' is not an ISO-8601 duration such as PT15M", e);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
