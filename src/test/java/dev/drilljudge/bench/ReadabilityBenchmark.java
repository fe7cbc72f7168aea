package dev.drilljudge.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.drilljudge.readability.JavaParsers;
import dev.drilljudge.readability.Readability;
import dev.drilljudge.readability.ReadabilityAnalyzer;
import dev.drilljudge.readability.ReadabilityConfig;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.source.SourceTrees;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Readability analysis throughput next to JavaParser's raw parse throughput on the same files. One operation
 * is one file, so the scores read as files per second. Run it with bench/readability.sh.
 *
 * <p>{@code files=model-answers}: the accepted solutions in problems/; while problems/ has none, the clean
 * side of the readability corpus, which is written to the same checklist. {@code files=all-test-files}: every
 * readability fixture and corpus file, messy ones included, where findings are dense: the worst case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadabilityBenchmark {
    @Param({"model-answers", "all-test-files"})
    public String files;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private List<SourceFile> sources;
    private JavaParser parser;
    private ReadabilityAnalyzer analyzer;
    private int cursor;

    @Setup
    public void loadFiles() {
        Path root = Path.of(System.getProperty("judge.projectRoot", "."));
        Path testFiles = root.resolve("src/test/resources/readability");
        String origin;
        if (files.equals("all-test-files")) {
            // The outside answers are third-party code fetched on demand; leaving them out keeps runs comparable.
            sources = SourceTrees.read(testFiles).stream()
                    .filter(file -> !file.displayPath().replace('\\', '/').startsWith("labelled-outside/"))
                    .toList();
            origin = "every readability fixture and corpus file";
        } else {
            sources = acceptedSolutions(root.resolve("problems"));
            origin = "accepted solutions in problems/";
            if (sources.isEmpty()) {
                sources = cleanCorpus(testFiles.resolve("corpus"));
                origin = "clean side of the readability corpus (problems/ has no accepted solutions yet)";
            }
        }
        System.out.println("benchmarking " + sources.size() + " files: " + origin);
        parser = JavaParsers.newParser();
        analyzer = new ReadabilityAnalyzer(ReadabilityConfig.defaults());
    }

    private SourceFile nextFile() {
        SourceFile file = sources.get(cursor);
        cursor = (cursor + 1) % sources.size();
        return file;
    }

    /** JavaParser alone, with the same configuration (language level 21, comments attributed). */
    @Benchmark
    public ParseResult<CompilationUnit> rawParse() {
        return parser.parse(nextFile().content());
    }

    /** The whole analysis of one file: parse, every rule, suppression, score and top fixes. */
    @Benchmark
    public Readability analyze() {
        return analyzer.analyze(List.of(nextFile()));
    }

    /**
     * A raw parse and an analysis of the same file, back to back in one operation, each timed in thread CPU time
     * and in wall-clock time. Both steps see the same machine load at nearly the same moment, so the ratio of the
     * sums is honest on a shared machine, where the separate {@link #rawParse} and {@link #analyze} scores are
     * measured minutes apart and swing with whatever else runs. bench/readability.sh prints both ratios.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Interleaved {
        public long parseCpuNanos;
        public long analyzeCpuNanos;
        public long parseWallNanos;
        public long analyzeWallNanos;

        @Setup(Level.Iteration)
        public void reset() {
            parseCpuNanos = 0;
            analyzeCpuNanos = 0;
            parseWallNanos = 0;
            analyzeWallNanos = 0;
        }
    }

    @Benchmark
    public void interleaved(Interleaved time, Blackhole blackhole) {
        SourceFile file = nextFile();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        blackhole.consume(parser.parse(file.content()));
        long cpuParsed = THREADS.getCurrentThreadCpuTime();
        long wallParsed = System.nanoTime();
        blackhole.consume(analyzer.analyze(List.of(file)));
        long cpuAnalysed = THREADS.getCurrentThreadCpuTime();
        long wallAnalysed = System.nanoTime();
        time.parseCpuNanos += cpuParsed - cpuStart;
        time.analyzeCpuNanos += cpuAnalysed - cpuParsed;
        time.parseWallNanos += wallParsed - wallStart;
        time.analyzeWallNanos += wallAnalysed - wallParsed;
    }

    private static List<SourceFile> cleanCorpus(Path corpus) {
        List<SourceFile> clean = new ArrayList<>();
        try (Stream<Path> pairs = Files.list(corpus)) {
            for (Path pair : pairs.sorted().toList()) {
                clean.addAll(SourceTrees.readIfPresent(pair.resolve("clean")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
        return clean;
    }

    private static List<SourceFile> acceptedSolutions(Path problems) {
        if (!Files.isDirectory(problems)) {
            return List.of();
        }
        List<SourceFile> sources = new ArrayList<>();
        try (Stream<Path> folders = Files.list(problems)) {
            for (Path problem : folders.sorted().toList()) {
                sources.addAll(SourceTrees.readIfPresent(problem.resolve("solutions").resolve("accepted")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + problems, e);
        }
        return sources;
    }
}
