package dev.drilljudge.problem;

import dev.drilljudge.testing.TestBanks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every growth generator in the shipped bank is deterministic by seed and gives a different input for a different
 * seed. The growth meter hands each call the next seed, so code that remembers its answers (a static map keyed by
 * the input's contents) is timed doing the work; a generator that ignored the seed would hand every call the same
 * input and let a memoising quadratic answer measure as linear. The generators are the bank author's code, not a
 * candidate's, so loading them here is safe.
 */
class GrowthGeneratorsTest {
    private static final int SIZE = 64;

    static Stream<String> problemsWithGenerators() {
        return TestBanks.shippedBank().problems().stream().filter(ProblemPackage::measuresGrowth).map(ProblemPackage::id);
    }

    @ParameterizedTest
    @MethodSource("problemsWithGenerators")
    void theSameSeedGivesTheSameInputAndAnotherSeedAnotherInput(String id, @TempDir Path classes) throws Exception {
        ProblemPackage problem = TestBanks.shippedBank().get(id);
        try (URLClassLoader loader = compileSupport(problem, classes)) {
            Method arguments = loader.loadClass(problem.complexity().generator())
                    .getDeclaredMethod("arguments", int.class, long.class);
            String first = fingerprint(arguments.invoke(null, SIZE, 7L));
            assertThat(fingerprint(arguments.invoke(null, SIZE, 7L))).as(id + ": same seed").isEqualTo(first);
            long differing = Stream.of(8L, 9L, 10L, 11L)
                    .filter(seed -> !fingerprint(invoke(arguments, seed)).equals(first)).count();
            assertThat(differing).as(id + ": inputs for seeds 8..11 that differ from seed 7's").isEqualTo(4);
        }
    }

    private static Object invoke(Method arguments, long seed) {
        try {
            return arguments.invoke(null, SIZE, seed);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static URLClassLoader compileSupport(ProblemPackage problem, Path classes) throws IOException {
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none"));
        try (Stream<Path> files = Files.list(problem.supportDir())) {
            files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).forEach(options::add);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, options.toArray(String[]::new))).as(problem.id() + " support/")
                .isZero();
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GrowthGeneratorsTest.class.getClassLoader());
    }

    /** The input's whole contents, through arrays, collections and the fields of objects such as TreeNode. */
    private static String fingerprint(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, new IdentityHashMap<>());
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, Map<Object, Integer> seen) {
        if (value == null || value instanceof Number || value instanceof CharSequence || value instanceof Character
                || value instanceof Boolean) {
            out.append(value).append(',');
            return;
        }
        Integer earlier = seen.putIfAbsent(value, seen.size());
        if (earlier != null) {
            out.append('#').append(earlier).append(',');
            return;
        }
        if (value.getClass().isArray()) {
            out.append('[');
            for (int index = 0; index < Array.getLength(value); index++) {
                write(Array.get(value, index), out, seen);
            }
            out.append(']');
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            collection.forEach(element -> write(element, out, seen));
            out.append(']');
        } else {
            out.append(value.getClass().getSimpleName()).append('{');
            for (Field field : value.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    try {
                        write(field.get(value), out, seen);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
            out.append('}');
        }
    }
}
