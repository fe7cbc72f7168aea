package dev.drilljudge.policy;

/**
 * One line of a profile: what it does to the APIs its pattern covers.
 *
 * @param descriptorPrefix for a member rule, the method descriptors it is limited to (e.g. {@code (J} for the
 *                         parallelism-taking bulk operations of ConcurrentHashMap), or null for every overload
 * @param reason           why a denied API is denied, when the name alone does not say (shown to the candidate)
 */
record ApiRule(ApiPattern pattern, Effect effect, String descriptorPrefix, String reason) {

    enum Effect {
        /** Usable in every way: as a type, a supertype, and every member not denied by a member rule. */
        ALLOW,
        /** Nameable as a type (a value's type, a cast, a constant); members need their own rule; no subclassing. */
        TYPE_ONLY,
        DENY
    }

    static ApiRule allow(String entry) {
        return new ApiRule(ApiPattern.parse(entry), Effect.ALLOW, null, "");
    }

    static ApiRule typeOnly(String entry) {
        return new ApiRule(ApiPattern.parse(entry), Effect.TYPE_ONLY, null, "");
    }

    static ApiRule typeOnly(String entry, String reason) {
        return new ApiRule(ApiPattern.parse(entry), Effect.TYPE_ONLY, null, reason);
    }

    static ApiRule deny(String entry) {
        return new ApiRule(ApiPattern.parse(entry), Effect.DENY, null, "");
    }

    static ApiRule deny(String entry, String reason) {
        return new ApiRule(ApiPattern.parse(entry), Effect.DENY, null, reason);
    }

    static ApiRule denyOverloads(String entry, String descriptorPrefix, String reason) {
        return new ApiRule(ApiPattern.parse(entry), Effect.DENY, descriptorPrefix, reason);
    }

    boolean matchesDescriptor(String descriptor) {
        return descriptorPrefix == null || (descriptor != null && descriptor.startsWith(descriptorPrefix));
    }
}
