package dev.drilljudge.report.grade;

/**
 * What a readability rule checks, for SARIF rule metadata (code scanning shows it beside each alert).
 *
 * @param shortDescription one line: what the rule flags
 * @param help             why it matters to a bar raiser and how to fix it
 */
public record RuleDescription(String id, String shortDescription, String help) {
}
