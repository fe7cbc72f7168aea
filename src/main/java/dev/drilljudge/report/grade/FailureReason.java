package dev.drilljudge.report.grade;

import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.verdict.Diagnostic;
import dev.drilljudge.verdict.Judgement;
import dev.drilljudge.verdict.TestResult;
import dev.drilljudge.verdict.Verdict;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a graded row failed, in one line, for every grade report: the failing test and its message for a wrong
 * answer, a crash or a limit; the first compiler message for a compile error (with a hint when the cause is a
 * common one: a byte-order mark, a file that is not UTF-8, a size limit, a changed signature); the reason for
 * anything decided about the folder as a whole. Line breaks and other control characters become single spaces, so the reason stays one line.
 */
public final class FailureReason {
    static final int MAX_LENGTH = 300;

    private FailureReason() {
    }

    /** The reason, or "" for an accepted row. */
    public static String of(GradedSubmission graded) {
        return of(graded.report().judgement());
    }

    public static String of(Judgement judgement) {
        Verdict verdict = judgement.verdict();
        String reason = switch (verdict) {
            case ACCEPTED -> "";
            case COMPILE_ERROR, SECURITY_VIOLATION -> firstDiagnostic(judgement)
                    .map(diagnostic -> withHint(describe(diagnostic)))
                    .orElse(withHint(judgement.headline()));
            case NOT_SUBMITTED, JUDGE_ERROR -> judgement.headline();
            default -> firstFailingTest(judgement)
                    .map(test -> test.message().isBlank() ? judgement.headline()
                            : judgement.headline() + ": " + test.message())
                    .orElse(judgement.headline());
        };
        return oneLine(reason);
    }

    private static Optional<Diagnostic> firstDiagnostic(Judgement judgement) {
        return judgement.diagnostics().stream().findFirst();
    }

    private static Optional<TestResult> firstFailingTest(Judgement judgement) {
        return judgement.results().stream().filter(result -> !result.passed()).findFirst();
    }

    private static String describe(Diagnostic diagnostic) {
        String message = diagnostic.message();
        if (diagnostic.file().isEmpty()) {
            return message;
        }
        return diagnostic.file() + ":" + diagnostic.line() + ":" + diagnostic.column() + ": " + message;
    }

    /** The usual causes a candidate cannot see in the compiler's words, named and with the fix. */
    static String withHint(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("\\ufeff") || message.contains("\ufeff")) {
            return message + " (hint: the file starts with a byte-order mark; save it as UTF-8 without BOM)";
        }
        if (lower.contains("not utf-8")) {
            return message + " (hint: the file is in another encoding; save it as UTF-8)";
        }
        if (lower.contains("size limit") || lower.contains("too large") || lower.contains("too big")) {
            return message + " (hint: the submission is over the size limit; submit only your solution's sources)";
        }
        if (lower.contains("tests do not compile against your code") || lower.startsWith("expected ")
                && lower.contains("(")) {
            return message + " (hint: keep the starter's class and method signatures)";
        }
        return message;
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            if (Character.isISOControl(point) || point == 0x2028 || point == 0x2029) {
                line.append(' ');
            } else {
                line.appendCodePoint(point);
            }
        });
        String result = line.toString().strip().replaceAll(" {2,}", " ");
        return result.length() <= MAX_LENGTH ? result : result.substring(0, MAX_LENGTH - 1) + "…";
    }
}
