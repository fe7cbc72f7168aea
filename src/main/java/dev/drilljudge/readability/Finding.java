package dev.drilljudge.readability;

/**
 * One readability point at one place in the candidate's code.
 *
 * @param message    a bar raiser's debrief note: what is wrong and why it matters
 * @param suggestion the concrete fix
 */
public record Finding(String ruleId, Category category, Severity severity, String message,
                      String file, int line, int column, String suggestion) {
}
