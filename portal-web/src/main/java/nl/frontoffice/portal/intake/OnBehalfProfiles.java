package nl.frontoffice.portal.intake;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;

import nl.frontoffice.citizens.CitizenViewService;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.registry.PersonLookup;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.portal.citizen.CitizenProfile;

/**
 * The BRP data of the citizens a staff member takes an intake for, fetched once per citizen and
 * session through {@link CitizenViewService#profile}, which checks the caller and writes the
 * audit row (purpose: the contact in which the intake is taken, by phone or at the counter). An unavailable BRP is asked
 * again next time. The data ends with the staff member's session.
 */
@SessionScoped
public class OnBehalfProfiles implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The note with which the intake's look-up appears in the audit trail. */
    static final String NOTE = "intake namens inwoner";

    @EJB
    private CitizenViewService citizens;

    private final Map<Bsn, PersonLookup> lookups = new HashMap<>();

    /**
     * @param channel how the staff member and the citizen talk: the audit's purpose (counter visit or phone contact)
     * @return the citizen's data as the intake shows it, if the BRP answered
     */
    public synchronized Optional<PersonalData> personalData(Bsn bsn, Channel channel) {
        PersonLookup lookup = lookups.get(bsn);
        if (lookup == null || lookup.isUnavailable()) {
            AccessPurpose purpose = channel == Channel.COUNTER ? AccessPurpose.COUNTER_VISIT : AccessPurpose.PHONE_CONTACT;
            lookup = citizens.profile(bsn, new AccessReason(purpose, NOTE)).brp();
            lookups.put(bsn, lookup);
        }
        return lookup.person().map(CitizenProfile::toPersonalData);
    }
}
