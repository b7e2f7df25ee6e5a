package nl.frontoffice.portal.intake;

import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import nl.frontoffice.auth.staff.StaffAccess;
import nl.frontoffice.auth.staff.StaffDirectory;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.citizen.Bsn;
import nl.frontoffice.domain.intake.PersonalData;
import nl.frontoffice.domain.shared.Actor;
import nl.frontoffice.domain.shared.Channel;
import nl.frontoffice.portal.citizen.CitizenProfile;
import nl.frontoffice.portal.citizen.LoggedInCitizen;
import nl.frontoffice.portal.staff.CitizenSelection;
import nl.frontoffice.portal.staff.citizens.CitizenAccessReasons;
import nl.frontoffice.portal.staff.citizens.StaffRolesOfRequest;

/**
 * Who an intake of this request is for, who writes it, on which channel, and where its pages live.
 * The same wizard serves two parties:
 * <ul>
 * <li>a citizen logged in with DigiD, on {@value WizardStep#BASE} (channel {@code WEB}, author the
 * citizen, personal data from the citizen's own BRP look-up);</li>
 * <li>a KCC member, consulent or team lead on behalf of a citizen, on {@value WizardStep#STAFF_BASE}
 * (channel {@code PHONE} or {@code COUNTER}, the staff member recorded as author, no DigiD). The
 * citizen is named by the {@link CitizenSelection} token in the request parameter
 * {@value #CITIZEN_PARAMETER} (never by the BSN); his BRP data is fetched through the audited
 * {@link OnBehalfProfiles}, with the reason given at the klantbeeld search.</li>
 * </ul>
 * Which one is decided by the page's path, which the container's security constraints already tie
 * to the right kind of login. A staff member without an intake role (a BEHEERDER) or with a token
 * this session did not hand out gets no party ({@link #isKnown()} is false): the pages show "not
 * found", and every action of the wizard refuses.
 */
@RequestScoped
public class IntakeParty {

    /** The request parameter that carries the citizen's token on the staff pages. */
    public static final String CITIZEN_PARAMETER = "klant";

    @Inject
    private LoggedInCitizen citizen;

    @Inject
    private CitizenProfile citizenProfile;

    @Inject
    private CitizenSelection selection;

    @Inject
    private OnBehalfProfiles onBehalfProfiles;

    @Inject
    private CitizenAccessReasons accessReasons;

    @EJB
    private StaffDirectory staffDirectory;

    private boolean staff;
    private String token;
    private Bsn bsn;
    private Actor author;

    @PostConstruct
    void resolve() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        staff = request.getServletPath().startsWith(WizardStep.STAFF_BASE);
        if (!staff) {
            bsn = citizen.current().bsn();
            author = IntakeWizardView.AUTHOR;
            return;
        }
        // the roles that work with citizens take intakes for them (a BEHEERDER does not)
        boolean mayTakeIntakes = StaffRolesOfRequest.mayViewCitizens();
        String candidate = request.getParameter(CITIZEN_PARAMETER);
        Optional<Bsn> selected = mayTakeIntakes ? selection.find(candidate) : Optional.empty();
        if (selected.isPresent()) {
            token = candidate;
            bsn = selected.get();
            StaffAccess me = staffDirectory.current();
            author = Actor.staff(me.getUsername(), me.getDisplayName());
        }
    }

    /** @return whether the intake is taken by a staff member on the citizen's behalf */
    public boolean isStaff() {
        return staff;
    }

    /** @return whether there is a citizen to take the intake for (always for a citizen himself) */
    public boolean isKnown() {
        return bsn != null;
    }

    /** @return the citizen the intake is for */
    public Bsn bsn() {
        return bsn;
    }

    /** @return who writes the intake */
    public Actor author() {
        return author;
    }

    /** @return the token naming the citizen on the staff pages, or {@code null} for a citizen */
    public String getToken() {
        return token;
    }

    /** @return the channel a new draft starts on: the web for a citizen, the phone for staff */
    public Channel defaultChannel() {
        return staff ? Channel.PHONE : Channel.WEB;
    }

    /** @return whether staff may record the intake on that channel (phone or counter); a citizen only on the web */
    public boolean allows(Channel channel) {
        return staff ? channel == Channel.PHONE || channel == Channel.COUNTER : channel == Channel.WEB;
    }

    /**
     * @param channel the intake's channel: for staff, why they look when they gave no reason at the klantbeeld
     * @return the citizen's data as the BRP has it, if it answered
     */
    public Optional<PersonalData> personalData(Channel channel) {
        if (!staff) {
            return citizenProfile.personalData();
        }
        if (bsn == null) {
            return Optional.empty();
        }
        AccessReason why = accessReasons.reason(token).orElseGet(() -> new AccessReason(
                channel == Channel.COUNTER ? AccessPurpose.COUNTER_VISIT : AccessPurpose.PHONE_CONTACT, "intake namens inwoner"));
        return onBehalfProfiles.personalData(bsn, why);
    }

    /** @return the path of a wizard page (within the application) for this party, without query */
    public String pagePath(String page) {
        return (staff ? WizardStep.STAFF_BASE : WizardStep.BASE) + page;
    }

    /**
     * @return a navigation outcome that redirects to a wizard page of this party, with the citizen's
     *         token for staff and the extra query (without leading {@code &}, may be empty)
     */
    public String redirectTo(String page, String query) {
        StringBuilder outcome = new StringBuilder(pagePath(page)).append("?faces-redirect=true");
        if (token != null) {
            outcome.append('&').append(CITIZEN_PARAMETER).append('=').append(token);
        }
        if (query != null && !query.isEmpty()) {
            outcome.append('&').append(query);
        }
        return outcome.toString();
    }

    /** @return the outcome of "Opslaan en later verder": the personal area, or the citizen's page in the back office */
    public String saveForLaterOutcome() {
        return staff ? "/medewerker/klant.xhtml?faces-redirect=true&" + CITIZEN_PARAMETER + "=" + token + "&opgeslagen=true"
                : "/mijn/index.xhtml?faces-redirect=true&opgeslagen=true";
    }
}
