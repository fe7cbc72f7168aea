/** Severity of an application log line. */
public enum Level {
    TRACE, DEBUG, INFO, WARN, ERROR
}
