package dev.drilljudge.cli;

import dev.drilljudge.app.EngineOptions;
import dev.drilljudge.app.JudgeEngine;
import dev.drilljudge.report.grade.ReportSchemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `judge grade` end to end on a tiny bank in a temp folder, with the real engine (worker JVMs): exit codes,
 * every report, unknown folders, annotations, shadowing attempts and the committed history.
 */
class GradeCommandTest {
    private static JudgeEngine engine;

    @TempDir
    Path root;

    private Path bank;
    private Path submissions;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startEngine() {
        // The options `judge grade` itself uses: no idle spare workers (batch()'s spares, started after every
        // judgement for a worker spec of this test's temp bank, were never used and cost ~1 s of CPU each).
        engine = new JudgeEngine(EngineOptions.grading());
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void tinyBankAndRepo() throws Exception {
        bank = root.resolve("bank");
        submissions = root.resolve("repo/submissions");
        TinyBank.write(bank);
        write("add-two/Solution.java", TinyBank.ADD_TWO_ACCEPTED);
        write("max-of/Solution.java", TinyBank.MAX_OF_WRONG);
        write("scratch/Notes.java", "class Notes {}\n");
    }

    @Test
    void everyProblemAcceptedExitsZeroAndWritesEveryReport() throws Exception {
        Path reports = root.resolve("reports");

        int exit = grade(Map.of(), "--only", "add-two", "--require-accepted",
                "--junit-xml", reports.resolve("junit.xml").toString(),
                "--sarif", reports.resolve("grade.sarif").toString(),
                "--json", reports.resolve("grade.json").toString(),
                "--markdown", reports.resolve("summary.md").toString());

        assertThat(exit).as(out + "\n" + err).isZero();
        String xml = Files.readString(reports.resolve("junit.xml"));
        ReportSchemas.validateJunitXml(xml);
        assertThat(xml).contains("<testsuite name=\"add-two\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"0\"");
        assertThat(ReportSchemas.sarifErrors(Files.readString(reports.resolve("grade.sarif")))).isEmpty();
        JsonNode json = JsonMapper.builder().build().readTree(reports.resolve("grade.json").toFile());
        assertThat(json.get("summary").get("graded").asInt()).isEqualTo(1);
        assertThat(json.get("problems").get(0).get("verdict").asString()).isEqualTo("ACCEPTED");
        assertThat(json.get("problems").get(0).get("tests").toString()).isEqualTo("{\"passed\":2,\"total\":2}");
        assertThat(Files.readString(reports.resolve("summary.md")))
                .contains("| add-two | ✅ ACCEPTED | 2/2 |");
        assertThat(out.toString()).contains("[1/1] add-two: ACCEPTED (2/2 tests)")
                .contains("Graded 1 problem in ");
    }

    @Test
    void aWrongAnswerFailsTheJobOnlyWhenAcceptanceIsRequired() throws Exception {
        assertThat(grade(Map.of())).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("[2/2]").contains("max-of: WRONG_ANSWER (1/2 tests)")
                .contains("Not graded (no problem of that id in the bank): scratch");

        assertThat(grade(Map.of(), "--require-accepted")).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  max-of").contains("not ACCEPTED (WRONG_ANSWER)");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        assertThat(grade(Map.of(), "--submissions", root.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("judge: ").endsWith(
                "nowhere: no submissions folder; give --submissions DIR, the folder that holds one folder per problem id")
                .doesNotContain("\n");

        assertThat(grade(Map.of(), "--only", "nope")).isEqualTo(2);
        assertThat(grade(Map.of(), "--fail-under-meta", "101")).isEqualTo(2);
        assertThat(err.toString()).contains("judge: --fail-under-meta 101: give a score from 0 to 100");
    }

    @Test
    void githubActionsGetsWorkflowAnnotations() throws Exception {
        grade(Map.of("GITHUB_ACTIONS", "true"), "--only", "max-of");

        assertThat(out.toString()).contains("::error title=max-of%3A WRONG_ANSWER::WRONG_ANSWER on test ");

        grade(Map.of(), "--only", "max-of");
        assertThat(out.toString()).doesNotContain("::error");
    }

    @Test
    void aCompileErrorIsAnnotatedAtItsLine() throws Exception {
        write("add-two/Solution.java", "class Solution {\n    int add(int a, int b) { return a + b }\n}\n");
        Path sarif = root.resolve("grade.sarif");

        int exit = grade(Map.of("GITHUB_ACTIONS", "true"), "--only", "add-two", "--require-accepted",
                "--sarif", sarif.toString());

        assertThat(exit).isEqualTo(1);
        // Paths are relative to the repo root (here the submissions folder's parent), whatever the working directory.
        assertThat(out.toString()).contains("::error file=submissions/add-two/Solution.java,line=2,");
        assertThat(ReportSchemas.sarifErrors(Files.readString(sarif))).isEmpty();
        assertThat(Files.readString(sarif)).contains("\"ruleId\" : \"COMPILE_ERROR\"").contains("\"startLine\" : 2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a hidden test class      | AddTwoHiddenTest.java | class AddTwoHiddenTest { }",
            "a support class          | Pair.java             | class Pair { }",
            "a JUnit class            | Assertions.java       | package org.junit.jupiter.api; public class Assertions { }",
            "an AssertJ class         | Fake.java             | package org.assertj.core.api; public class Fake { }",
            "an opentest4j class      | Fake.java             | package org.opentest4j; public class Fake { }",
            "an apiguardian class     | Fake.java             | package org.apiguardian.api; public class Fake { }",
            "a judge class            | WorkerMain.java       | package dev.drilljudge.worker; public class WorkerMain { }",
            "a java. class            | Fake.java             | package java.util; public class Fake { }",
            "a javax. class           | Fake.java             | package javax.fake; public class Fake { }",
            "a jdk. class             | Fake.java             | package jdk.fake; public class Fake { }",
            "a sun. class             | Fake.java             | package sun.fake; public class Fake { }"})
    void aSubmissionThatShadowsTheBankIsASecurityViolation(String what, String file, String source) throws Exception {
        write("add-two/" + file, source + "\n");
        Path json = root.resolve("grade.json");

        int exit = grade(Map.of(), "--only", "add-two", "--require-accepted", "--json", json.toString());

        JsonNode problem = JsonMapper.builder().build().readTree(json.toFile()).get("problems").get(0);
        assertThat(problem.get("verdict").asString()).as(what + ": " + problem).isEqualTo("SECURITY_VIOLATION");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void aSubmissionLinkedToTheBanksFilesIsASecurityViolation() throws Exception {
        Path modelAnswer = root.resolve("model-answer/Solution.java");
        Files.createDirectories(modelAnswer.getParent());
        Files.writeString(modelAnswer, TinyBank.ADD_TWO_ACCEPTED);
        Path folder = submissions.resolve("add-two");
        Files.delete(folder.resolve("Solution.java"));
        Files.createSymbolicLink(folder.resolve("Solution.java"), modelAnswer);
        Path json = root.resolve("grade.json");

        int exit = grade(Map.of(), "--only", "add-two", "--require-accepted", "--json", json.toString());

        JsonNode problem = JsonMapper.builder().build().readTree(json.toFile()).get("problems").get(0);
        assertThat(problem.get("verdict").asString()).isEqualTo("SECURITY_VIOLATION");
        assertThat(problem.get("headline").asString()).contains("is a symbolic link");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void theCommittedHistoryFeedsSelfReportedVelocity() throws Exception {
        write(".judge/history.jsonl", TinyBank.HISTORY);
        Path json = root.resolve("grade.json");

        grade(Map.of(), "--json", json.toString());

        JsonNode problems = JsonMapper.builder().build().readTree(json.toFile()).get("problems");
        assertThat(problems.get(0).get("problem").asString()).isEqualTo("add-two");
        assertThat(problems.get(0).get("timing").asString()).isEqualTo("self-reported");
        assertThat(problems.get(0).get("scores").get("meta").get("elapsedSeconds").asLong()).isEqualTo(480);
        assertThat(problems.get(1).get("timing").asString()).isEqualTo("not timed");
        assertThat(problems.get(1).get("scores").get("meta").get("velocity").isNull()).isTrue();
    }

    @Test
    void sarifCarriesFindingsWithTheRegistrysRuleMetadata() throws Exception {
        Path sarif = root.resolve("grade.sarif");
        Path markdown = root.resolve("summary.md");

        grade(Map.of(), "--only", "max-of", "--sarif", sarif.toString(), "--markdown", markdown.toString());

        String log = Files.readString(sarif);
        assertThat(ReportSchemas.sarifErrors(log)).isEmpty();
        JsonNode run = JsonMapper.builder().build().readTree(log).get("runs").get(0);
        JsonNode unguarded = null;
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asString().equals("UNGUARDED_INPUT")) {
                unguarded = result;
            }
        }
        assertThat(unguarded).as(log).isNotNull();
        assertThat(unguarded.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(3);
        JsonNode rule = run.get("tool").get("driver").get("rules").get(unguarded.get("ruleIndex").asInt());
        assertThat(rule.get("id").asString()).isEqualTo("UNGUARDED_INPUT");
        assertThat(rule.get("help").get("text").asString())
                .startsWith(dev.drilljudge.readability.RuleRegistry.byId("UNGUARDED_INPUT").orElseThrow().rationale());
        assertThat(Files.readString(markdown)).containsPattern(
                "\\| max-of \\| ❌ WRONG_ANSWER \\| 1/2 \\| \\d+ \\(not timed\\) \\| \\d+ \\| .*`UNGUARDED_INPUT` Solution.java:3");
    }

    @Test
    void anEmptyRepoIsBadInputNotAGreenJob() throws Exception {
        Path empty = root.resolve("empty/submissions");
        Files.createDirectories(empty.resolve(".judge"));

        assertThat(grade(Map.of(), "--submissions", empty.toString(), "--require-accepted")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("judge: nothing to grade: " + empty + " has no <id>/ folder for "
                + "a problem of the bank " + bank + " (2 problems: add-two, max-of); it holds no problem folder; "
                + "check --submissions and --problems, or name the assignment with --expect");
    }

    @Test
    void aBankRepoRootInsteadOfItsProblemsFolderIsBadInputPointingAtIt() throws Exception {
        Path bankRepo = root.resolve("bank-repo");
        TinyBank.write(bankRepo.resolve("problems"));

        GradeCommand command = new GradeCommand(Map.of(), () -> {
            throw new AssertionError("grading started with an empty bank");
        }, false);
        CliRun run = CliRun.run(command, "grade", "--problems", bankRepo.toString(), "--submissions",
                submissions.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("judge: --problems " + bankRepo + ": no problems in this folder "
                + "(looked for " + bankRepo.resolve("<id>/problem.yaml") + "); did you mean --problems "
                + bankRepo.resolve("problems") + "?");
    }

    @Test
    void anAssignedProblemWithNoFolderFailsTheJobAndIsInEveryReport() throws Exception {
        Path reports = root.resolve("reports");
        Path assignment = root.resolve("assignment.txt");
        Files.writeString(assignment, "# week 1\nadd-two\n\nmax-of   # the hard one\n");
        Files.walk(submissions.resolve("max-of")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
            try {
                Files.delete(path);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        int exit = grade(Map.of(), "--expect-file", assignment.toString(),
                "--junit-xml", reports.resolve("junit.xml").toString(),
                "--sarif", reports.resolve("grade.sarif").toString(),
                "--json", reports.resolve("grade.json").toString(),
                "--markdown", reports.resolve("summary.md").toString());

        assertThat(exit).as(out + "\n" + err).isEqualTo(1);
        JsonNode json = JsonMapper.builder().build().readTree(reports.resolve("grade.json").toFile());
        assertThat(json.get("problems").get(1).get("verdict").asString()).isEqualTo("NOT_SUBMITTED");
        assertThat(json.get("expected").toString()).isEqualTo("[\"add-two\",\"max-of\"]");
        assertThat(json.get("root").asString()).isEqualTo(root.resolve("repo").toUri().toString());
        assertThat(Files.readString(reports.resolve("junit.xml")))
                .contains("<testsuite name=\"max-of\" tests=\"1\" failures=\"1\" errors=\"0\"");
        assertThat(Files.readString(reports.resolve("grade.sarif"))).contains("\"ruleId\" : \"NOT_SUBMITTED\"");
        assertThat(Files.readString(reports.resolve("summary.md")))
                .contains("| max-of | ❌ NOT_SUBMITTED | — | — | — | NOT_SUBMITTED: no folder submissions/max-of |");
        assertThat(out.toString()).contains("  FAIL  max-of   NOT_SUBMITTED         -  <- not submitted\n"
                + "        NOT_SUBMITTED: no folder submissions/max-of\n");
    }

    @Test
    void onlyNamingAProblemWithNoFolderWritesItsNotSubmittedRow() throws Exception {
        Path json = root.resolve("grade.json");

        int exit = grade(Map.of(), "--only", "max-of", "--submissions", root.resolve("repo2/submissions").toString(),
                "--json", json.toString());
        assertThat(exit).isEqualTo(2); // no submissions folder at all: a wrong path, not an empty assignment

        Files.createDirectories(root.resolve("repo2/submissions"));
        exit = grade(Map.of(), "--only", "max-of", "--submissions", root.resolve("repo2/submissions").toString(),
                "--json", json.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(JsonMapper.builder().build().readTree(json.toFile()).get("problems").get(0).get("verdict")
                .asString()).isEqualTo("NOT_SUBMITTED");
    }

    @Test
    void anExpectedIdTheBankDoesNotHaveIsBadInput() {
        assertThat(grade(Map.of(), "--expect", "add-two,nope")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "judge: --expect nope: no problem 'nope' in the bank; check the id against `judge list --problems DIR`");
    }

    @Test
    void aSecurityViolationFailsTheJobWithoutAnyThreshold() throws Exception {
        write("add-two/Assertions.java", "package org.junit.jupiter.api; public class Assertions { }\n");

        assertThat(grade(Map.of(), "--only", "add-two")).isEqualTo(1);
        assertThat(out.toString()).contains("FAIL  add-two  SECURITY_VIOLATION").contains("<- security violation");
    }

    @Test
    void aBadReportPathIsRefusedBeforeAnyGrading() throws Exception {
        Path blocker = root.resolve("taken");
        Files.writeString(blocker, "a file, not a folder");
        GradeCommand command = new GradeCommand(Map.of(), () -> {
            throw new AssertionError("grading started although a report path is unwritable");
        }, false);

        CliRun run = CliRun.run(command, "grade", "--problems", bank.toString(), "--submissions",
                submissions.toString(), "--junit-xml", blocker.resolve("junit.xml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("judge: --junit-xml " + blocker.resolve("junit.xml")
                + ": cannot write a report there (").endsWith("); give a writable path");
        assertThat(run.out()).doesNotContain("Grading");
    }

    private int grade(Map<String, String> environment, String... options) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine commandLine = JudgeCommand.commandLine();
        if (commandLine.getSubcommands().containsKey("grade")) {
            commandLine.getCommandSpec().removeSubcommand("grade");
        }
        GradeCommand command = new GradeCommand(environment,
                () -> new GradeCommand.ManagedGrader(GradeCommand.grader(engine, EngineOptions.grading()), () -> {
                }), false);
        commandLine.addSubcommand("grade", command);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> arguments = new ArrayList<>(List.of("grade", "--problems", bank.toString()));
        if (!List.of(options).contains("--submissions")) {
            arguments.addAll(List.of("--submissions", submissions.toString()));
        }
        arguments.addAll(List.of(options));
        return commandLine.execute(arguments.toArray(String[]::new));
    }

    private void write(String relative, String content) throws Exception {
        Path file = submissions.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
