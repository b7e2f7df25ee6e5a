package nl.frontoffice.digidsimulator.sp;

import java.util.Objects;
import java.util.Optional;

/**
 * An endpoint of a service provider from its metadata (AssertionConsumerService, SingleLogoutService).
 *
 * @param binding          the binding URI
 * @param location         where requests go
 * @param responseLocation where responses go, when different (SingleLogoutService)
 * @param index            the index of an indexed endpoint, -1 when it has none
 * @param isDefault        marked {@code isDefault="true"}
 */
public record Endpoint(String binding, String location, Optional<String> responseLocation, int index,
                       boolean isDefault) {

    public Endpoint {
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(responseLocation, "responseLocation");
    }

    public static Endpoint indexed(String binding, String location, int index, boolean isDefault) {
        return new Endpoint(binding, location, Optional.empty(), index, isDefault);
    }

    public static Endpoint of(String binding, String location) {
        return new Endpoint(binding, location, Optional.empty(), -1, false);
    }

    /** Where a response to this endpoint goes: ResponseLocation when given, otherwise Location. */
    public String responseTarget() {
        return responseLocation.orElse(location);
    }
}
