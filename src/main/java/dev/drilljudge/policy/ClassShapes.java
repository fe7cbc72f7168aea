package dev.drilljudge.policy;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The supertypes and declared members of the submission's own classes (the candidate's and the problem's support
 * classes), read from their class files, so a call through one of them can be traced to the JDK type whose
 * member it reaches: {@code class Tasks extends ArrayList} then {@code tasks.parallelStream()} is the JDK's
 * {@code Collection.parallelStream}.
 */
final class ClassShapes {
    private final Map<String, byte[]> classFiles = new HashMap<>();
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

    /** @param classFiles binary names (a.b.C, a.b.C$D) to class files */
    ClassShapes(Map<String, byte[]> classFiles) {
        classFiles.forEach((name, bytes) -> this.classFiles.put(name.replace('.', '/'), bytes));
    }

    boolean isSubmissionType(String internalName) {
        return classFiles.containsKey(internalName);
    }

    Set<String> internalNames() {
        return classFiles.keySet();
    }

    /** Declared here: a concrete method with this name and descriptor, or a field with this name. */
    boolean declaresConcrete(String internalName, String name, String descriptor, boolean field) {
        Shape shape = shape(internalName);
        return field ? shape.fields().contains(name) : shape.concreteMethods().contains(name + descriptor);
    }

    boolean declaresAbstract(String internalName, String name, String descriptor) {
        return shape(internalName).abstractMethods().contains(name + descriptor);
    }

    /** The JDK (non-submission) types a submission type reaches through its supertypes, transitively. */
    Set<String> jdkSupertypes(String internalName) {
        Set<String> found = new LinkedHashSet<>();
        collectJdkSupertypes(internalName, found, new LinkedHashSet<>());
        return found;
    }

    /** The JDK types any submission type reaches: where an abstract submission method may find its body. */
    Set<String> allJdkSupertypes() {
        Set<String> found = new LinkedHashSet<>();
        for (String internalName : classFiles.keySet()) {
            found.addAll(jdkSupertypes(internalName));
        }
        return found;
    }

    private void collectJdkSupertypes(String internalName, Set<String> found, Set<String> visited) {
        if (!visited.add(internalName)) {
            return;
        }
        for (String supertype : shape(internalName).supertypes()) {
            if (isSubmissionType(supertype)) {
                collectJdkSupertypes(supertype, found, visited);
            } else {
                found.add(supertype);
            }
        }
    }

    private Shape shape(String internalName) {
        return shapes.computeIfAbsent(internalName, name -> read(classFiles.get(name)));
    }

    private static Shape read(byte[] classFile) {
        Shape shape = new Shape(new ArrayList<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        if (classFile == null) {
            return shape;
        }
        try {
            new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    if (superName != null) {
                        shape.supertypes().add(superName);
                    }
                    if (interfaces != null) {
                        shape.supertypes().addAll(List.of(interfaces));
                    }
                }

                @Override
                public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                                               Object value) {
                    shape.fields().add(name);
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    boolean isAbstract = (access & Opcodes.ACC_ABSTRACT) != 0;
                    (isAbstract ? shape.abstractMethods() : shape.concreteMethods()).add(name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException malformed) {
            // The policy reports the malformed class itself; its shape stays empty.
        }
        return shape;
    }

    private record Shape(List<String> supertypes, Set<String> concreteMethods, Set<String> abstractMethods,
                         Set<String> fields) {
    }
}
