package nl.frontoffice.portal.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import nl.frontoffice.domain.intake.CatalogueQuestion;

/**
 * Texts with arguments for beans and pages, in the page's language: looked up in the domain's
 * bundle ({@code domainMsg}) first, then the portal's ({@code msg}). {@code #{texts.label(q)}} is an
 * intake question's label with its arguments, e.g. "Heeft Sanne hulp nodig?".
 */
@Named("texts")
@RequestScoped
public class Texts {

    /** @return the text of that key with the arguments filled in; the key itself when no bundle has it */
    public String format(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = key;
        for (String bundle : new String[] {"domainMsg", "msg"}) {
            ResourceBundle texts = context.getApplication().getResourceBundle(context, bundle);
            if (texts != null && texts.containsKey(key)) {
                pattern = texts.getString(key);
                break;
            }
        }
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    /** @return the question's label with its arguments (e.g. a child's name) */
    public String label(CatalogueQuestion question) {
        return format(question.labelKey(), question.labelArguments().toArray());
    }
}
