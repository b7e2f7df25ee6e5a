package nl.frontoffice.brpstub.personen;

import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;

import nl.frontoffice.brpstub.testset.CodeTables;
import nl.frontoffice.brpstub.testset.GbaTestset;
import nl.frontoffice.brpstub.testset.PersoonJson;

/**
 * The persons the stub knows: every persoonslijst of the GBA-V test set with a BSN, read once at start-up, served as
 * the API's Persoon.
 */
@ApplicationScoped
public class TestPersons {

    private static final Logger LOG = Logger.getLogger(TestPersons.class.getName());

    private GbaTestset testset;
    private PersoonJson persoonJson;
    private java.util.List<JsonObject> all;
    private LocalDate allBuiltOn;

    /**
     * Reads the test set when the application starts, so the first request is fast and a broken resource shows at
     * deployment.
     *
     * @param event the start of the application scope
     */
    void load(@Observes @Initialized(ApplicationScoped.class) Object event) {
        ensureLoaded();
        all();
    }

    private synchronized void ensureLoaded() {
        if (testset == null) {
            testset = GbaTestset.load();
            persoonJson = new PersoonJson(CodeTables.load());
            LOG.info("BRP stub: " + testset.size() + " test persons from " + GbaTestset.RESOURCE);
        }
    }

    /**
     * @param bsn nine digits
     * @return the full Persoon, or empty when the test set has no person with that BSN
     */
    public Optional<JsonObject> persoon(String bsn) {
        ensureLoaded();
        return testset.find(bsn).map(pl -> persoonJson.persoon(pl, LocalDate.now()));
    }

    /**
     * @return every person of the test set as the full Persoon, for the searches (about 680, built once a day:
     *         {@code leeftijd} depends on the date)
     */
    public synchronized java.util.List<JsonObject> all() {
        ensureLoaded();
        LocalDate today = LocalDate.now();
        if (!today.equals(allBuiltOn)) {
            all = testset.all().stream().map(pl -> persoonJson.persoon(pl, today)).toList();
            allBuiltOn = today;
        }
        return all;
    }
}
