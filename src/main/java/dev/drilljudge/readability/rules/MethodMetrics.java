package dev.drilljudge.readability.rules;

import com.github.javaparser.ast.Node;

/**
 * Size and shape of one method or constructor, computed in one pass and shared by the modularity rules.
 *
 * @param cognitiveComplexity G. Ann Campbell's Cognitive Complexity
 * @param cyclomaticComplexity McCabe's count of independent paths
 * @param maxNesting          deepest nesting of control structures (if, loops, switch)
 * @param deepestNode         the first structure at {@code maxNesting}, where a nesting finding points
 */
record MethodMetrics(int cognitiveComplexity, int cyclomaticComplexity, int maxNesting, Node deepestNode) {
}
