package dev.drilljudge.cli;

import dev.drilljudge.session.TestClock;
import dev.drilljudge.testing.JsonDocuments;
import dev.drilljudge.testing.TestBanks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values, not presence: every command with JSON output, run end to end through the real root command, compared
 * as a whole document with the one in src/test/resources/json-documents/. Only what measures the machine or the
 * moment is masked ({@link JsonDocuments#VOLATILE}); the temp folders are written as {@code <submissions>} and
 * {@code <repo>}. Each test sets up its own folder, so none depends on another having run.
 *
 * <p>The expected documents were checked by hand against the fixture bank: pair-sum's three hidden tests (two
 * samples), the packaged-adder answer that subtracts, and the scores docs/scoring.md gives for an accepted first
 * submit in 6:30 of a 15:00 target.
 */
class CommandJsonDocumentsTest {
    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final String BANK = TestBanks.projectRoot().resolve("src/test/resources/bank").toString();
    private static final Path ACCEPTED = TestBanks.projectRoot()
            .resolve("src/test/resources/bank/pair-sum/solutions/accepted/hash-map/Solution.java");

    @TempDir
    Path temp;

    @Test
    void list() {
        CliRun list = cli(new ListCommand(), "list", "--problems", BANK, "--submissions", submissions(),
                "--format", "json");

        assertDocument(list, 0, "list.json");
    }

    @Test
    void show() {
        CliRun show = cli(new ShowCommand(), "show", "pair-sum", "--problems", BANK, "--submissions",
                submissions(), "--format", "json");

        assertDocument(show, 0, "show.json");
    }

    @Test
    void start() {
        CliRun start = start(new TestClock(START.toString()));

        assertDocument(start, 0, "start.json");
    }

    @Test
    void runOnTheStarter() {
        start(new TestClock(START.toString()));

        CliRun run = cli(new RunCommand(), "run", "pair-sum", "--no-daemon", "--problems", BANK,
                "--submissions", submissions(), "--format", "json");

        assertDocument(run, 1, "run.json");
    }

    @Test
    void submitAnAcceptedAnswerAfterSixAndAHalfMinutes() throws IOException {
        TestClock clock = new TestClock(START.toString());
        start(clock);
        Files.copy(ACCEPTED, temp.resolve("submissions/pair-sum/Solution.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun submit = submit(clock.at(START, 6, 30));

        assertDocument(submit, 0, "submit.json");
    }

    @Test
    void statusSevenAndAHalfMinutesIn() {
        TestClock clock = new TestClock(START.toString());
        start(clock);

        CliRun status = cli(new StatusCommand(clock.at(START, 7, 30)), "status", "--problems", BANK,
                "--submissions", submissions(), "--format", "json");

        assertDocument(status, 0, "status.json");
    }

    @Test
    void reportAfterOneAcceptedDrill() throws IOException {
        TestClock clock = new TestClock(START.toString());
        start(clock);
        Files.copy(ACCEPTED, temp.resolve("submissions/pair-sum/Solution.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(submit(clock.at(START, 6, 30)).exitCode()).isZero();

        CliRun report = cli(new ReportCommand(clock.at(START, 10, 0)), "report", "--problems", BANK,
                "--submissions", submissions(), "--format", "json");

        assertDocument(report, 0, "report.json");
    }

    @Test
    void lintAMessyAnswer() throws IOException {
        Path messy = Files.writeString(temp.resolve("Solution.java"), resource("lint-input.java.txt"));

        CliRun lint = cli(new LintCommand(), "lint", messy.toString(), "--format", "json");

        assertDocument(lint, 0, "lint.json");
    }

    @Test
    void reproOneInputAgainstTheModelAnswer() throws IOException {
        start(new TestClock(START.toString()));
        Files.copy(ACCEPTED, temp.resolve("submissions/pair-sum/Solution.java"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliRun repro = cli(new ReproCommand(), "repro", "pair-sum", "[3,2,4], 6", "--problems", BANK,
                "--submissions", submissions(), "--format", "json");

        assertDocument(repro, 0, "repro.json");
    }

    @Test
    void mockRoundOnTheShippedBank() {
        CliRun mock = cli(new MockCommand(new TestClock(START.toString())), "mock", "--seed", "7", "--style",
                "meta", "--problems", TestBanks.projectRoot().resolve("problems").toString(), "--submissions",
                submissions(), "--format", "json");

        assertDocument(mock, 0, "mock.json");
    }

    @Test
    void verifyOneProblem() {
        CliRun verify = cli(new VerifyCommand(), "verify", "pair-sum", "--problems", BANK, "--format", "json");

        assertDocument(verify, 0, "verify.json");
    }

    @Test
    void gradeAndMergeGrades() throws IOException {
        Path repo = temp.resolve("repo");
        Path pairSum = Files.createDirectories(repo.resolve("submissions/pair-sum"));
        Files.copy(ACCEPTED, pairSum.resolve("Solution.java"));
        Path adder = Files.createDirectories(repo.resolve("submissions/packaged-adder/com/example/calc"));
        Files.copy(TestBanks.projectRoot().resolve("src/test/resources/bank/packaged-adder/solutions/wrong/subtracts/"
                + "com/example/calc/Adder.java"), adder.resolve("Adder.java"));
        Path graded = temp.resolve("grade.json");

        CliRun grade = cli(new GradeCommand(), "grade", "--problems", BANK, "--submissions",
                repo.resolve("submissions").toString(), "--expect", "pair-sum,packaged-adder,counter", "--json",
                graded.toString());

        assertThat(grade.exitCode()).as(grade.err()).isEqualTo(1);
        assertSameDocument(Files.readString(graded), "grade.json");

        Path merged = temp.resolve("merged.json");
        CliRun merge = cli(new MergeGradesCommand(), "merge-grades", graded.toString(), "--json",
                merged.toString(), "--problems", BANK, "--expect", "pair-sum,packaged-adder,counter");

        assertThat(merge.exitCode()).as(merge.err()).isEqualTo(1);
        assertThat(JsonDocuments.normalised(Files.readString(merged)))
                .as("one shard merged is the shard's document, every field exact, CPU times included")
                .isEqualTo(JsonDocuments.normalised(Files.readString(graded)));
    }

    /** The command under the real root, with what it prints to System.out captured as well as picocli's writer. */
    private static synchronized CliRun cli(Object command, String... args) {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        try {
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            CliRun run = CliRun.run(command, args);
            return new CliRun(run.exitCode(), run.out() + printed.toString(StandardCharsets.UTF_8), run.err());
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void mergeGradesChecksTheAssignmentAgainstTheBankBeforeReadingAnyFile() {
        Path never = temp.resolve("never-written.json");

        CliRun merge = cli(new MergeGradesCommand(), "merge-grades", never.toString(), "--problems", BANK,
                "--expect", "pair-sum,pair-sun");

        assertThat(merge.exitCode()).isEqualTo(2);
        assertThat(merge.err()).isEqualTo("judge: --expect pair-sun: no problem 'pair-sun' in the bank " + BANK
                + "; check the id against `judge list --problems " + BANK + "`\n");
        assertThat(merge.out()).isEmpty();
    }

    private CliRun start(TestClock clock) {
        CliRun start = cli(new StartCommand(clock), "start", "pair-sum", "--problems", BANK, "--submissions",
                submissions(), "--format", "json");
        assertThat(start.exitCode()).as(start.err()).isZero();
        return start;
    }

    private CliRun submit(TestClock clock) {
        return cli(new SubmitCommand(clock), "submit", "pair-sum", "--no-daemon", "--problems", BANK,
                "--submissions", submissions(), "--format", "json");
    }

    private String submissions() {
        return temp.resolve("submissions").toString();
    }

    private void assertDocument(CliRun run, int exitCode, String expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).isEmpty();
        assertSameDocument(run.out(), expected);
    }

    private void assertSameDocument(String actual, String expected) {
        String placed = actual.replace(temp.resolve("repo").toUri().toString(), "<repo>/")
                .replace(temp.resolve("submissions").toString(), "<submissions>");
        assertThat(JsonDocuments.masked(placed)).as(expected).isEqualTo(JsonDocuments.normalised(resource(expected)));
    }

    private static String resource(String name) {
        try (InputStream in = CommandJsonDocumentsTest.class.getResourceAsStream("/json-documents/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource json-documents/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
