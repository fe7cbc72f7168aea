package dev.drilljudge.policy;

/**
 * One forbidden (or explicitly allowed) slice of the Java API, matched on bytecode references.
 *
 * @param ownerPrefix internal name or package prefix, e.g. {@code java/io/File} or {@code java/nio/file/}
 * @param member      member name, or null for every member of the owner
 * @param descriptorPrefix method descriptor prefix, or null for any (e.g. PrintStream(String) opens a file)
 * @param allowed     true for an exception carved out of a broader forbidden rule
 * @param reason      what the API would let a submission do, shown in the verdict
 */
record ApiRule(String ownerPrefix, String member, String descriptorPrefix, boolean allowed, String reason) {

    static ApiRule forbid(String ownerPrefix, String reason) {
        return new ApiRule(ownerPrefix, null, null, false, reason);
    }

    static ApiRule forbidMember(String owner, String member, String reason) {
        return new ApiRule(owner, member, null, false, reason);
    }

    static ApiRule forbidConstructor(String owner, String descriptorPrefix, String reason) {
        return new ApiRule(owner, "<init>", descriptorPrefix, false, reason);
    }

    static ApiRule allowMember(String owner, String member) {
        return new ApiRule(owner, member, null, true, "");
    }

    boolean matches(String owner, String name, String descriptor) {
        boolean ownerMatches = ownerPrefix.endsWith("/") ? owner.startsWith(ownerPrefix) : owner.equals(ownerPrefix)
                || owner.startsWith(ownerPrefix + "$");
        if (!ownerMatches) {
            return false;
        }
        if (member != null && !member.equals(name)) {
            return false;
        }
        return descriptorPrefix == null || (descriptor != null && descriptor.startsWith(descriptorPrefix));
    }

    /** More specific rules win: an allowed member beats a forbidden owner. */
    int specificity() {
        int score = ownerPrefix.length();
        if (member != null) {
            score += 1_000;
        }
        if (descriptorPrefix != null) {
            score += 1_000;
        }
        return score;
    }
}
