package nl.frontoffice.digidsimulator.web;

/**
 * The simulator's HTML: escaping, and the frame every page shares (Dutch, a skip link, header with the
 * "not the real DigiD" notice, one {@code main}, footer), so that each page only supplies its title and content.
 */
public final class Html {

    private Html() {
    }

    /** Escapes text for use in element content and in double-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A complete page.
     *
     * @param contextPath the application's context path (for the style sheet and links)
     * @param title       the page title, without the site name (escaped here)
     * @param main        the HTML inside {@code <main>}, already escaped
     */
    public static String page(String contextPath, String title, String main) {
        String context = escape(contextPath);
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – DigiD-simulator</title>
                <link rel="stylesheet" href="%s/static/simulator.css">
                </head>
                <body>
                <a class="skiplink" href="#inhoud">Direct naar de inhoud</a>
                <header class="kop">
                <div class="breed">
                <p class="merk">DigiD-simulator</p>
                <p class="waarschuwing">Alleen voor ontwikkeling en tests. Dit is niet de echte DigiD: vul hier nooit echte gegevens in.</p>
                </div>
                </header>
                <main id="inhoud" class="breed" tabindex="-1">
                %s
                </main>
                <footer class="voet">
                <div class="breed">
                <p>Simulator van het SAML-koppelvlak van DigiD, voor Frontoffice. <a href="%s/metadata">Metadata van de simulator</a></p>
                </div>
                </footer>
                </body>
                </html>
                """.formatted(escape(title), context, main, context);
    }
}
