package dev.drilljudge.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one problem lets candidate code use: the judge's default profile, the thread profile when the problem
 * sets {@code allowThreads: true}, and the problem's own {@code allowApis} entries, which always win.
 *
 * <p>Within the judge's profiles the most specific rule decides (a member rule over a class rule over a package
 * rule) and a denial wins a tie. Member rules apply to subtypes too. Anything no rule allows is refused.
 */
public final class ApiProfile {
    /** Packages no problem may open: the test frameworks and the judge itself. */
    private static final List<String> NEVER_ALLOWED = List.of("org/junit/", "org/opentest4j/", "org/assertj/",
            "org/apiguardian/", "net/bytebuddy/", "org/objectweb/", "dev/drilljudge/");
    /**
     * Types that reach the operating system: files, sockets, processes, the environment. A problem.yaml may not open
     * them, so the OS sandbox stays the second wall and never the first. An entry is refused when it covers one of
     * them (a package wildcard such as {@code java.io.*} or {@code java.lang.*} included) or names one of their
     * members. Only a problem built in code (the OS-layer tests) can allow them.
     */
    private static final List<String> OPERATING_SYSTEM = List.of("java/io/File", "java/io/FileInputStream",
            "java/io/FileOutputStream", "java/io/FileReader", "java/io/FileWriter", "java/io/RandomAccessFile",
            "java/io/FileDescriptor", "java/io/Console", "java/lang/ProcessBuilder", "java/lang/Process",
            "java/lang/ProcessHandle", "java/lang/Runtime", "java/lang/System", "java/nio/file/Files",
            "java/nio/file/Path", "java/nio/file/Paths", "java/nio/file/FileSystems", "java/nio/channels/FileChannel",
            "java/nio/channels/SocketChannel", "java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
            "java/net/URL", "java/net/URLConnection", "java/net/http/HttpClient");
    /** Members of System that stay open to problems: printing, clocks and array copies, as the default list has. */
    private static final List<String> SYSTEM_MEMBERS_PROBLEMS_MAY_NAME = List.of("out", "err", "in",
            "currentTimeMillis", "nanoTime", "arraycopy", "identityHashCode", "lineSeparator", "gc");

    private final boolean allowThreads;
    private final List<ApiPattern> problemEntries;
    private final List<ApiRule> rules;

    private ApiProfile(boolean allowThreads, List<ApiPattern> problemEntries) {
        this.allowThreads = allowThreads;
        this.problemEntries = List.copyOf(problemEntries);
        List<ApiRule> all = new ArrayList<>(JdkProfiles.base());
        all.addAll(allowThreads ? JdkProfiles.threadsOn() : JdkProfiles.threadsOff());
        this.rules = List.copyOf(all);
    }

    public static ApiProfile defaults() {
        return new ApiProfile(false, List.of());
    }

    /**
     * @throws IllegalArgumentException naming the first entry that is not a package, class or member, or that
     *                                  names a test framework or the judge
     */
    public static ApiProfile forProblem(boolean allowThreads, List<String> allowApis) {
        List<ApiPattern> entries = new ArrayList<>();
        for (String entry : allowApis) {
            entries.add(parseEntry(entry));
        }
        return new ApiProfile(allowThreads, entries);
    }

    /**
     * Reads one {@code allowApis} entry of a problem.yaml, refusing the packages no problem may open and anything
     * that reaches the operating system (files, sockets, processes, the environment).
     */
    public static ApiPattern parseProblemEntry(String entry) {
        ApiPattern pattern = parseEntry(entry);
        if (reachesOperatingSystem(pattern)) {
            throw new IllegalArgumentException("'" + entry + "' cannot be allowed: it reaches the operating system "
                    + "(files, sockets, processes or the environment), which candidate code never may");
        }
        return pattern;
    }

    private static ApiPattern parseEntry(String entry) {
        ApiPattern pattern = ApiPattern.parse(entry);
        for (String reserved : NEVER_ALLOWED) {
            if ((pattern.owner() + "/").startsWith(reserved)) {
                throw new IllegalArgumentException("'" + entry + "' cannot be allowed: the test frameworks and the "
                        + "judge stay out of reach of candidate code");
            }
        }
        return pattern;
    }

    private static boolean reachesOperatingSystem(ApiPattern pattern) {
        if (pattern.isPackage()) {
            return pattern.owner().startsWith("java/net/") || pattern.owner().startsWith("java/nio/file/")
                    || pattern.owner().startsWith("java/nio/channels/")
                    || OPERATING_SYSTEM.stream().anyMatch(pattern::coversType);
        }
        if (pattern.isMember() && pattern.owner().equals("java/lang/System")) {
            return SYSTEM_MEMBERS_PROBLEMS_MAY_NAME.stream().noneMatch(pattern::matchesMemberName)
                    || pattern.memberGlob().contains("*");
        }
        return OPERATING_SYSTEM.stream().anyMatch(pattern::coversType) || pattern.owner().startsWith("java/net/") || pattern.owner().startsWith("java/nio/file/")
                || pattern.owner().startsWith("java/nio/channels/");
    }

    public boolean allowThreads() {
        return allowThreads;
    }

    /** The problem's own entries, as written in problem.yaml. */
    public List<String> allowApis() {
        return problemEntries.stream().map(ApiPattern::toString).toList();
    }

    /** One line for `judge verify`: "the default APIs + threads + java.io.StringReader". */
    public String summary() {
        StringBuilder text = new StringBuilder("the default APIs");
        if (allowThreads) {
            text.append(" + threads");
        }
        for (String entry : allowApis()) {
            text.append(" + ").append(entry);
        }
        return text.toString();
    }

    enum TypeAccess { FULL, TYPE_ONLY, NONE }

    /** How a JDK (or other non-candidate) type may be used. */
    TypeAccess typeAccess(String type) {
        if (isNeverAllowed(type)) {
            return TypeAccess.NONE;
        }
        if (problemEntries.stream().anyMatch(entry -> !entry.isMember() && entry.coversType(type))) {
            return TypeAccess.FULL;
        }
        ApiRule decisive = decisiveTypeRule(type);
        if (decisive == null || decisive.effect() == ApiRule.Effect.DENY) {
            return TypeAccess.NONE;
        }
        return decisive.effect() == ApiRule.Effect.ALLOW ? TypeAccess.FULL : TypeAccess.TYPE_ONLY;
    }

    /** Why the type is refused, when a rule says; empty for the plain "not on the list". */
    String typeReason(String type) {
        ApiRule decisive = decisiveTypeRule(type);
        return decisive == null ? "" : decisive.reason();
    }

    /**
     * Whether the member of a JDK (non-candidate) owner may be referenced.
     *
     * @return empty when allowed, else the refusal naming the API (the member, or the class when the class is
     *         refused as a whole)
     */
    Optional<Refusal> checkMember(String owner, String name, String descriptor) {
        if (isNeverAllowed(owner)) {
            return Optional.of(new Refusal(dotted(owner), ""));
        }
        if (problemEntries.stream().anyMatch(entry -> entry.isMember()
                ? entry.matchesMemberName(name) && JdkHierarchy.isSubtype(owner, entry.owner())
                : entry.coversType(owner))) {
            return Optional.empty();
        }
        boolean explicitlyAllowed = false;
        for (ApiRule rule : rules) {
            ApiPattern pattern = rule.pattern();
            if (pattern.isMember() && pattern.matchesMemberName(name) && rule.matchesDescriptor(descriptor)
                    && JdkHierarchy.isSubtype(owner, pattern.owner())) {
                if (rule.effect() == ApiRule.Effect.DENY) {
                    return Optional.of(new Refusal(dotted(owner) + "." + name, rule.reason()));
                }
                explicitlyAllowed = true;
            }
        }
        if (explicitlyAllowed) {
            return Optional.empty();
        }
        return switch (typeAccess(owner)) {
            case FULL -> Optional.empty();
            case TYPE_ONLY -> Optional.of(new Refusal(dotted(owner) + "." + name, typeReason(owner)));
            case NONE -> Optional.of(new Refusal(dotted(owner), typeReason(owner)));
        };
    }

    /**
     * Whether a member a submission class inherits from the JDK type {@code jdkType} is refused by a member rule
     * (the type itself was checked where the submission class names it as a supertype).
     */
    Optional<Refusal> checkInheritedMember(String jdkType, String name, String descriptor) {
        if (isNeverAllowed(jdkType)) {
            return Optional.of(new Refusal(dotted(jdkType), ""));
        }
        if (problemEntries.stream().anyMatch(entry -> entry.isMember()
                ? entry.matchesMemberName(name) && JdkHierarchy.isSubtype(jdkType, entry.owner())
                : entry.coversType(jdkType))) {
            return Optional.empty();
        }
        for (ApiRule rule : rules) {
            ApiPattern pattern = rule.pattern();
            if (rule.effect() == ApiRule.Effect.DENY && pattern.isMember() && pattern.matchesMemberName(name)
                    && rule.matchesDescriptor(descriptor) && JdkHierarchy.isSubtype(jdkType, pattern.owner())) {
                return Optional.of(new Refusal(dotted(jdkType) + "." + name, rule.reason()));
            }
        }
        return Optional.empty();
    }

    /** Whether a member rule names this member explicitly (its descriptor's types then need no check). */
    boolean isExplicitlyAllowedMember(String owner, String name) {
        return problemEntries.stream().anyMatch(entry -> entry.isMember() && entry.matchesMemberName(name)
                && JdkHierarchy.isSubtype(owner, entry.owner()))
                || rules.stream().anyMatch(rule -> rule.effect() != ApiRule.Effect.DENY && rule.pattern().isMember()
                && rule.pattern().matchesMemberName(name) && JdkHierarchy.isSubtype(owner, rule.pattern().owner()));
    }

    /** The most specific class or package rule for the type; a denial wins a tie. */
    private ApiRule decisiveTypeRule(String type) {
        ApiRule decisive = null;
        int decisiveRank = -1;
        for (ApiRule rule : rules) {
            ApiPattern pattern = rule.pattern();
            if (pattern.isMember() || !pattern.coversType(type)) {
                continue;
            }
            int rank = pattern.isPackage() ? 0 : 1;
            if (rank > decisiveRank || (rank == decisiveRank && rule.effect() == ApiRule.Effect.DENY)) {
                decisive = rule;
                decisiveRank = rank;
            }
        }
        return decisive;
    }

    /** A test framework's or the judge's type (internal name): never callable, never declarable by a candidate. */
    static boolean isNeverAllowed(String type) {
        return NEVER_ALLOWED.stream().anyMatch(type::startsWith);
    }

    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** A refused API and, when the name alone does not say, why. */
    record Refusal(String api, String reason) {
    }
}
