package nl.frontoffice.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cheap guards on the Facelets files, for what the Content-Security-Policy and the accessibility checks demand.
 * The browser tests (axe-core) check the rendered pages; these catch mistakes before a deployment.
 */
class ViewMarkupTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static List<Path> views;

    @BeforeAll
    static void findViews() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            views = files.filter(path -> path.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertThat(views).isNotEmpty();
    }

    @Test
    void viewsAreWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path view : views) {
            factory.newDocumentBuilder().parse(view.toFile()); // throws on malformed markup
        }
    }

    @Test
    void noInlineStylesOrScripts() throws IOException {
        Pattern forbidden = Pattern.compile("\\sstyle=|<style|<script|\\son[a-z]+=\"|javascript:", Pattern.CASE_INSENSITIVE);
        for (Path view : views) {
            assertThat(forbidden.matcher(withoutComments(Files.readString(view))).find())
                    .as("inline style or script in %s (the Content-Security-Policy forbids them)", view).isFalse();
        }
    }

    @Test
    void noExpressionsInComments() throws IOException {
        Pattern comment = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
        for (Path view : views) {
            assertThat(comment.matcher(Files.readString(view)).results().map(match -> match.group(1)))
                    .as("EL in a comment of %s is evaluated when comments are not skipped", view)
                    .noneMatch(text -> text.contains("#{") || text.contains("${"));
        }
    }

    @Test
    void templatesHaveOneH1AndTheLandmarks() throws IOException {
        for (String template : List.of("WEB-INF/templates/layout.xhtml", "WEB-INF/templates/minimal.xhtml")) {
            String markup = withoutComments(Files.readString(WEBAPP.resolve(template)));

            assertThat(Pattern.compile("<h1[\\s>]").matcher(markup).results().count()).as(template).isEqualTo(1);
            assertThat(markup).as(template)
                    .contains("<h1 id=\"page-title\"", "<main id=\"main-content\"", "href=\"#main-content\"",
                            "lang=\"#{");
        }
    }

    @Test
    void pagesUseATemplate() throws IOException {
        for (Path view : views) {
            if (!view.startsWith(WEBAPP.resolve("WEB-INF"))) {
                assertThat(Files.readString(view)).as(view.toString()).contains("template=\"/WEB-INF/templates/");
            }
        }
    }

    private static String withoutComments(String markup) {
        return markup.replaceAll("(?s)<!--.*?-->", "");
    }
}
