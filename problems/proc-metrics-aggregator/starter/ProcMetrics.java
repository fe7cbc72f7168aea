public class ProcMetrics {

    /** Percentage of memory in use, from the text of one /proc/meminfo snapshot. */
    public double memoryUsedPercent(String meminfo) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Percentage of CPU time spent busy between two /proc/stat snapshots. */
    public double cpuUtilisationPercent(String earlierStat, String laterStat) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
