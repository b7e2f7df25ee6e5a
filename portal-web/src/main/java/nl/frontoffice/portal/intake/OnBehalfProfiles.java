package nl.frontoffice.portal.intake;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;

import nl.frontoffice.citizens.CitizenViewService;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.portal.citizen.CitizenProfile;

/**
 * The BRP data of the citizens a staff member takes an intake for, fetched once per citizen and
 * session through {@link CitizenViewService#profile}, which checks the caller and writes the
 * audit row with the reason {@link IntakeParty} gives. An unavailable BRP is asked
 * again next time. The data ends with the staff member's session.
 */
@SessionScoped
public class OnBehalfProfiles implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CitizenViewService citizens;

    private final Map<Bsn, PersonLookup> lookups = new HashMap<>();

    /**
     * @param reason why the staff member looks (for the audit trail)
     * @return the citizen's data as the intake shows it, if the BRP answered
     */
    public synchronized Optional<PersonalData> personalData(Bsn bsn, AccessReason reason) {
        PersonLookup lookup = lookups.get(bsn);
        if (lookup == null || lookup.isUnavailable()) {
            lookup = citizens.profile(bsn, reason).brp();
            lookups.put(bsn, lookup);
        }
        return lookup.person().map(CitizenProfile::toPersonalData);
    }
}
