package dev.drilljudge.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the design the README promises: layers only point down ({@code cli → app → stages → verdict →
 * worker.protocol}, with `judge serve`'s {@code web} beside {@code cli}: the CLI may start the server and hand it jobs,
 * the server never imports the CLI), the worker JVM sees only its protocol and the bytecode policy, nothing imports
 * the CLI, only the two front ends know the output formats, and no two stages import each other in a circle.
 */
class ArchitectureTest {
    private static final PackageGraph MAIN = PackageGraph.ofSourceTree(Path.of("src/main/java"));

    @Test
    void layersOnlyPointDown() {
        assertThat(Rules.upwardImports(MAIN)).isEmpty();
    }

    @Test
    void theWorkerSeesOnlyItsProtocolAndThePolicy() {
        assertThat(Rules.workerImportsBeyondProtocolAndPolicy(MAIN)).isEmpty();
    }

    @Test
    void nothingImportsTheCli() {
        assertThat(Rules.importsOfTheCli(MAIN)).isEmpty();
    }

    @Test
    void onlyTheCliKnowsTheOutputFormats() {
        assertThat(Rules.importsOfRenderers(MAIN)).isEmpty();
    }

    @Test
    void theReportAudiencesStayApart() {
        assertThat(Rules.importsAcrossReportAudiences(MAIN)).isEmpty();
    }

    @Test
    void aRendererOfAnotherAudienceIsCaught() {
        PackageGraph planted = PackageGraph.ofSource("report/submission/TextReport.java", """
                package dev.drilljudge.report.submission;

                import dev.drilljudge.report.CiText;
                import dev.drilljudge.report.grade.MarkdownSummary;
                """);

        assertThat(Rules.importsAcrossReportAudiences(planted)).containsExactly("report/submission/TextReport.java: "
                + "report.submission imports another audience's renderer (report.grade)");
    }

    @Test
    void noPackageCycles() {
        assertThat(MAIN.cycles(Rules::component)).isEmpty();
    }

    @Test
    void theScanSeesTheWholeProject() {
        Map<String, Set<String>> dependencies = MAIN.dependencies();
        assertThat(dependencies).containsKeys("cli", "app", "compile", "sandbox", "verdict", "worker",
                "report.submission", "report.grade", "report.progress");
        assertThat(dependencies.get("cli")).contains("app");
        assertThat(dependencies.get("worker")).contains("worker.protocol", "policy");
    }

    @Test
    void anUpwardImportIsCaught() {
        PackageGraph planted = PackageGraph.ofSource("verdict/Judgement.java", """
                package dev.drilljudge.verdict;

                import dev.drilljudge.app.JudgeEngine;
                // dev.drilljudge.cli.Main in a comment is no import
                """);

        assertThat(Rules.upwardImports(planted))
                .containsExactly("verdict/Judgement.java: verdict (layer verdict) imports app (layer app)");
    }

    @Test
    void aWrittenOutNameAndAWildcardCount() {
        PackageGraph planted = PackageGraph.ofSource("worker/WorkerMain.java", """
                package dev.drilljudge.worker;

                import dev.drilljudge.sandbox.*;

                final class WorkerMain {
                    Object verdict = dev.drilljudge.verdict.Verdict.ACCEPTED;
                    String name = "dev.drilljudge.cli.Main";
                }
                """);

        assertThat(Rules.workerImportsBeyondProtocolAndPolicy(planted)).containsExactly(
                "worker/WorkerMain.java: the worker imports sandbox", "worker/WorkerMain.java: the worker imports verdict");
    }

    @Test
    void aCycleBetweenStagesIsCaught() {
        PackageGraph compile = PackageGraph.ofSource("compile/A.java",
                "package dev.drilljudge.compile;\nimport dev.drilljudge.sandbox.B;\n");
        PackageGraph sandbox = PackageGraph.ofSource("sandbox/B.java",
                "package dev.drilljudge.sandbox;\nimport dev.drilljudge.compile.A;\n");

        assertThat(PackageGraph.merge(List.of(compile, sandbox)).cycles(Rules::component))
                .containsExactly(Set.of("compile", "sandbox"));
    }
}
