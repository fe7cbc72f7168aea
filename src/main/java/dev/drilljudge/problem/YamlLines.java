package dev.drilljudge.problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key in a YAML file, by dotted path ({@code inputs.nums.minLength}), so a validation error can
 * say where to look. The tree Jackson builds keeps no positions, so this reads the token stream once more.
 */
final class YamlLines {
    private final Map<String, Integer> lineByPath;

    private YamlLines(Map<String, Integer> lineByPath) {
        this.lineByPath = lineByPath;
    }

    static YamlLines of(YAMLMapper yaml, Path file) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(file)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME) {
                    String path = parser.streamReadContext().pathAsPointer().toString()
                            .substring(1).replace('/', '.');
                    lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            // The tree read already reported any syntax error; without positions, errors just lack a line.
        }
        return new YamlLines(lines);
    }

    /** " line N" for the dotted path, or for its nearest parent that has a line; "" if none does. */
    String at(String dottedPath) {
        String path = dottedPath;
        while (!path.isEmpty()) {
            Integer line = lineByPath.get(path);
            if (line != null) {
                return " line " + line;
            }
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        return "";
    }
}
