package nl.frontoffice.brpstub;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The stub's JAX-RS application at the context root ({@code /brp-stub}): the API under
 * {@code haalcentraal/api/brp} (as on RvIG's test environment) and the switch under {@code beheer}.
 */
@ApplicationPath("/")
public class BrpStubApplication extends Application {
}
