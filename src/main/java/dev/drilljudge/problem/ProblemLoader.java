package dev.drilljudge.problem;

import dev.drilljudge.BadInputException;
import dev.drilljudge.policy.ApiProfile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates one problem package. Every mistake becomes a one-line {@link BadInputException}
 * naming the file and the field, so an author can fix it without reading a stack trace.
 */
public final class ProblemLoader {
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TOP_LEVEL_KEYS =
            Set.of("id", "title", "difficulty", "tags", "targetMinutes", "limits", "allowThreads", "inputs",
                    "printsOutput", "allowApis", "complexity", "calibration");
    private static final Set<String> LIMIT_KEYS = Set.of("testTimeoutMs", "totalTimeoutMs", "memoryMb", "outputKb");
    private static final int MAX_MEMORY_MB = 4096;
    private static final Set<String> COMPLEXITY_KEYS = Set.of("time", "generator", "call", "sizes", "fixed",
            "checkAnswers");
    private static final Set<String> CALIBRATION_KEYS = Set.of("acceptedCpuMs", "slowCpuMs", "margin", "floorMs");
    private static final Pattern BIG_O = Pattern.compile("O\\(.+\\)");
    private static final Pattern CALL = Pattern.compile("[A-Za-z_$][\\w$.]*\\.[A-Za-z_$][\\w$]*");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$.]*");
    private static final int MAX_GROWTH_SIZE = 50_000_000;

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private ProblemLoader() {
    }

    /** Problem ids are kebab-case folder names, e.g. two-sum. */
    static boolean isValidId(String id) {
        return KEBAB_CASE.matcher(id).matches();
    }

    public static ProblemPackage load(Path packageDir) {
        Path yamlFile = packageDir.resolve("problem.yaml");
        FieldReader fields = new FieldReader(yamlFile, readYaml(yamlFile), YamlLines.of(YAML, yamlFile));
        fields.rejectUnknownKeys(fields.root(), TOP_LEVEL_KEYS, "");

        String id = fields.requiredText("id");
        if (!isValidId(id)) {
            throw fields.invalid("id", "must be kebab-case (e.g. two-sum), not '" + id + "'");
        }
        String folderName = packageDir.toAbsolutePath().normalize().getFileName().toString();
        if (!id.equals(folderName)) {
            throw fields.invalid("id", "'" + id + "' must equal the folder name '" + folderName + "'");
        }
        String title = fields.requiredText("title");
        Difficulty difficulty = parseDifficulty(fields);
        List<String> tags = fields.textList("tags");
        int targetMinutes = fields.optionalInt("targetMinutes", difficulty.defaultTargetMinutes(), 1, 24 * 60);
        Limits limits = readLimits(fields);
        boolean allowThreads = fields.optionalBoolean("allowThreads", false);
        ProblemInputs inputs = InputsReader.read(fields);
        boolean printsOutput = fields.optionalBoolean("printsOutput", false);
        List<String> allowApis = fields.textList("allowApis");
        for (String entry : allowApis) {
            try {
                ApiProfile.parseProblemEntry(entry);
            } catch (IllegalArgumentException e) {
                throw fields.invalid("allowApis", e.getMessage());
            }
        }

        requireFile(packageDir.resolve("statement.md"));
        requireFolder(packageDir.resolve("tests").resolve("hidden"));
        ComplexitySpec complexity = readComplexity(fields);
        readCalibration(fields);
        if (complexity != null) {
            String generatorFile = complexity.generator().replace('.', '/') + ".java";
            if (!Files.isRegularFile(packageDir.resolve("support").resolve(generatorFile))) {
                throw fields.invalid("complexity.generator", "names " + complexity.generator()
                        + ", but support/" + generatorFile + " does not exist");
            }
        }
        return new ProblemPackage(id, title, difficulty, tags, targetMinutes, limits, allowThreads, inputs, printsOutput,
                allowApis, packageDir, complexity);
    }

    private static ComplexitySpec readComplexity(FieldReader fields) {
        JsonNode node = fields.find("complexity");
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            throw fields.invalid("complexity", "must be a mapping of " + new java.util.TreeSet<>(COMPLEXITY_KEYS));
        }
        fields.rejectUnknownKeys(node, COMPLEXITY_KEYS, "complexity.");
        String time = fields.requiredText("complexity.time");
        if (!BIG_O.matcher(time).matches()) {
            throw fields.invalid("complexity.time", "must be big-O notation such as O(n), O(n log n) or O(n*m), not '"
                    + time + "'");
        }
        String generator = fields.requiredText("complexity.generator");
        if (!CLASS_NAME.matcher(generator).matches()) {
            throw fields.invalid("complexity.generator", "must name a class in support/, e.g. TwoSumInputs");
        }
        String call = fields.requiredText("complexity.call");
        if (!CALL.matcher(call).matches()) {
            throw fields.invalid("complexity.call", "must be Class.method, e.g. Solution.twoSum, not '" + call + "'");
        }
        int dot = call.lastIndexOf('.');
        List<Integer> sizes = ComplexitySpec.doubling(ComplexitySpec.DEFAULT_MIN_SIZE, ComplexitySpec.DEFAULT_MAX_SIZE);
        JsonNode sizesNode = fields.find("complexity.sizes");
        if (sizesNode != null) {
            if (!sizesNode.isArray() || sizesNode.size() != 2) {
                throw fields.invalid("complexity.sizes", "must be [smallest, largest], e.g. [2000, 64000]");
            }
            int min = sizeValue(fields, sizesNode.get(0));
            int max = sizeValue(fields, sizesNode.get(1));
            if (max < 4 * min) {
                throw fields.invalid("complexity.sizes", "must span at least three doublings (largest >= 4 x smallest)");
            }
            sizes = ComplexitySpec.doubling(min, max);
        }
        List<String> fixed = fields.textList("complexity.fixed");
        boolean checkAnswers = fields.optionalBoolean("complexity.checkAnswers", true);
        return new ComplexitySpec(time, generator, call.substring(0, dot), call.substring(dot + 1), sizes, fixed,
                checkAnswers);
    }

    private static int sizeValue(FieldReader fields, JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()
                || value.intValue() < 1 || value.intValue() > MAX_GROWTH_SIZE) {
            throw fields.invalid("complexity.sizes", "must hold whole numbers between 1 and " + MAX_GROWTH_SIZE);
        }
        return value.intValue();
    }

    /** Read only to validate it: what `judge verify --calibrate` measured when the limit was set, for the record. */
    private static void readCalibration(FieldReader fields) {
        JsonNode node = fields.find("calibration");
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            throw fields.invalid("calibration", "must be a mapping of " + new java.util.TreeSet<>(CALIBRATION_KEYS));
        }
        fields.rejectUnknownKeys(node, CALIBRATION_KEYS, "calibration.");
        fields.optionalInt("calibration.acceptedCpuMs", 0, 0, 600_000);
        fields.optionalInt("calibration.floorMs", 0, 0, 600_000);
        fields.optionalInt("calibration.margin", 3, 1, 100);
        JsonNode slow = fields.find("calibration.slowCpuMs");
        if (slow != null && !slow.isIntegralNumber() && !slow.isString()) {
            throw fields.invalid("calibration.slowCpuMs", "must be a number of ms, or a text such as '>2500'");
        }
    }

    private static JsonNode readYaml(Path yamlFile) {
        if (!Files.isRegularFile(yamlFile)) {
            throw new BadInputException(yamlFile + ": missing; every problem package needs a problem.yaml");
        }
        try {
            JsonNode root = YAML.readTree(yamlFile.toFile());
            if (root == null || !root.isObject()) {
                throw new BadInputException(yamlFile + ": must be a YAML mapping with id, title and difficulty");
            }
            return root;
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new BadInputException(yamlFile + ": not valid YAML" + where + " (" + firstLine(e.getOriginalMessage())
                    + ")", e);
        }
    }

    private static Difficulty parseDifficulty(FieldReader fields) {
        String label = fields.requiredText("difficulty");
        try {
            return Difficulty.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw fields.invalid("difficulty", e.getMessage());
        }
    }

    private static Limits readLimits(FieldReader fields) {
        JsonNode limitsNode = fields.root().get("limits");
        if (limitsNode == null || limitsNode.isNull()) {
            return Limits.DEFAULTS;
        }
        if (!limitsNode.isObject()) {
            throw fields.invalid("limits", "must be a mapping of " + LIMIT_KEYS);
        }
        fields.rejectUnknownKeys(limitsNode, LIMIT_KEYS, "limits.");
        Limits defaults = Limits.DEFAULTS;
        long testTimeout = fields.optionalInt("limits.testTimeoutMs", (int) defaults.testTimeoutMs(), 1, 600_000);
        long totalTimeout = fields.optionalInt("limits.totalTimeoutMs", (int) defaults.totalTimeoutMs(), 1, 3_600_000);
        int memory = fields.optionalInt("limits.memoryMb", defaults.memoryMb(), 16, MAX_MEMORY_MB);
        int output = fields.optionalInt("limits.outputKb", defaults.outputKb(), 1, 1024 * 1024);
        if (totalTimeout < testTimeout) {
            throw fields.invalid("limits.totalTimeoutMs", "must be at least limits.testTimeoutMs (" + testTimeout + ")");
        }
        return new Limits(testTimeout, totalTimeout, memory, output);
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": missing; every problem package needs it");
        }
    }

    private static void requireFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInputException(folder + ": missing; every problem package needs hidden tests there");
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Typed access to problem.yaml fields with errors that name the file, the line and the dotted field path. */
    record FieldReader(Path file, JsonNode root, YamlLines lines) {
        BadInputException invalid(String field, String problem) {
            return new BadInputException(file + lines.at(field) + ": field '" + field + "' " + problem);
        }

        JsonNode find(String dottedField) {
            JsonNode node = root;
            for (String part : dottedField.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node == null || node.isNull() ? null : node;
        }

        void rejectUnknownKeys(JsonNode mapping, Set<String> known, String prefix) {
            for (String key : mapping.propertyNames()) {
                if (!known.contains(key)) {
                    throw new BadInputException(file + lines.at(prefix + key) + ": unknown field '" + prefix + key
                            + "'; known fields are "
                            + new java.util.TreeSet<>(known));
                }
            }
        }

        String requiredText(String field) {
            JsonNode node = find(field);
            if (node == null) {
                throw invalid(field, "is required");
            }
            if (!node.isString() || node.asString().isBlank()) {
                throw invalid(field, "must be a non-empty string");
            }
            return node.asString().trim();
        }

        int optionalInt(String field, int fallback, int min, int max) {
            JsonNode node = find(field);
            if (node == null) {
                return fallback;
            }
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw invalid(field, "must be a whole number");
            }
            int value = node.intValue();
            if (value < min || value > max) {
                throw invalid(field, "must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        }

        boolean optionalBoolean(String field, boolean fallback) {
            JsonNode node = find(field);
            if (node == null) {
                return fallback;
            }
            if (!node.isBoolean()) {
                throw invalid(field, "must be true or false");
            }
            return node.booleanValue();
        }

        List<String> textList(String field) {
            JsonNode node = find(field);
            if (node == null) {
                return List.of();
            }
            if (!node.isArray()) {
                throw invalid(field, "must be a list of strings, e.g. [arrays, meta]");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isString() || element.asString().isBlank()) {
                    throw invalid(field, "must contain only non-empty strings");
                }
                values.add(element.asString().trim());
            }
            return values;
        }
    }
}
