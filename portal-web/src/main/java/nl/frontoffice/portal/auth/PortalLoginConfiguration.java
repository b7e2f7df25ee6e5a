package nl.frontoffice.portal.auth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@link LoginSettings} of this deployment, read from MicroProfile Config once, when the
 * application starts using them; a value that cannot be used fails loudly, naming the property.
 */
@ApplicationScoped
public class PortalLoginConfiguration {

    private LoginSettings settings;

    /** For CDI: the settings are read from MicroProfile Config. */
    public PortalLoginConfiguration() {
    }

    /** With given settings, for tests. */
    PortalLoginConfiguration(LoginSettings settings) {
        this.settings = settings;
    }

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        settings = LoginSettings.read(name -> config.getOptionalValue(name, String.class));
    }

    /** @return the settings */
    public LoginSettings settings() {
        return settings;
    }
}
