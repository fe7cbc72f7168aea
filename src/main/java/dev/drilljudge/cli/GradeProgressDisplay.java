package dev.drilljudge.cli;

import dev.drilljudge.app.GradeProgress;
import dev.drilljudge.result.GradedSubmission;
import dev.drilljudge.verdict.Judgement;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.text.DecimalFormat;

/**
 * Shows a grade's progress: a progress bar on a terminal, and one plain line per graded problem elsewhere
 * (a CI log cannot redraw a line, and escape codes would litter it).
 */
abstract class GradeProgressDisplay implements GradeProgress, AutoCloseable {

    static GradeProgressDisplay create(boolean onTerminal, PrintStream terminal, PrintWriter log) {
        return onTerminal ? new Bar(terminal) : new PlainLines(log);
    }

    @Override
    public void close() {
    }

    static String describe(GradedSubmission graded) {
        Judgement judgement = graded.report().judgement();
        return graded.problemId() + ": " + judgement.verdict().name()
                + (judgement.total() == 0 ? "" : " (" + judgement.passed() + "/" + judgement.total() + " tests)");
    }

    /** One line per graded problem: "[2/5] two-sum: ACCEPTED (12/12 tests)". */
    static final class PlainLines extends GradeProgressDisplay {
        private final PrintWriter log;
        private int total;
        private int done;

        PlainLines(PrintWriter log) {
            this.log = log;
        }

        @Override
        public void started(int submissions) {
            total = submissions;
            log.println("Grading " + submissions + (submissions == 1 ? " submission" : " submissions"));
            log.flush();
        }

        @Override
        public void graded(GradedSubmission graded) {
            done++;
            log.println("[" + done + "/" + total + "] " + describe(graded));
            log.flush();
        }
    }

    /** A redrawn progress bar on the terminal, naming the last problem graded. */
    static final class Bar extends GradeProgressDisplay {
        private final PrintStream terminal;
        private ProgressBar bar;

        Bar(PrintStream terminal) {
            this.terminal = terminal;
        }

        @Override
        public void started(int submissions) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Grading")
                    .setInitialMax(submissions)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal))
                    .setUpdateIntervalMillis(100)
                    .showSpeed(new DecimalFormat("0.0"))
                    .build();
        }

        @Override
        public void graded(GradedSubmission graded) {
            bar.setExtraMessage(" " + describe(graded));
            bar.step();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
