package nl.frontoffice.portal.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The portal's one stylesheet is well formed: every rule is closed, and rules nest only inside an
 * at-rule ({@code @media}, {@code @supports}). A rule left open makes browsers drop every rule after
 * it without a word, which no page test notices until a layout breaks.
 */
class PortalCssTest {

    private static final Path CSS = Path.of("src/main/webapp/resources/css/portal.css");

    @Test
    void every_rule_is_closed_and_rules_nest_only_in_at_rules() throws IOException {
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> open = new ArrayDeque<>();
        List<String> problems = new ArrayList<>();
        StringBuilder selector = new StringBuilder();
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            }
            if (c == '{') {
                String rule = selector.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    problems.add("line " + line + ": '" + rule + "' opens inside the unclosed rule '" + open.peek() + "'");
                }
                open.push(rule);
                selector.setLength(0);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    problems.add("line " + line + ": a '}' closes nothing");
                } else {
                    open.pop();
                }
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(open).as("rules still open at the end").isEmpty();
    }
}
