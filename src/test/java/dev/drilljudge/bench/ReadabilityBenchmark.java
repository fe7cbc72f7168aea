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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
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
 * Readability analysis throughput next to JavaParser's raw parse throughput on the same files. In
 * {@link #rawParse} and {@link #analyze} one operation is one file, so their scores read as files per second; in
 * {@link #interleaved}, which gives the ratio, one operation is one pass over the whole set. Run it with
 * bench/readability.sh.
 *
 * <p>{@code files=model-answers}: the accepted solutions in problems/; while problems/ has none, the clean
 * side of the readability corpus, which is written to the same checklist. {@code files=all-test-files}: every
 * readability fixture and corpus file, messy ones included, where findings are dense: the worst case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 8, time = 4)
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
     * One pass over the set: every file is parsed with JavaParser alone and analysed, back to back, each step
     * timed in thread CPU time and in wall-clock time. Both steps see the same machine load at nearly the same
     * moment, so the ratio of the sums is honest on a shared machine, where the separate {@link #rawParse} and
     * {@link #analyze} scores are measured minutes apart and swing with whatever else runs. Which step comes first
     * alternates from file to file, and the starting side flips every pass, so neither side is always the one that
     * finds the file's text in cache or pays for the other's garbage. It runs in single-shot mode with a fixed number of
     * passes per iteration, so its warm-up is a fixed amount of work (100 passes) whatever the load: on a busy
     * machine a warm-up of so many seconds gives this thread a second or two of CPU, and the ratio then measures
     * the JIT compiling the rules.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Interleaved {
        public long parseCpuNanos;
        public long analyzeCpuNanos;
        public long parseWallNanos;
        public long analyzeWallNanos;
        boolean parseFirst;

        @Setup(Level.Iteration)
        public void reset() {
            parseCpuNanos = 0;
            analyzeCpuNanos = 0;
            parseWallNanos = 0;
            analyzeWallNanos = 0;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 10, batchSize = 10)
    @Measurement(iterations = 5, batchSize = 10)
    public void interleaved(Interleaved time, Blackhole blackhole) {
        boolean parseFirst = time.parseFirst;
        for (SourceFile file : sources) {
            if (parseFirst) {
                timeParse(file, time, blackhole);
                timeAnalysis(file, time, blackhole);
            } else {
                timeAnalysis(file, time, blackhole);
                timeParse(file, time, blackhole);
            }
            parseFirst = !parseFirst;
        }
        time.parseFirst = !time.parseFirst;
    }

    private void timeParse(SourceFile file, Interleaved time, Blackhole blackhole) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        blackhole.consume(parser.parse(file.content()));
        time.parseWallNanos += System.nanoTime() - wallStart;
        time.parseCpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
    }

    private void timeAnalysis(SourceFile file, Interleaved time, Blackhole blackhole) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        blackhole.consume(analyzer.analyze(List.of(file)));
        time.analyzeWallNanos += System.nanoTime() - wallStart;
        time.analyzeCpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
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
