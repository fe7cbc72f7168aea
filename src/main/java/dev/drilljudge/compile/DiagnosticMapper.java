package dev.drilljudge.compile;

import dev.drilljudge.verdict.Diagnostic;

import javax.tools.JavaFileObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns javac diagnostics into the candidate's own file, line and column; other files stay unnamed. */
final class DiagnosticMapper {
    private DiagnosticMapper() {
    }

    static List<Diagnostic> candidateErrors(List<javax.tools.Diagnostic<? extends JavaFileObject>> raw) {
        List<Diagnostic> mapped = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> diagnostic : raw) {
            if (diagnostic.getKind() != javax.tools.Diagnostic.Kind.ERROR) {
                continue;
            }
            if (diagnostic.getSource() instanceof MemorySource source && source.origin() == SourceOrigin.CANDIDATE) {
                mapped.add(new Diagnostic(source.source().displayPath(), Math.max(0, diagnostic.getLineNumber()),
                        Math.max(0, diagnostic.getColumnNumber()), diagnostic.getMessage(Locale.ROOT)));
            } else if (diagnostic.getSource() == null) {
                mapped.add(new Diagnostic("", 0, 0, diagnostic.getMessage(Locale.ROOT)));
            }
        }
        return mapped;
    }

    static String firstError(List<javax.tools.Diagnostic<? extends JavaFileObject>> raw) {
        return raw.stream()
                .filter(diagnostic -> diagnostic.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                .map(diagnostic -> diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                .findFirst()
                .orElse("");
    }
}
