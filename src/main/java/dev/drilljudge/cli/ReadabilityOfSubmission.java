package dev.drilljudge.cli;

import dev.drilljudge.readability.Readability;
import dev.drilljudge.source.SourceFile;
import dev.drilljudge.verdict.Judgement;

import java.util.List;

/** Wired to the readability analyzer when that branch lands. */
final class ReadabilityOfSubmission {
    private ReadabilityOfSubmission() {
    }

    static Readability analyze(List<SourceFile> sources, Judgement judgement) {
        return null;
    }
}
