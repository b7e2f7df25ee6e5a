package nl.frontoffice.portal.staff.citizens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.frontoffice.citizens.CitizenMatch;
import nl.frontoffice.citizens.CitizenQueryException;
import nl.frontoffice.citizens.CitizenSearchResult;
import nl.frontoffice.citizens.CitizenViewService;
import nl.frontoffice.domain.audit.AccessPurpose;
import nl.frontoffice.domain.audit.AccessReason;
import nl.frontoffice.domain.calendar.WorkingDayCalendar;
import nl.frontoffice.domain.intake.FieldProblem;
import nl.frontoffice.domain.registry.BirthDate;
import nl.frontoffice.domain.shared.DomainException;
import nl.frontoffice.portal.i18n.DateTexts;
import nl.frontoffice.portal.i18n.Texts;

/**
 * The klantbeeld search {@code /medewerker/klantbeeld.xhtml}: the reason for looking and one of three ways to search,
 * posted (never in the address), checked by {@link CitizenSearchForm} with a message at each field, then
 * {@link CitizenViewService#findCitizens}. Each result links to the citizen page by a token of the session
 * ({@link CitizenAccessReasons}), which keeps the reason with it.
 *
 * <p>For the roles KCC, CONSULENT and TEAMLEIDER (the service's roles); for other staff the page says so instead of
 * calling the service.
 */
@Named
@RequestScoped
public class KlantbeeldView {

    /** The form's id in the page: fields are {@code search-form:<field>}. */
    static final String FORM_ID = "search-form";

    /** The search in the result list: no BSN, only what the list shows and the token to open the citizen. */
    public record ResultRow(String token, String name, String birthDate, String addressLine1, String addressLine2,
            boolean inBrp, boolean knownLocally) {
    }

    @EJB
    private CitizenViewService citizenView;

    @Inject
    private CitizenAccessReasons reasons;

    @Inject
    private Texts texts;

    @Inject
    private DateTexts dates;

    private final CitizenSearchForm form = new CitizenSearchForm();
    private final List<ProblemView> problems = new ArrayList<>();
    private List<ResultRow> results;
    private boolean truncated;
    private boolean brpUnavailable;

    /** A problem for the summary at the top of the form: the message and the field to jump to. */
    public record ProblemView(String message, String anchor) {
    }

    /** @return whether the caller has a role that may search citizens */
    public boolean isAllowed() {
        return StaffRolesOfRequest.mayViewCitizens();
    }

    /** "Zoeken": checks the form, searches, and shows the results on this page (posted: no BSN in an address). */
    public String search() {
        if (!isAllowed()) {
            return null;
        }
        LocalDate today = LocalDate.now(Clock.system(WorkingDayCalendar.TIME_ZONE));
        List<FieldProblem> found = form.problems(today);
        if (!found.isEmpty()) {
            show(found);
            return null;
        }
        AccessReason reason = form.reason();
        try {
            CitizenSearchResult result = citizenView.findCitizens(form.query(), reason);
            brpUnavailable = result.brpUnavailable();
            truncated = result.truncated();
            results = new ArrayList<>();
            for (CitizenMatch match : result.matches()) {
                results.add(new ResultRow(reasons.select(match.bsn(), reason), match.name().displayName(),
                        birthDateText(match.birthDate()), match.addressLine1(), match.addressLine2(), match.inBrp(),
                        match.knownLocally()));
            }
        } catch (CitizenQueryException e) {
            show(e.getProblems());
        } catch (DomainException e) {
            show(List.of(FieldProblem.of(CitizenSearchForm.QUERY, e.getMessageKey(), e.getArguments())));
        }
        return null;
    }

    private String birthDateText(BirthDate birthDate) {
        return switch (birthDate.precision()) {
            case DAY -> dates.longDate(birthDate.toLocalDate().orElseThrow());
            case UNKNOWN -> texts.format("klantbeeld.birthDate.unknown");
            default -> birthDate.toString();
        };
    }

    private void show(List<FieldProblem> found) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldProblem problem : found) {
            String message = texts.format(problem.getMessageKey(), problem.getArguments());
            String clientId = FORM_ID + ":" + problem.field();
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            problems.add(new ProblemView(message, "#" + clientId));
        }
    }

    /** @return whether the last search found a problem with that field (for aria-invalid) */
    public boolean invalid(String field) {
        return FacesContext.getCurrentInstance().getMessageList(FORM_ID + ":" + field).stream().findAny().isPresent();
    }

    /** @return the purposes to choose from */
    public List<AccessPurpose> getPurposes() {
        return List.of(AccessPurpose.values());
    }

    public CitizenSearchForm getForm() {
        return form;
    }

    /** @return the problems of the last search, for the summary at the top */
    public List<ProblemView> getProblems() {
        return problems;
    }

    /** @return the results of the search just done, or {@code null} before a search */
    public List<ResultRow> getResults() {
        return results;
    }

    /** @return whether the BRP found more than the list shows (search more precisely) */
    public boolean isTruncated() {
        return truncated;
    }

    /** @return whether the BRP could not be asked */
    public boolean isBrpUnavailable() {
        return brpUnavailable;
    }

    /** @return the most results a search shows */
    public int getMaxMatches() {
        return CitizenViewService.MAX_MATCHES;
    }
}
