package dev.drilljudge.policy;

import java.util.regex.Pattern;

/**
 * One entry of an API list, as written in {@code problem.yaml}'s {@code allowApis} and in the judge's own
 * profiles: a package ({@code java.util.concurrent.*}, its classes but not its subpackages), a class
 * ({@code java.io.StringReader}, with its nested classes) or a member ({@code java.lang.Thread#sleep}, every
 * overload; {@code #new} for constructors; {@code *} in a member name matches any text).
 *
 * @param owner      internal name of the class or, for a package, the package with a trailing slash
 * @param memberGlob null for a package or class; else the member name, maybe with {@code *}
 */
public record ApiPattern(String owner, String memberGlob) {
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*");
    private static final Pattern MEMBER = Pattern.compile("[\\w$*]+|<init>");

    /**
     * Reads one entry.
     *
     * @throws IllegalArgumentException with a one-line reason naming the expected forms
     */
    public static ApiPattern parse(String text) {
        String entry = text.strip();
        String memberPart = null;
        int hash = entry.indexOf('#');
        if (hash >= 0) {
            memberPart = entry.substring(hash + 1);
            entry = entry.substring(0, hash);
            if (!MEMBER.matcher(memberPart).matches()) {
                throw new IllegalArgumentException(invalid(text));
            }
            if (memberPart.equals("new")) {
                memberPart = "<init>";
            }
        }
        if (entry.endsWith(".*") && memberPart == null) {
            String packageName = entry.substring(0, entry.length() - 2);
            if (!JAVA_NAME.matcher(packageName).matches()) {
                throw new IllegalArgumentException(invalid(text));
            }
            return new ApiPattern(packageName.replace('.', '/') + "/", null);
        }
        if (!JAVA_NAME.matcher(entry).matches() || !entry.contains(".")) {
            throw new IllegalArgumentException(invalid(text));
        }
        return new ApiPattern(entry.replace('.', '/'), memberPart);
    }

    private static String invalid(String text) {
        return "'" + text + "' is not an API entry; write a package (java.util.concurrent.*), a class "
                + "(java.io.StringReader) or a member (java.lang.Thread#sleep)";
    }

    boolean isPackage() {
        return owner.endsWith("/");
    }

    boolean isMember() {
        return memberGlob != null;
    }

    /** Whether the type (internal name) is this package's or this class's, nested classes included. */
    boolean coversType(String internalName) {
        if (isPackage()) {
            return internalName.startsWith(owner) && internalName.indexOf('/', owner.length()) < 0;
        }
        return internalName.equals(owner) || internalName.startsWith(owner + "$");
    }

    boolean matchesMemberName(String name) {
        if (memberGlob.indexOf('*') < 0) {
            return memberGlob.equals(name);
        }
        return name.matches(Pattern.quote(memberGlob).replace("*", "\\E.*\\Q"));
    }

    /** As written in problem.yaml: java.util.concurrent.*, java.io.StringReader, java.lang.Thread#sleep. */
    @Override
    public String toString() {
        if (isPackage()) {
            return owner.substring(0, owner.length() - 1).replace('/', '.') + ".*";
        }
        String type = owner.replace('/', '.');
        if (memberGlob == null) {
            return type;
        }
        return type + "#" + (memberGlob.equals("<init>") ? "new" : memberGlob);
    }
}
