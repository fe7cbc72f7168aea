import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigValidatorSampleTest {

    private static ConfigValidator exampleValidator() {
        return new ConfigValidator()
                .stringRule("service.name", Presence.REQUIRED)
                .integerRule("port", Presence.REQUIRED, 1, 65535)
                .booleanRule("tls.enabled", Presence.OPTIONAL)
                .oneOfRule("log.level", Presence.OPTIONAL, Set.of("DEBUG", "INFO", "WARN", "ERROR"));
    }

    @Test
    @DisplayName("sample: the statement example reports four errors sorted by key")
    void statementExample() {
        List<ValidationError> errors = exampleValidator().validate(
                Map.of("port", "70000", "tls.enabled", "yes", "log.levle", "INFO"));
        assertEquals(List.of("log.levle UNKNOWN_KEY", "port OUT_OF_RANGE", "service.name MISSING",
                "tls.enabled NOT_A_BOOLEAN"),
                errors.stream().map(error -> error.key() + " " + error.code()).toList(), "errors of the example");
    }

    @Test
    @DisplayName("sample: a valid config has no errors")
    void validConfig() {
        List<ValidationError> errors = exampleValidator().validate(
                Map.of("service.name", "checkout", "port", "8443", "tls.enabled", "true", "log.level", "WARN"));
        assertEquals(List.of(), errors, "errors for a valid config");
    }

    @Test
    @DisplayName("sample: a duplicate rule is rejected")
    void duplicateRule() {
        ConfigValidator validator = new ConfigValidator().stringRule("port", Presence.REQUIRED);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> validator.integerRule("port", Presence.REQUIRED, 1, 2), "second rule for port");
        assertTrue(thrown.getMessage().contains("port"), "message should name the key");
    }
}
