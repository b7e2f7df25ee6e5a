package nl.frontoffice.portal.i18n;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of the current page, for the layout: {@code <f:view locale="#{localeBean.locale}">},
 * {@code <html lang="#{localeBean.language}">} and the language switch in the header.
 * <p>
 * Request scoped and backed by a cookie (see {@link LocaleFilter}), so anonymous visitors need no HTTP session just
 * to read the site in English.
 */
@Named
@RequestScoped
public class LocaleBean {

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    /** @return the language of this page, e.g. {@code nl} */
    public Locale getLocale() {
        if (locale == null) {
            locale = RequestLocales.of(request);
        }
        return locale;
    }

    /** @return the language code of this page for {@code <html lang>}, e.g. {@code "nl"} */
    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** @return the language code the switch offers, for its {@code lang} and {@code hreflang}, e.g. {@code "en"} */
    public String getAlternativeLanguage() {
        return Languages.alternativeTo(getLocale()).getLanguage();
    }

    /** @return the URL of this page in the other language, e.g. {@code /portal/?lang=en} */
    public String getSwitchUrl() {
        return RequestLocales.switchUrl(request, Languages.alternativeTo(getLocale()));
    }
}
