package nl.frontoffice.digidsimulator.sso;

import static nl.frontoffice.digidsimulator.web.Html.escape;

import nl.frontoffice.digidsimulator.web.Html;

/**
 * The login page: the tester picks a test person or types a BSN, picks an assurance level (default: the minimum the
 * service provider asked for; lower levels can be chosen on purpose, to test that the SP refuses them) and logs in or
 * cancels. Plain HTML without scripts; every input has a label, groups have a legend, a wrong BSN is reported next to
 * the field and in a summary at the top.
 */
public final class LoginPage {

    private LoginPage() {
    }

    public static String render(String contextPath, String requestKey, PendingAuthentication request,
                                LoginForm form) {
        StringBuilder main = new StringBuilder();
        main.append("<h1>Inloggen met de DigiD-simulator</h1>\n")
                .append("<p>U logt in bij <strong>").append(escape(request.spEntityId()))
                .append("</strong>. De dienst vraagt minimaal betrouwbaarheidsniveau <strong>")
                .append(escape(request.minimumLevel().label())).append("</strong>.</p>\n");
        form.bsnError().ifPresent(error -> main
                .append("<div class=\"foutoverzicht\" role=\"alert\" aria-labelledby=\"foutoverzicht-titel\">\n")
                .append("<h2 id=\"foutoverzicht-titel\">Er is iets niet goed ingevuld</h2>\n")
                .append("<ul><li><a href=\"#bsn\">").append(escape(error)).append("</a></li></ul>\n</div>\n"));

        main.append("<form method=\"post\" action=\"").append(escape(contextPath)).append("/login\" novalidate>\n")
                .append("<input type=\"hidden\" name=\"verzoek\" value=\"").append(escape(requestKey)).append("\">\n");

        main.append("<fieldset>\n<legend>Wie logt er in?</legend>\n")
                .append("<p class=\"hint\">Testpersonen uit de GBA-V-testset van RvIG (fictieve mensen).</p>\n")
                .append("<ul class=\"keuzes\">\n");
        for (TestPerson person : TestPerson.ALL) {
            String id = "persoon-" + person.bsn();
            main.append("<li><input type=\"radio\" name=\"persoon\" id=\"").append(id).append("\" value=\"")
                    .append(person.bsn()).append('"').append(person.bsn().equals(form.person()) ? " checked" : "")
                    .append("><label for=\"").append(id).append("\"><span class=\"naam\">")
                    .append(escape(person.name())).append("</span> <span class=\"bsn\">BSN ").append(person.bsn())
                    .append("</span>");
            if (!person.note().isEmpty()) {
                main.append(" <span class=\"toelichting\">").append(escape(person.note())).append("</span>");
            }
            main.append("</label></li>\n");
        }
        main.append("</ul>\n");

        boolean invalid = form.bsnError().isPresent();
        main.append("<div class=\"veld").append(invalid ? " veld-fout" : "").append("\">\n")
                .append("<label for=\"bsn\">Of typ een ander BSN</label>\n")
                .append("<p class=\"hint\" id=\"bsn-uitleg\">9 cijfers die voldoen aan de elfproef. ")
                .append("Vult u hier een BSN in, dan logt u daarmee in.</p>\n");
        if (invalid) {
            main.append("<p class=\"foutmelding\" id=\"bsn-fout\"><span class=\"verborgen\">Fout: </span>")
                    .append(escape(form.bsnError().get())).append("</p>\n");
        }
        main.append("<input type=\"text\" id=\"bsn\" name=\"bsn\" inputmode=\"numeric\" autocomplete=\"off\" ")
                .append("spellcheck=\"false\" maxlength=\"20\" value=\"").append(escape(form.typedBsn()))
                .append("\" aria-describedby=\"bsn-uitleg").append(invalid ? " bsn-fout\" aria-invalid=\"true" : "")
                .append("\">\n</div>\n</fieldset>\n");

        main.append("<fieldset>\n<legend>Betrouwbaarheidsniveau</legend>\n<ul class=\"keuzes\">\n");
        for (AssuranceLevel level : AssuranceLevel.values()) {
            String id = "niveau-" + level.name().toLowerCase();
            String note = level.means()
                    + (level == request.minimumLevel() ? " — gevraagd door de dienst" : "")
                    + (level.compareTo(request.minimumLevel()) < 0
                            ? " — lager dan gevraagd: de dienst hoort dit te weigeren" : "");
            main.append("<li><input type=\"radio\" name=\"niveau\" id=\"").append(id).append("\" value=\"")
                    .append(level.name()).append('"').append(level == form.level() ? " checked" : "")
                    .append("><label for=\"").append(id).append("\"><span class=\"naam\">").append(level.label())
                    .append("</span> <span class=\"toelichting\">").append(escape(note))
                    .append("</span></label></li>\n");
        }
        main.append("</ul>\n</fieldset>\n");

        main.append("<div class=\"knoppen\">\n")
                .append("<button type=\"submit\" name=\"actie\" value=\"inloggen\" class=\"knop primair\">")
                .append("Inloggen</button>\n")
                .append("<button type=\"submit\" name=\"actie\" value=\"annuleren\" class=\"knop secundair\">")
                .append("Annuleren</button>\n")
                .append("</div>\n</form>\n");
        return Html.page(contextPath, (invalid ? "Fout: " : "") + "Inloggen", main.toString());
    }
}
