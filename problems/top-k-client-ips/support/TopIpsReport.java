import java.util.List;

/**
 * The answer of {@code AccessLogAnalyzer.topClientIps}: the busiest client IPs, busiest first,
 * and how many input lines were skipped as malformed.
 */
public record TopIpsReport(List<IpCount> topIps, long malformedLines) {
}
