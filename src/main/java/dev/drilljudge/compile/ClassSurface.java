package dev.drilljudge.compile;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.function.Predicate;

/**
 * What code compiled against a class can see of it: the class file without method bodies, debug information,
 * private methods or the static initialiser. Two class files with the same surface compile the same callers to
 * the same bytecode, the idea behind Gradle's compile avoidance and Bazel's ijar.
 * <p>
 * Private methods can go: a caller outside the class can never select one, so adding a helper or a lambda (a
 * private synthetic method) leaves the surface alone. A private field can hide an inherited one and turn a
 * caller's access into an error, so private fields go only from classes that inherit no fields: those that extend
 * Object and implement nothing. Constant values stay, since callers inline them. Of the InnerClasses entries only
 * the class's own nesting stays: a body that starts using a lambda, a string concatenation or {@code Map.Entry}
 * adds an entry about another class (MethodHandles.Lookup, Map.Entry), which callers never read.
 * <p>
 * {@link #seenBy} narrows the surface further to what a given set of callers can name (see {@link CallerNames}).
 */
final class ClassSurface {
    private static final int SKIPPED_PARTS = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;

    private ClassSurface() {
    }

    static byte[] of(byte[] classFile) {
        return seenBy(classFile, name -> true);
    }

    /**
     * The surface as seen by callers that can only use the members {@code named} accepts: in a concrete class, a
     * field or method of another name is left out (constructors stay). javac selects a member by its name, so a
     * member no caller names cannot change what the callers compile to. Interfaces and abstract classes keep every
     * member: a caller that implements or extends one depends on all its abstract and default methods by their
     * mere existence (a lambda's target method, a missing implementation, conflicting defaults).
     */
    static byte[] seenBy(byte[] classFile, Predicate<String> named) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private boolean inheritsNoFields;
            private boolean membersByName;
            private String className;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                inheritsNoFields = "java/lang/Object".equals(superName) && (interfaces == null || interfaces.length == 0);
                className = name;
                membersByName = (access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) == 0;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
                boolean ownNesting = name.equals(className) || className.equals(outerName)
                        || name.startsWith(className + "$");
                if (ownNesting) {
                    super.visitInnerClass(name, outerName, innerName, access);
                }
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if (inheritsNoFields && (access & Opcodes.ACC_PRIVATE) != 0 || membersByName && !named.test(name)) {
                    return null;
                }
                return super.visitField(access, name, descriptor, signature, value);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                boolean invisible = (access & Opcodes.ACC_PRIVATE) != 0 && !name.equals("<init>");
                boolean unnamed = membersByName && !name.equals("<init>") && !named.test(name);
                if (invisible || unnamed || name.equals("<clinit>")) {
                    return null;
                }
                return super.visitMethod(access, name, descriptor, signature, exceptions);
            }
        }, SKIPPED_PARTS);
        return writer.toByteArray();
    }
}
