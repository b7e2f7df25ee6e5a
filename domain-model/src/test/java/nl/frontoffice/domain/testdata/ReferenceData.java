package nl.frontoffice.domain.testdata;

import nl.frontoffice.domain.calendar.DeadlineRule;
import nl.frontoffice.domain.cases.CaseType;
import nl.frontoffice.domain.shared.SocialDomain;

import java.util.EnumMap;
import java.util.Map;

/**
 * The case types of migration {@code V2__case_types_and_statuses.sql}, built in memory.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static CaseType wmoMelding() {
        return standard(CaseType.define("WMO_MELDING", SocialDomain.WMO, "casetype.WMO_MELDING",
                "Wmo 2015 art. 2.3.2 lid 9", DeadlineRule.weeks(6), null, true));
    }

    public static CaseType jeugdAanvraag() {
        return standard(CaseType.define("JEUGD_AANVRAAG", SocialDomain.JEUGD, "casetype.JEUGD_AANVRAAG",
                "Awb art. 4:13", DeadlineRule.weeks(8), null, true));
    }

    public static CaseType participatieAanvraag() {
        return standard(CaseType.define("PARTICIPATIE_AANVRAAG", SocialDomain.PARTICIPATIE,
                "casetype.PARTICIPATIE_AANVRAAG", "Awb art. 4:13", DeadlineRule.weeks(8), null, true));
    }

    public static CaseType shvAanmelding() {
        CaseType type = CaseType.define("SHV_AANMELDING", SocialDomain.SCHULDHULPVERLENING, "casetype.SHV_AANMELDING",
                "Wgs art. 4a", DeadlineRule.weeks(4), DeadlineRule.workingDays(3), true);
        type.addStatus("RECEIVED", "casestatus.RECEIVED", true, false);
        type.addStatus("FIRST_CONVERSATION_PLANNED", "casestatus.FIRST_CONVERSATION_PLANNED", false, false);
        type.addStatus("IN_PROGRESS", "casestatus.IN_PROGRESS", false, false);
        type.addStatus("CLOSED", "casestatus.CLOSED", false, true);
        return type;
    }

    /** @return the intake case type of every domain, as {@code V2} defines them */
    public static Map<SocialDomain, CaseType> intakeCaseTypes() {
        Map<SocialDomain, CaseType> types = new EnumMap<>(SocialDomain.class);
        for (CaseType type : new CaseType[]{wmoMelding(), jeugdAanvraag(), participatieAanvraag(), shvAanmelding()}) {
            types.put(type.getDomain(), type);
        }
        return types;
    }

    private static CaseType standard(CaseType type) {
        type.addStatus("RECEIVED", "casestatus.RECEIVED", true, false);
        type.addStatus("IN_PROGRESS", "casestatus.IN_PROGRESS", false, false);
        type.addStatus("DECIDED", "casestatus.DECIDED", false, false);
        type.addStatus("CLOSED", "casestatus.CLOSED", false, true);
        return type;
    }
}
