package dev.drilljudge.worker.protocol;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the worker needs for one run, sent on its stdin: the class files never touch the disk.
 *
 * @param signingKey       HMAC key for the worker's reports, so nothing the candidate prints can pass for one
 * @param allowApis        the problem's additions to the default APIs: the worker checks each class against them
 * @param excludedTestIds  JUnit unique ids not to run again (tests finished or killed in an earlier worker)
 */
public record Job(byte[] signingKey, boolean allowThreads, List<String> allowApis, long outputLimitBytes,
                  Map<String, byte[]> candidateClasses, Map<String, byte[]> supportClasses,
                  Map<String, byte[]> testClasses, List<String> testClassNames, Set<String> excludedTestIds) {
}
