package nl.frontoffice.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven through Selenium, offline, with a fresh profile per browser.
 * Also checks pages with axe-core for WCAG 2.1 A and AA.
 */
public final class Browser implements AutoCloseable {

    /** A desktop and the narrowest phone we support. */
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(360, 740);

    private static boolean announced;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--lang=nl-NL", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            synchronized (Browser.class) {
                if (!announced) {
                    announced = true;
                    System.out.println("[system-test] Browser: " + driver.getCapabilities().getBrowserName() + " "
                            + driver.getCapabilities().getBrowserVersion() + " (headless, via chromedriver)");
                }
            }
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    public WebDriverWait waitUpTo(Duration duration) {
        return new WebDriverWait(driver, duration);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** True when the page is wider than the window: a phone user would have to scroll sideways. */
    /** @return the browser's cookies for the current site as a {@code Cookie} header, to act in its session over HTTP */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public boolean scrollsHorizontally() {
        Object overflow = script("return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    /** The WCAG 2.1 A and AA violations axe-core finds on the current page, as readable lines. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder(rule.getId()).append(": ").append(rule.getHelp());
        rule.getNodes().forEach(node -> text.append("\n    at ").append(node.getTarget())
                .append(" ").append(node.getFailureSummary()));
        return text.toString();
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover profile in target/ is harmless
            }
        }
    }
}
