package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What to compile for one judgement.
 *
 * @param candidate         the submission: untrusted, compiled against the JDK and {@code support} only
 * @param support           the problem's visible helper classes
 * @param tests             the sample or hidden tests, compiled last, against everything else
 * @param testLibraries     jars the tests compile against (JUnit Jupiter, AssertJ)
 * @param expectedSignature shown when the tests do not compile against the candidate's code; computed only then
 * @param timeLimit         CPU time of the compile thread for the whole compilation (the wall clock backstop is a multiple)
 */
public record CompileRequest(List<SourceFile> candidate, List<SourceFile> support, List<SourceFile> tests,
                             List<Path> testLibraries, Supplier<String> expectedSignature, Duration timeLimit) {
    public CompileRequest {
        candidate = List.copyOf(candidate);
        support = List.copyOf(support);
        tests = List.copyOf(tests);
        testLibraries = List.copyOf(testLibraries);
    }
}
