package org.blogplatform.accounts.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Debian chromium through chromedriver, with a fresh profile of its own, and what the page tests do
 * with it: move and type by keyboard, run axe-core in the page, take screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_TABS = 60;

    private final Path profile;
    private final ChromeDriver driver;
    private final String base;

    public Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("accounts-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(BrowserAvailable.CHROMIUM.toFile())
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--disable-dev-shm-usage",
                        "--window-size=" + DESKTOP + ",900",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Presses Tab until the element has the focus, as a keyboard user would; fails if it never gets it. */
    public WebElement tabTo(By by) {
        WebElement target = driver.findElement(by);
        for (int i = 0; i < MAX_TABS; i++) {
            if (driver.switchTo().activeElement().equals(target)) {
                return target;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + by + " on " + path());
    }

    /** Tabs to a field, clears it with the keyboard and types. */
    public Browser type(By field, String text) {
        WebElement element = tabTo(field);
        element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        element.sendKeys(text);
        return this;
    }

    public Browser type(String id, String text) {
        return type(By.id(id), text);
    }

    /** Tabs to a button or link and presses Enter, then waits until the next page has loaded. */
    public Browser press(By target) {
        WebElement element = tabTo(target);
        Object page = driver.executeScript("return performance.timeOrigin");
        element.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !page.equals(driver.executeScript("return performance.timeOrigin"))
                        && "complete".equals(driver.executeScript("return document.readyState")));
        return this;
    }

    public Browser pressButton(String text) {
        return press(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    /** The serious and critical axe-core violations on the current page, as "rule: nodes" lines. */
    public List<String> seriousAccessibilityViolations() {
        driver.executeScript(AxeCore.SOURCE);
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)), e => done('error: ' + e));");
        String json = String.valueOf(result);
        if (json.startsWith("error: ")) {
            throw new AssertionError("axe-core failed: " + json);
        }
        JsonNode violations = AxeCore.JSON.readTree(json);
        return violations
                .valueStream()
                .filter(v ->
                        List.of("serious", "critical").contains(v.path("impact").asString()))
                .map(v -> v.path("id").asString() + " (" + v.path("impact").asString() + "): "
                        + v.path("help").asString() + " at "
                        + v.path("nodes")
                                .valueStream()
                                .map(n -> n.path("target").toString())
                                .toList())
                .toList();
    }

    /** Whole-page screenshots at desktop and phone width: target/screenshots/{name}-{width}.png. */
    public void screenshots(String name) {
        for (int width : new int[] {DESKTOP, PHONE}) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            width,
                            "height",
                            width == PHONE ? 844 : 900,
                            "deviceScaleFactor",
                            1,
                            "mobile",
                            width == PHONE));
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>)
                    driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
            Map<String, Object> clip = Map.of(
                    "x", 0, "y", 0, "width", width, "height", ((Number) size.get("height")).intValue(), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            write(
                    SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static void write(Path file, byte[] png) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }

    /** axe-core's script, from its WebJar, whichever version the build resolved. */
    private static final class AxeCore {
        static final JsonMapper JSON = JsonMapper.builder().build();
        static final String SOURCE = load();

        private static String load() {
            ClassLoader loader = Browser.class.getClassLoader();
            try (InputStream pom =
                    loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                Properties properties = new Properties();
                properties.load(pom);
                String path =
                        "META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
                try (InputStream script = loader.getResourceAsStream(path)) {
                    return new String(script.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
