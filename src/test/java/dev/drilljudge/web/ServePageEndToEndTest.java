package dev.drilljudge.web;

import dev.drilljudge.session.HistoryEvent;
import dev.drilljudge.session.HistoryReader;
import dev.drilljudge.testing.TestBanks;
import dev.drilljudge.verdict.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The practice page end to end, in headless Chromium through Selenium WebDriver: the list, two-sum, a drill, a wrong
 * answer run and submitted, the fix accepted with both scorecards, the countdown moving, markers in the gutter,
 * candidate output shown as text, the progress page and a narrow window; the plain editor by default, the wrong
 * answer typed, saved, run and submitted with highlighting (CodeMirror) turned on, the choice kept over a reload, and
 * a mock round's problem in the plain editor whatever the choice. Skipped, saying why, only where no
 * Chromium and chromedriver are installed (.ci/run installs Debian's chromium and chromium-driver).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the mock round comes last: while it runs, drills are its own
class ServePageEndToEndTest {
    private static final Duration JUDGING = Duration.ofSeconds(120);

    static final String WRONG = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    System.out.println("<b>debug</b><img src=x onerror=alert(1)>");
                    int tmp = 0;
                    return new int[] {tmp, 2};
                }
            }
            """;
    static final String BROKEN = """
            class Solution {
                public int[] twoSum(int[] nums, int target) {
                    return new int[] {0, 1}
                }
            }
            """;

    @TempDir
    static Path temp;
    private static ServeFixture serve;
    private static WebDriver browser;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        Optional<Path> driver = executable("webdriver.chrome.driver", "/usr/bin/chromedriver", "chromedriver");
        Optional<Path> chromium = executable("judge.chromium", "/usr/bin/chromium", "chromium", "chromium-browser",
                "google-chrome");
        Assumptions.assumeTrue(driver.isPresent() && chromium.isPresent(), "no browser for the end-to-end test: "
                + "install chromium and chromium-driver (apt-get install chromium chromium-driver); found driver="
                + driver.map(Path::toString).orElse("none") + ", browser=" + chromium.map(Path::toString).orElse("none"));
        serve = ServeFixture.start(TestBanks.shippedBank().root(), temp);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--user-data-dir=" + temp.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @Order(1)
    void aDrillFromWrongAnswerToAcceptedOnThePage() throws IOException {
        browser.get(serve.server.url().toString());
        assertThat(browser.getCurrentUrl()).doesNotContain("token"); // moved into a cookie
        WebElement twoSumRow = waitFor(By.cssSelector("tr[data-problem='two-sum']"));
        assertThat(twoSumRow.getText()).contains("Two Sum").contains("easy");

        // The list's filters are `judge list`'s.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-difficulty"))).selectByValue("hard");
        wait(JUDGING).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-problem='two-sum']")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("filter-difficulty"))).selectByValue("");
        waitFor(By.cssSelector("tr[data-problem='two-sum'] a")).click();

        wait(JUDGING).until(ExpectedConditions.textToBe(By.cssSelector("#statement h1"), "Two Sum"));
        assertThat(browser.findElement(By.cssSelector("#statement .markdown")).findElements(By.tagName("code")))
                .isNotEmpty(); // rendered from Markdown
        wait(JUDGING).until(driver -> editorText().contains("twoSum"));
        // The plain editor is the default: a textarea, no CodeMirror, the toggle off.
        assertThat(browser.findElement(By.id("highlighting")).isSelected()).isFalse();
        assertThat(browser.findElements(By.cssSelector(".CodeMirror"))).isEmpty();
        ((JavascriptExecutor) browser).executeScript("window.cspViolations = [];"
                + " document.addEventListener('securitypolicyviolation',"
                + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

        browser.findElement(By.id("start-drill")).click();
        wait(JUDGING).until(ExpectedConditions.textMatches(By.id("countdown"), java.util.regex.Pattern.compile(
                "1[45]:\\d\\d left")));
        String countdownAtStart = browser.findElement(By.id("countdown")).getText();
        assertThat(serve.submissions.resolve("two-sum/Solution.java")).exists();

        // Highlighting on: CodeMirror, in which typing, saving, both shortcuts and the markers work as in plain.
        setHighlighting(true);
        type(WRONG);
        browser.findElement(By.id("run")).click();
        WebElement verdict = waitForVerdict();
        assertThat(verdict.getText()).isEqualTo("WRONG_ANSWER");
        assertThat(browser.findElement(By.id("headline")).getText()).contains("on test");
        // What the candidate printed is text, never markup.
        WebElement output = browser.findElement(By.cssSelector("#results pre.output"));
        assertThat(output.getText()).contains("<b>debug</b><img src=x onerror=alert(1)>");
        assertThat(output.findElements(By.tagName("b"))).isEmpty();
        assertThat(output.findElements(By.tagName("img"))).isEmpty();

        keys(Keys.chord(Keys.CONTROL, Keys.SHIFT, Keys.ENTER)); // Submit from the keyboard
        verdict = waitForVerdict();
        assertThat(verdict.getText()).isEqualTo("WRONG_ANSWER");
        assertThat(browser.findElement(By.id("headline")).getText()).matches("WRONG_ANSWER on test \\d+ \\(.+\\)");
        List<WebElement> failed = browser.findElements(By.cssSelector("#results-table tr.status-WRONG_ANSWER"));
        assertThat(failed).isNotEmpty();
        assertThat(browser.findElement(By.id("scorecards")).getText()).contains("Meta").contains("Amazon");
        // Readability findings are marked at their lines: `tmp` is on line 4 (a dot in CodeMirror's gutter, the
        // line tinted), and the marks carry over to the plain editor's gutter when highlighting is turned off.
        WebElement mark = browser.findElement(By.cssSelector(".CodeMirror .gutter-mark[data-line='4']"));
        assertThat(mark.getDomAttribute("class")).contains("mark-finding");
        assertThat(mark.getDomAttribute("title")).isNotBlank();
        // One mark at each line the findings list names, and none elsewhere.
        assertThat(browser.findElements(By.cssSelector(".CodeMirror .gutter-mark")))
                .extracting(marked -> marked.getDomAttribute("data-line")).containsExactlyInAnyOrderElementsOf(
                        browser.findElements(By.cssSelector("#findings .line-link")).stream()
                                .map(link -> link.getText().substring(link.getText().lastIndexOf(':') + 1))
                                .distinct().toList());
        assertThat(browser.findElements(By.cssSelector(".CodeMirror .CodeMirror-code > div")).get(3)
                .findElements(By.cssSelector(".line-mark-finding"))).hasSize(1);
        assertThat(Files.readString(serve.submissions.resolve("two-sum/Solution.java"))).isEqualTo(WRONG);
        screenshot("serve-problem-page-highlighting.png");
        // CodeMirror lives within the page's strict policy (scripts and styles from this server only).
        assertThat((List<?>) ((JavascriptExecutor) browser).executeScript("return window.cspViolations;")).isEmpty();
        setHighlighting(false);
        assertThat(editorText()).isEqualTo(WRONG);
        assertThat(browser.findElement(By.cssSelector(".gutter .line-number[data-line='4']")).getDomAttribute("class"))
                .contains("mark-finding");

        wait(Duration.ofSeconds(10)).until(driver -> !countdownAtStart.equals(
                driver.findElement(By.id("countdown")).getText()));

        type(BROKEN);
        keys(Keys.chord(Keys.CONTROL, Keys.ENTER)); // Run from the keyboard
        verdict = waitForVerdict();
        assertThat(verdict.getText()).isEqualTo("COMPILE_ERROR");
        assertThat(browser.findElement(By.cssSelector(".gutter .line-number[data-line='3']")).getDomAttribute("class"))
                .contains("mark-error");
        assertThat(browser.findElement(By.id("diagnostics")).getText()).contains("Solution.java:3").contains("';' expected");

        type(Files.readString(TestBanks.shippedBank().root().resolve(
                "two-sum/solutions/accepted/hash-map-one-pass/Solution.java")));
        browser.findElement(By.id("submit")).click();
        verdict = waitForVerdict();
        assertThat(verdict.getText()).isEqualTo("ACCEPTED");
        assertThat(browser.findElement(By.id("meta-card")).getText()).contains("Meta").contains("velocity");
        assertThat(browser.findElement(By.id("amazon-card")).getText()).contains("Amazon").contains("readability");
        assertThat(browser.findElement(By.cssSelector("#meta-card .total")).getText()).matches("\\d+");
        assertThat(browser.findElement(By.cssSelector("#meta-card .debrief")).getText()).startsWith("Meta:");
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textMatches(By.id("countdown"),
                java.util.regex.Pattern.compile("solved in \\d+:\\d\\d of 15:00")));
        assertThat(browser.findElement(By.id("disk-notice")).isDisplayed()).isFalse();
        screenshot("serve-problem-page.png");

        // The page's attempts are the CLI's: the same history, so `judge status` and `judge report` see them.
        List<HistoryEvent.AttemptRecorded> attempts = HistoryReader.readSubmissions(serve.submissions).attempts();
        assertThat(attempts).extracting(HistoryEvent.AttemptRecorded::verdict)
                .containsExactly(Verdict.WRONG_ANSWER, Verdict.ACCEPTED);
        assertThat(attempts.get(1).drill()).isNotNull();

        browser.findElement(By.id("nav-progress")).click();
        browser.switchTo().frame(waitFor(By.id("progress-frame")));
        wait(JUDGING).until(ExpectedConditions.textToBe(By.tagName("h1"), "Drill Judge progress"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("two-sum");
        browser.switchTo().defaultContent();

        // A narrow window, after a reload: the highlighting choice is kept; one column, nothing wider than the window.
        browser.navigate().to(serve.uri("/#/problem/two-sum").toString());
        waitFor(By.id("editor"));
        setHighlighting(true);
        browser.manage().window().setSize(new Dimension(420, 800));
        browser.navigate().refresh();
        wait(JUDGING).until(ExpectedConditions.textToBe(By.cssSelector("#statement h1"), "Two Sum ✓"));
        waitFor(By.cssSelector(".CodeMirror"));
        assertThat(browser.findElement(By.id("highlighting")).isSelected()).isTrue();
        long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        long innerWidth = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
        WebElement codeMirror = browser.findElement(By.cssSelector(".CodeMirror"));
        assertThat(codeMirror.isDisplayed()).isTrue();
        assertThat(codeMirror.getRect().getWidth()).isBetween(200, 419);
        assertThat(codeMirror.getRect().getHeight()).isGreaterThan(200);
        browser.manage().window().setSize(new Dimension(1280, 800));

        // A change made on disk, by another editor, shows in the page.
        Path onDisk = serve.submissions.resolve("two-sum/Solution.java");
        String edited = Files.readString(onDisk) + "// edited in another editor\n";
        Files.writeString(onDisk, edited);
        Files.setLastModifiedTime(onDisk, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 2_000));
        wait(Duration.ofSeconds(20)).until(driver -> edited.equals(editorText()));
    }

    /** Runs after the drill above: a mock round's problem gets the plain editor even with highlighting chosen. */
    @Test
    @Order(2)
    void aMockRoundIsWrittenInThePlainEditor() throws Exception {
        browser.get(serve.server.url().toString());
        waitFor(By.cssSelector("tr[data-problem='two-sum']"));
        ((JavascriptExecutor) browser).executeScript(
                "localStorage.setItem('drill-judge.editor.highlighting', 'on');");
        var round = ServeFixture.json(serve.post("/api/mock", "{\"style\": \"amazon\", \"seed\": 7, \"force\": true}"));
        String problem = round.get("round").get("problems").get(0).asString();

        browser.navigate().to(serve.uri("/#/problem/" + problem).toString());
        wait(JUDGING).until(ExpectedConditions.textMatches(By.id("editor-note"),
                java.util.regex.Pattern.compile(".*mock round: plain editor.*")));
        WebElement toggle = browser.findElement(By.id("highlighting"));
        assertThat(toggle.isSelected()).isFalse();
        assertThat(toggle.isEnabled()).isFalse();
        assertThat(editor().isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".CodeMirror"))).isEmpty();
        // The choice itself is kept for after the round.
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return localStorage.getItem('drill-judge.editor.highlighting');")).isEqualTo("on");
    }

    /** The plain editor's textarea (absent while highlighting is on). */
    private static WebElement editor() {
        return browser.findElement(By.id("editor"));
    }

    /** The element that takes the candidate's keys: the textarea, or CodeMirror's own input once it is clicked. */
    private static WebElement keyTarget() {
        List<WebElement> codeMirror = browser.findElements(By.cssSelector(".CodeMirror"));
        if (codeMirror.isEmpty()) {
            WebElement textarea = editor();
            textarea.click();
            return textarea;
        }
        codeMirror.get(0).click();
        return browser.switchTo().activeElement();
    }

    private static void keys(CharSequence keys) {
        keyTarget().sendKeys(keys);
    }

    /** The text in whichever editor is shown. */
    private static String editorText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const cm = document.querySelector('.CodeMirror');"
                        + " return cm ? cm.CodeMirror.getValue() : document.getElementById('editor').value;");
    }

    /** Flips the Highlighting toggle when it is not already as asked, and waits for the editor to follow. */
    private static void setHighlighting(boolean on) {
        WebElement toggle = waitFor(By.id("highlighting"));
        if (toggle.isSelected() != on) {
            toggle.click();
        }
        wait(Duration.ofSeconds(30)).until(driver -> driver.findElements(By.cssSelector(".CodeMirror")).isEmpty() != on
                && driver.findElements(By.id("editor")).isEmpty() == on);
    }

    /** Replaces the editor's text by typing, as a candidate would. */
    private static void type(String code) {
        WebElement target = keyTarget();
        target.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        target.sendKeys(code);
        wait(Duration.ofSeconds(10)).until(driver -> editorText().equals(code));
    }

    private static WebElement waitForVerdict() {
        wait(JUDGING).until(ExpectedConditions.invisibilityOfElementLocated(By.id("judging")));
        return waitFor(By.id("verdict"));
    }

    private static WebElement waitFor(By locator) {
        return wait(JUDGING).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    /**
     * Keeps the screenshot under target/; with -Dserve.readmeScreenshot=docs/images/serve.png it also refreshes the
     * README's copy.
     */
    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = TestBanks.projectRoot().resolve("target").resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        String readmeCopy = System.getProperty("serve.readmeScreenshot");
        if (readmeCopy != null && !readmeCopy.isBlank()) {
            Path copy = TestBanks.projectRoot().resolve(readmeCopy);
            Files.createDirectories(copy.getParent());
            Files.copy(shot.toPath(), copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A system property's path, else the first of the given paths or names on PATH that is executable. */
    private static Optional<Path> executable(String property, String... candidates) {
        String configured = System.getProperty(property);
        Stream<String> names = configured != null ? Stream.of(configured) : Stream.of(candidates);
        String pathVariable = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return names.flatMap(name -> name.contains("/") ? Stream.of(Path.of(name))
                        : Stream.of(pathVariable.split(File.pathSeparator)).map(folder -> Path.of(folder, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
