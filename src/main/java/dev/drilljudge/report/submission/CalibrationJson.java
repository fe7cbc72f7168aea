package dev.drilljudge.report.submission;

import dev.drilljudge.result.LimitCalibration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/** The JSON of `judge verify --calibrate`. */
public final class CalibrationJson {
    private CalibrationJson() {
    }

    public static String render(List<LimitCalibration> calibrations) {
        ObjectNode root = JsonReport.mapper().createObjectNode();
                ArrayNode problems = root.putArray("problems");
        for (LimitCalibration calibration : calibrations) {
            ObjectNode node = problems.addObject();
            node.put("problem", calibration.problemId());
            node.put("error", calibration.problemError());
            node.put("currentLimitMs", calibration.currentLimitMs());
            node.put("acceptedCpuMs", calibration.acceptedCpuMs());
            node.put("acceptedWhere", calibration.acceptedWhere());
            node.put("proposedLimitMs", calibration.proposedLimitMs());
            node.put("margin", calibration.margin());
            node.put("floorMs", calibration.floorMs());
            ArrayNode slow = node.putArray("slow");
            for (LimitCalibration.SlowMargin margin : calibration.slow()) {
                ObjectNode slowNode = slow.addObject();
                slowNode.put("solution", margin.name());
                slowNode.put("test", margin.test());
                slowNode.put("cpuMs", margin.cpuMs());
                slowNode.put("killed", margin.killed());
                slowNode.put("ratio", margin.ratio());
                slowNode.put("clear", margin.clear());
            }
        }
        return JsonReport.mapper().writeValueAsString(root);
    }
}
