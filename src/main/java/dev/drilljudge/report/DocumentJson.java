package dev.drilljudge.report;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper of the `--format json` documents of list, show, start, status, mock and report (and of `judge serve`'s
 * API, which returns the same documents): indented, with ISO-8601 instants.
 */
public final class DocumentJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private DocumentJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String render(JsonNode document) {
        return MAPPER.writeValueAsString(document);
    }
}
