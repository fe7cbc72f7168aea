package dev.drilljudge.policy;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a candidate class file for forbidden API references, before anything runs (in the judge) and again
 * when the worker's class loader defines the class. Checking bytecode rather than source catches every
 * spelling: imports, fully qualified names, method references and inherited calls.
 */
public final class BytecodePolicy {
    private static final int ASM_API = Opcodes.ASM9;

    private final ApiCatalog catalog;

    private BytecodePolicy(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    public static BytecodePolicy forSubmission(boolean allowThreads) {
        return new BytecodePolicy(ApiCatalog.forSubmission(allowThreads));
    }

    /** Every forbidden reference in the class, in the order they appear; empty when the class is clean. */
    public List<PolicyViolation> check(String className, byte[] classBytes) {
        Scanner scanner = new Scanner(className);
        try {
            new ClassReader(classBytes).accept(scanner, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException malformed) {
            scanner.violations.add(new PolicyViolation(className, className, 0, "malformed class file",
                    "class files the compiler did not produce"));
        }
        return scanner.violations;
    }

    private final class Scanner extends ClassVisitor {
        private final List<PolicyViolation> violations = new ArrayList<>();
        private final String className;
        private String sourceFile;

        Scanner(String className) {
            super(ASM_API);
            this.className = className;
            this.sourceFile = className;
        }

        private final List<String> supertypes = new ArrayList<>();

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            if (superName != null) {
                supertypes.add(superName);
            }
            if (interfaces != null) {
                supertypes.addAll(List.of(interfaces));
            }
        }

        /** Supertypes are checked last, once visitSource has named the file, and listed first. */
        @Override
        public void visitEnd() {
            List<PolicyViolation> memberViolations = new ArrayList<>(violations);
            violations.clear();
            supertypes.forEach(supertype -> checkType(supertype, 0));
            violations.addAll(memberViolations);
        }

        @Override
        public void visitSource(String source, String debug) {
            if (source != null) {
                sourceFile = source;
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                violations.add(new PolicyViolation(className, sourceFile, 0, "native method " + name,
                        "class loaders, native code and JVM internals"));
            }
            return new MethodScanner(this);
        }

        void checkType(String internalName, int line) {
            record(catalog.forbiddenReason(elementType(internalName), null, null), elementType(internalName), line);
        }

        void checkMember(String owner, String name, String descriptor, int line) {
            String type = elementType(owner);
            record(catalog.forbiddenReason(type, name, descriptor), type + "." + name, line);
        }

        private void record(Optional<String> reason, String internalApi, int line) {
            reason.ifPresent(why -> violations.add(
                    new PolicyViolation(className, sourceFile, line, internalApi.replace('/', '.'), why)));
        }

        /** Arrays of a type reference the type: [Ljava/io/File; is java/io/File. */
        private static String elementType(String internalName) {
            String type = internalName;
            while (type.startsWith("[")) {
                type = type.substring(1);
            }
            if (type.startsWith("L") && type.endsWith(";")) {
                type = type.substring(1, type.length() - 1);
            }
            return type;
        }
    }

    private static final class MethodScanner extends MethodVisitor {
        private final Scanner owner;
        private int currentLine;

        MethodScanner(Scanner owner) {
            super(ASM_API);
            this.owner = owner;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            currentLine = line;
        }

        @Override
        public void visitMethodInsn(int opcode, String type, String name, String descriptor, boolean isInterface) {
            owner.checkMember(type, name, descriptor, currentLine);
        }

        @Override
        public void visitFieldInsn(int opcode, String type, String name, String descriptor) {
            owner.checkMember(type, name, descriptor, currentLine);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            owner.checkType(type, currentLine);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            owner.checkType(descriptor, currentLine);
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Handle handle) {
                checkHandle(handle);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            // The bootstrap (LambdaMetafactory, StringConcatFactory, ObjectMethods) is javac's; the method a
            // lambda or method reference points at is the candidate's choice and must be checked.
            for (Object argument : arguments) {
                if (argument instanceof Handle handle) {
                    checkHandle(handle);
                }
            }
        }

        private void checkHandle(Handle handle) {
            owner.checkMember(handle.getOwner(), handle.getName(), handle.getDesc(), currentLine);
        }
    }
}
