package dev.drilljudge.compile;

import dev.drilljudge.sandbox.WorkerClasspath;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryCompilerTest {
    private static final SourceFile TEST = new SourceFile("AdderTest.java", """
            import org.junit.jupiter.api.Test;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            class AdderTest {
                @Test void adds() { assertEquals(3, new Adder().add(1, 2)); }
            }
            """);
    private static InMemoryCompiler compiler;

    @BeforeAll
    static void startCompiler() {
        compiler = new InMemoryCompiler();
    }

    @AfterAll
    static void stopCompiler() {
        compiler.close();
    }

    private static CompileOutcome compile(List<SourceFile> candidate, List<SourceFile> support) {
        return compiler.compile(new CompileRequest(candidate, support, List.of(TEST), WorkerClasspath.testLibraries(),
                () -> "class Adder { int add(int left, int right) }", Duration.ofSeconds(30)));
    }

    @Test
    void compilesEachTrustLevelApart() {
        CompileOutcome outcome = compile(List.of(new SourceFile("Adder.java",
                "class Adder { int add(int left, int right) { return left + right; } }")), List.of());

        assertThat(outcome).isInstanceOf(CompileOutcome.Compiled.class);
        CompiledUnit unit = ((CompileOutcome.Compiled) outcome).unit();
        assertThat(unit.candidateClasses()).containsOnlyKeys("Adder");
        assertThat(unit.testClasses()).containsOnlyKeys("AdderTest");
        assertThat(unit.testClassNames()).containsExactly("AdderTest");
    }

    @Test
    void errorsPointAtTheCandidatesFileLineAndColumn() {
        CompileOutcome outcome = compile(List.of(new SourceFile("src/Adder.java",
                "class Adder {\n    int add(int left, int right) {\n        return left + rigt;\n    }\n}\n")), List.of());

        CompileOutcome.Rejected rejected = (CompileOutcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo(CompileOutcome.Reason.DOES_NOT_COMPILE);
        assertThat(rejected.diagnostics()).hasSize(1);
        Diagnostic diagnostic = rejected.diagnostics().get(0);
        assertThat(diagnostic.file()).isEqualTo("src/Adder.java");
        assertThat(diagnostic.line()).isEqualTo(3);
        assertThat(diagnostic.column()).isEqualTo(23);
        assertThat(rejected.message()).isEqualTo("src/Adder.java:3:23: cannot find symbol");
    }

    @Test
    void testsThatDoNotCompileNameTheSignatureButNotTheTests() {
        CompileOutcome outcome = compile(List.of(new SourceFile("Adder.java",
                "class Adder { long sum(int left, int right) { return left + right; } }")), List.of());

        CompileOutcome.Rejected rejected = (CompileOutcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo(CompileOutcome.Reason.DOES_NOT_COMPILE);
        assertThat(rejected.message()).isEqualTo(
                "the tests do not compile against your code; they expect class Adder { int add(int left, int right) }");
        assertThat(rejected.diagnostics()).extracting(Diagnostic::message)
                .noneMatch(message -> message.contains("AdderTest"));
    }

    @Test
    void candidateCannotNameTheTests() {
        CompileOutcome outcome = compile(List.of(new SourceFile("Adder.java",
                "class Adder { int add(int left, int right) { return new AdderTest().hashCode(); } }")), List.of());

        assertThat(((CompileOutcome.Rejected) outcome).message()).startsWith("Adder.java:1:57: cannot find symbol");
    }

    @Test
    void aByteOrderMarkIsDroppedWithANoteNotACompileError() {
        CompileOutcome outcome = compile(List.of(new SourceFile("Adder.java",
                "\ufeffclass Adder { int add(int left, int right) { return left + right; } }")), List.of());

        CompiledUnit unit = ((CompileOutcome.Compiled) outcome).unit();
        assertThat(unit.candidateClasses()).containsOnlyKeys("Adder");
        assertThat(unit.notes()).containsExactly("ignored the byte-order mark at the start of Adder.java; save the "
                + "file as UTF-8 without BOM");
    }

    @Test
    void strayPackageLineInOneFileIsIgnoredWithANote() {
        CompileOutcome outcome = compile(List.of(new SourceFile("Adder.java",
                "package com.example;\nclass Adder { int add(int left, int right) { return left + right; } }")),
                List.of());

        CompiledUnit unit = ((CompileOutcome.Compiled) outcome).unit();
        assertThat(unit.candidateClasses()).containsOnlyKeys("Adder");
        assertThat(unit.notes()).containsExactly("ignored `package com.example;` in Adder.java: the tests expect "
                + "the default package, as on LeetCode");
    }

    @Test
    void supportClassesAreVisibleToTheCandidateButCannotBeReplaced() {
        SourceFile support = new SourceFile("Base.java", "class Base { int offset() { return 0; } }");
        SourceFile usesSupport = new SourceFile("Adder.java",
                "class Adder extends Base { int add(int left, int right) { return left + right + offset(); } }");
        SourceFile replacesSupport = new SourceFile("Base.java", "class Base { int offset() { return 1; } }");

        assertThat(compile(List.of(usesSupport), List.of(support))).isInstanceOf(CompileOutcome.Compiled.class);
        CompileOutcome shadowing = compile(List.of(usesSupport, replacesSupport), List.of(support));
        assertThat(((CompileOutcome.Rejected) shadowing).reason()).isEqualTo(CompileOutcome.Reason.SHADOWS_TRUSTED_CLASS);
        assertThat(((CompileOutcome.Rejected) shadowing).message()).startsWith("your code declares Base, which would "
                + "replace a trusted class: the problem already provides that class");
    }
}
