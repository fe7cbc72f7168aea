package dev.drilljudge.readability;

import dev.drilljudge.readability.rules.AssertForArgsRule;
import dev.drilljudge.readability.rules.BooleanExpressionRule;
import dev.drilljudge.readability.rules.BroadCatchRule;
import dev.drilljudge.readability.rules.CognitiveComplexityRule;
import dev.drilljudge.readability.rules.CyclomaticRule;
import dev.drilljudge.readability.rules.EmptyCatchRule;
import dev.drilljudge.readability.rules.ExceptionWithoutMessageRule;
import dev.drilljudge.readability.rules.GuardClauseRule;
import dev.drilljudge.readability.rules.LineLengthRule;
import dev.drilljudge.readability.rules.LostCauseRule;
import dev.drilljudge.readability.rules.MagicNumberRule;
import dev.drilljudge.readability.rules.MethodLengthRule;
import dev.drilljudge.readability.rules.MethodNameShortRule;
import dev.drilljudge.readability.rules.NameAbbreviationRule;
import dev.drilljudge.readability.rules.NameConventionRule;
import dev.drilljudge.readability.rules.NamePlaceholderRule;
import dev.drilljudge.readability.rules.NameShortRule;
import dev.drilljudge.readability.rules.NestingRule;
import dev.drilljudge.readability.rules.NullCollectionReturnRule;
import dev.drilljudge.readability.rules.ParameterReassignedRule;
import dev.drilljudge.readability.rules.ParametersRule;
import dev.drilljudge.readability.rules.RawThrowRule;
import dev.drilljudge.readability.rules.UnguardedInputRule;
import dev.drilljudge.readability.rules.BooleanLiteralCompareRule;
import dev.drilljudge.readability.rules.CommentedOutCodeRule;
import dev.drilljudge.readability.rules.DebugOutputRule;
import dev.drilljudge.readability.rules.InputMutatedRule;
import dev.drilljudge.readability.rules.SentinelOnExceptionRule;
import dev.drilljudge.readability.rules.StringIdentityRule;
import dev.drilljudge.readability.rules.SwallowedInterruptRule;
import dev.drilljudge.readability.rules.UnusedLocalRule;
import dev.drilljudge.readability.rules.NestedTernaryRule;
import dev.drilljudge.readability.rules.MissingBracesRule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every readability rule, in the order of the docs: naming, edge cases, modularity, error handling. */
public final class RuleRegistry {
    private static final List<Rule> RULES = List.of(
            new NamePlaceholderRule(),
            new NameShortRule(),
            new NameConventionRule(),
            new NameAbbreviationRule(),
            new MethodNameShortRule(),
            new UnguardedInputRule(),
            new GuardClauseRule(),
            new AssertForArgsRule(),
            new NullCollectionReturnRule(),
            new StringIdentityRule(),
            new CognitiveComplexityRule(),
            new CyclomaticRule(),
            new MethodLengthRule(),
            new LineLengthRule(),
            new NestingRule(),
            new ParametersRule(),
            new BooleanExpressionRule(),
            new MagicNumberRule(),
            new ParameterReassignedRule(),
            new InputMutatedRule(),
            new DebugOutputRule(),
            new BooleanLiteralCompareRule(),
            new CommentedOutCodeRule(),
            new UnusedLocalRule(),
            new NestedTernaryRule(),
            new MissingBracesRule(),
            new EmptyCatchRule(),
            new BroadCatchRule(),
            new RawThrowRule(),
            new LostCauseRule(),
            new ExceptionWithoutMessageRule(),
            new SwallowedInterruptRule(),
            new SentinelOnExceptionRule());

    private static final Map<String, Rule> BY_ID = RULES.stream()
            .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private RuleRegistry() {
    }

    /** The rules are stateless, so one shared instance of each serves every analysis. */
    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
