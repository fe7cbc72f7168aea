package dev.drilljudge.problem;

import dev.drilljudge.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * `judge new`: writes a complete package that passes `judge verify` as it stands (a small worked example
 * with a starter, sample and hidden tests, a model answer and a wrong answer), so an author replaces the
 * example rather than starting from a blank folder.
 */
public final class ProblemScaffold {
    private static final String TEMPLATES = "/scaffold/";

    private ProblemScaffold() {
    }

    /** Creates {@code bank/id}; refuses an invalid id or an existing folder. Returns the package folder. */
    public static Path create(Path bank, String id) {
        if (!ProblemLoader.isValidId(id)) {
            throw new BadInputException("'" + id + "' is not a valid problem id; use kebab-case, e.g. two-sum");
        }
        Path root = bank.resolve(id);
        if (Files.exists(root)) {
            throw new BadInputException(root + " already exists; pick another id or remove the folder");
        }
        String className = toPascalCase(id);
        Map<String, String> values = Map.of("id", id, "title", toTitle(id), "className", className);
        write(root.resolve("problem.yaml"), fill("problem.yaml.template", values));
        write(root.resolve("statement.md"), fill("statement.md.template", values));
        write(root.resolve("starter/Solution.java"), fill("Solution.starter", values));
        write(root.resolve("tests/sample/" + className + "SampleTest.java"), fill("SampleTest.template", values));
        write(root.resolve("tests/hidden/" + className + "HiddenTest.java"), fill("HiddenTest.template", values));
        write(root.resolve("solutions/accepted/model-answer/Solution.java"), fill("Solution.accepted", values));
        write(root.resolve("solutions/wrong/int-overflow/Solution.java"), fill("Solution.wrong", values));
        write(root.resolve("solutions/wrong/int-overflow/" + SeededBug.NOTE_FILE), fill("BUG.md", values));
        return root;
    }

    static String toTitle(String id) {
        return Arrays.stream(id.split("-")).map(ProblemScaffold::capitalise).collect(Collectors.joining(" "));
    }

    static String toPascalCase(String id) {
        String joined = Arrays.stream(id.split("-")).map(ProblemScaffold::capitalise).collect(Collectors.joining());
        return Character.isDigit(joined.charAt(0)) ? "Problem" + joined : joined;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    private static String fill(String template, Map<String, String> values) {
        String text = readTemplate(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    private static String readTemplate(String name) {
        try (InputStream in = ProblemScaffold.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("the judge is missing its scaffold template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }
}
