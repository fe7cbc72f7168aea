/** Why a line could not be parsed. See the statement for the order in which the checks are made. */
public enum ErrorKind {
    NULL_LINE, MISSING_FIELDS, BAD_TIMESTAMP, UNKNOWN_LEVEL, BAD_COMPONENT, EMPTY_MESSAGE
}
