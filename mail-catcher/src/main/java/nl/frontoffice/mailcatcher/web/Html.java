package nl.frontoffice.mailcatcher.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** HTML escaping and the frame every page shares (Dutch, skip link, a "development only" notice, one main). */
final class Html {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.forLanguageTag("nl"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private Html() {
    }

    /** Escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
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
     * @param contextPath the context path (for the style sheet and links)
     * @param title       the page title (escaped here)
     * @param main        the HTML inside {@code <main>}, already escaped
     */
    static String page(String contextPath, String title, String main) {
        String context = escape(contextPath);
        return """
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Mailvanger</title>
                <link rel="stylesheet" href="%s/static/mail-catcher.css">
                </head>
                <body>
                <a class="skiplink" href="#inhoud">Direct naar de inhoud</a>
                <header class="kop">
                <div class="breed">
                <p class="merk"><a href="%s/">Mailvanger</a></p>
                <p class="waarschuwing">Alleen voor ontwikkeling en tests. Mail die hier binnenkomt, wordt niet bezorgd.</p>
                </div>
                </header>
                <main id="inhoud" class="breed" tabindex="-1">
                %s
                </main>
                <footer class="voet">
                <div class="breed">
                <p>Mailvanger van Frontoffice: een SMTP-server voor ontwikkeling. <a href="%s/api/berichten">Berichten als JSON</a></p>
                </div>
                </footer>
                </body>
                </html>
                """.formatted(escape(title), context, context, main, context);
    }
}
