import java.util.List;
import java.util.Map;
import java.util.Set;

public class ConfigValidator {

    public ConfigValidator stringRule(String key, Presence presence) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public ConfigValidator integerRule(String key, Presence presence, long min, long max) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public ConfigValidator booleanRule(String key, Presence presence) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public ConfigValidator oneOfRule(String key, Presence presence, Set<String> allowedValues) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public List<ValidationError> validate(Map<String, String> config) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
