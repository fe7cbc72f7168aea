package dev.drilljudge.report.submission;

import dev.drilljudge.result.LimitCalibration;

import java.util.List;

/** The text of `judge verify --calibrate`: per problem the proposed limit, the evidence, and a problem.yaml snippet. */
public final class CalibrationText {
    private final TextStyle style;

    public CalibrationText(TextStyle style) {
        this.style = style;
    }

    public String render(List<LimitCalibration> calibrations) {
        StringBuilder out = new StringBuilder();
        for (LimitCalibration calibration : calibrations) {
            if (!calibration.problemError().isEmpty()) {
                out.append(style.bad("✗ " + calibration.problemId() + ": " + calibration.problemError())).append('\n');
                continue;
            }
            out.append(calibration.problemId()).append(": slowest accepted ").append(calibration.acceptedCpuMs())
                    .append(" ms of CPU (").append(calibration.acceptedWhere()).append(") -> limit ")
                    .append(calibration.proposedLimitMs()).append(" ms (").append(calibration.margin())
                    .append(" x, floor ").append(calibration.floorMs()).append("; now ")
                    .append(calibration.currentLimitMs()).append(" ms)\n");
            for (LimitCalibration.SlowMargin slow : calibration.slow()) {
                String line = "    slow " + slow.name() + ": " + (slow.killed() ? "more than " : "")
                        + slow.cpuMs() + " ms on " + slow.test() + " = " + (slow.killed() ? "at least " : "")
                        + slow.ratio() + " x the proposed limit";
                out.append(slow.clear() ? line : style.bad(line + " (not clearly beyond: needs 2 x)")).append('\n');
            }
            out.append(style.dim("    limits:\n      testTimeoutMs: " + calibration.proposedLimitMs()
                    + "\n    calibration:\n      acceptedCpuMs: " + calibration.acceptedCpuMs()
                    + "\n      slowCpuMs: " + slowestSlow(calibration) + "\n      margin: " + calibration.margin()
                    + "\n      floorMs: " + calibration.floorMs())).append('\n');
        }
        return out.toString();
    }

    /** The least CPU time a slow solution used, as problem.yaml keeps it: "'>2250'" when it was killed. */
    public static String slowestSlow(LimitCalibration calibration) {
        return calibration.slow().stream()
                .min(java.util.Comparator.comparingLong(LimitCalibration.SlowMargin::cpuMs))
                .map(slow -> slow.killed() ? "'>" + slow.cpuMs() + "'" : String.valueOf(slow.cpuMs()))
                .orElse("none");
    }
}
