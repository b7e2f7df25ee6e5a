package nl.frontoffice.digidsimulator;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes the one {@link Simulator} of the application from MicroProfile Config, at deployment: a configuration error
 * (or a keystore that cannot be read or generated) fails the deployment instead of the first login.
 */
@ApplicationScoped
public class SimulatorProducer {

    private static final Logger LOG = Logger.getLogger(SimulatorProducer.class.getName());

    @Produces
    @Singleton
    Simulator simulator() {
        Config config = ConfigProvider.getConfig(Thread.currentThread().getContextClassLoader());
        return Simulator.fromConfiguration(name -> config.getOptionalValue(name, String.class), Clock.systemUTC());
    }

    void atStartup(@Observes Startup startup, Simulator simulator) {
        LOG.info(() -> "DigiD simulator ready; its metadata is at " + simulator.settings().metadataUrl());
    }
}
