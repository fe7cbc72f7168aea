package dev.drilljudge.policy;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one candidate class file and records every reference the profile refuses: supertypes, annotations,
 * declared field and method types and generic signatures, thrown and caught types, and in method bodies every
 * type, field, method, class constant, method handle and invokedynamic bootstrap with its static arguments.
 */
final class ReferenceScanner extends ClassVisitor {
    static final int ASM_API = Opcodes.ASM9;

    /** The bootstraps javac emits: lambdas and method references, string concatenation, records, pattern switch. */
    private static final Set<String> JAVAC_BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcat",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/runtime/ObjectMethods.bootstrap",
            "java/lang/runtime/SwitchBootstraps.typeSwitch", "java/lang/runtime/SwitchBootstraps.enumSwitch");

    private final String className;
    private final ApiProfile profile;
    private final ClassShapes shapes;
    private final Set<Finding> findings = new LinkedHashSet<>();
    private String sourceFile;

    private record Finding(int line, String api, String reason) {
    }

    ReferenceScanner(String className, ApiProfile profile, ClassShapes shapes) {
        super(ASM_API);
        this.className = className;
        this.profile = profile;
        this.shapes = shapes;
        this.sourceFile = className;
    }

    List<PolicyViolation> violations() {
        List<PolicyViolation> violations = new ArrayList<>();
        for (Finding finding : findings) {
            violations.add(new PolicyViolation(className, sourceFile, finding.line(), finding.api(), finding.reason()));
        }
        return violations;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        if (superName != null) {
            checkSupertype(superName);
        }
        if (interfaces != null) {
            for (String implemented : interfaces) {
                checkSupertype(implemented);
            }
        }
        checkSignature(signature, 0);
    }

    @Override
    public void visitSource(String source, String debug) {
        if (source != null) {
            sourceFile = source;
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return annotation(descriptor, 0);
    }

    @Override
    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor, boolean visible) {
        return annotation(descriptor, 0);
    }

    @Override
    public void visitPermittedSubclass(String permittedSubclass) {
        checkType(permittedSubclass, 0);
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
        checkDescriptor(descriptor, 0);
        checkSignature(signature, 0);
        return new RecordComponentVisitor(ASM_API) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return annotation(annotation, 0);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation,
                                                         boolean visible) {
                return annotation(annotation, 0);
            }
        };
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        checkDescriptor(descriptor, 0);
        checkSignature(signature, 0);
        return new FieldVisitor(ASM_API) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                return annotation(annotation, 0);
            }

            @Override
            public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String annotation,
                                                         boolean visible) {
                return annotation(annotation, 0);
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        if ((access & Opcodes.ACC_NATIVE) != 0) {
            record(0, "native method " + name, "native code runs outside every check");
        }
        if (name.equals("finalize") && descriptor.equals("()V") && !profile.allowThreads()) {
            record(0, "java.lang.Object.finalize", JdkProfiles.THREADS);
        }
        checkDescriptor(descriptor, 0);
        checkSignature(signature, 0);
        if (exceptions != null) {
            for (String thrown : exceptions) {
                checkType(thrown, 0);
            }
        }
        return new MethodScanner();
    }

    // --- the checks -------------------------------------------------------------------------------------------

    private void record(int line, String api, String reason) {
        findings.add(new Finding(line, api, reason));
    }

    private void record(int line, ApiProfile.Refusal refusal) {
        record(line, refusal.api(), refusal.reason());
    }

    /** A supertype must be usable in full: TYPE_ONLY classes (Class, System, Thread without threads) are not. */
    private void checkSupertype(String type) {
        if (shapes.isSubmissionType(type)) {
            return;
        }
        if (profile.typeAccess(type) != ApiProfile.TypeAccess.FULL) {
            record(0, ApiProfile.dotted(type), profile.typeReason(type));
        }
    }

    /** A type named anywhere: an internal name or an array descriptor. */
    private void checkType(String typeOrArray, int line) {
        Type type = typeOrArray.startsWith("[") ? Type.getType(typeOrArray) : Type.getObjectType(typeOrArray);
        checkType(type, line);
    }

    private void checkType(Type type, int line) {
        Type element = type.getSort() == Type.ARRAY ? type.getElementType() : type;
        if (element.getSort() != Type.OBJECT) {
            return;
        }
        String internalName = element.getInternalName();
        if (shapes.isSubmissionType(internalName)) {
            return;
        }
        if (profile.typeAccess(internalName) == ApiProfile.TypeAccess.NONE) {
            record(line, ApiProfile.dotted(internalName), profile.typeReason(internalName));
        }
    }

    /** Every type in a field or method descriptor. */
    private void checkDescriptor(String descriptor, int line) {
        if (descriptor.startsWith("(")) {
            for (Type argument : Type.getArgumentTypes(descriptor)) {
                checkType(argument, line);
            }
            checkType(Type.getReturnType(descriptor), line);
        } else {
            checkType(Type.getType(descriptor), line);
        }
    }

    private void checkSignature(String signature, int line) {
        if (signature == null) {
            return;
        }
        try {
            new SignatureReader(signature).accept(new SignatureVisitor(ASM_API) {
                @Override
                public void visitClassType(String name) {
                    checkType(name, line);
                }
            });
        } catch (RuntimeException malformed) {
            record(line, "a malformed generic signature", "only class files the compiler produced are run");
        }
    }

    /**
     * A field or method reference. Members of the submission's own classes are allowed when declared there; a
     * member they inherit from the JDK is checked against the JDK types they extend.
     */
    private void checkMember(String owner, String name, String descriptor, boolean field, int line) {
        Type ownerType = owner.startsWith("[") ? Type.getType(owner) : Type.getObjectType(owner);
        if (ownerType.getSort() == Type.ARRAY) {
            checkType(ownerType, line); // clone() and length of an array: the element type decides
            return;
        }
        if (shapes.isSubmissionType(owner)) {
            checkSubmissionMember(owner, name, descriptor, field, line);
            return;
        }
        Optional<ApiProfile.Refusal> refusal = profile.checkMember(owner, name, descriptor);
        if (refusal.isPresent()) {
            record(line, refusal.get());
            return;
        }
        if (!field && !profile.isExplicitlyAllowedMember(owner, name)) {
            // new Scanner(File), new PrintStream(File): an allowed class, a refused argument type.
            for (Type argument : Type.getArgumentTypes(descriptor)) {
                checkType(argument, line);
            }
        }
    }

    private void checkSubmissionMember(String owner, String name, String descriptor, boolean field, int line) {
        if (shapes.declaresConcrete(owner, name, descriptor, field)) {
            return;
        }
        // An abstract method of the submission may be implemented by a method a submission class inherits from
        // the JDK, so check against every JDK type the submission extends; an inherited one against the owner's.
        Set<String> jdkTypes = !field && shapes.declaresAbstract(owner, name, descriptor)
                ? shapes.allJdkSupertypes() : shapes.jdkSupertypes(owner);
        for (String jdkType : jdkTypes) {
            Optional<ApiProfile.Refusal> refusal = profile.checkInheritedMember(jdkType, name, descriptor);
            if (refusal.isPresent()) {
                record(line, refusal.get());
                return;
            }
        }
    }

    private void checkHandle(Handle handle, int line) {
        boolean field = handle.getTag() <= Opcodes.H_PUTSTATIC;
        checkMember(handle.getOwner(), handle.getName(), handle.getDesc(), field, line);
    }

    private void checkConstant(Object constant, int line) {
        if (constant instanceof Type type) {
            if (type.getSort() == Type.METHOD) {
                checkDescriptor(type.getDescriptor(), line);
            } else {
                checkType(type, line);
            }
        } else if (constant instanceof Handle handle) {
            checkHandle(handle, line);
        } else if (constant instanceof ConstantDynamic dynamic) {
            checkBootstrap(dynamic.getBootstrapMethod(), line);
            checkDescriptor(dynamic.getDescriptor(), line);
            for (int index = 0; index < dynamic.getBootstrapMethodArgumentCount(); index++) {
                checkConstant(dynamic.getBootstrapMethodArgument(index), line);
            }
        }
    }

    private void checkBootstrap(Handle bootstrap, int line) {
        String key = bootstrap.getOwner() + "." + bootstrap.getName();
        if (!JAVAC_BOOTSTRAPS.contains(key)) {
            record(line, ApiProfile.dotted(key), "only the bootstraps javac emits are allowed");
        }
    }

    private AnnotationVisitor annotation(String descriptor, int line) {
        checkDescriptor(descriptor, line);
        return new AnnotationScanner(line);
    }

    private final class AnnotationScanner extends AnnotationVisitor {
        private final int line;

        AnnotationScanner(int line) {
            super(ASM_API);
            this.line = line;
        }

        @Override
        public void visit(String name, Object value) {
            if (value instanceof Type type) {
                checkType(type, line);
            }
        }

        @Override
        public void visitEnum(String name, String descriptor, String value) {
            checkDescriptor(descriptor, line);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String name, String descriptor) {
            return annotation(descriptor, line);
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            return this;
        }
    }

    /**
     * The references in one method body, with the line each is on. It also proves the one case where a value
     * matters: a StreamSupport call whose {@code parallel} argument is the constant false is sequential.
     */
    private final class MethodScanner extends MethodVisitor {
        private int line;
        private boolean lastPushedFalse;
        private final List<Label> labelsSinceFalse = new ArrayList<>();
        private final Set<Label> jumpTargets = new HashSet<>();
        private final List<DeferredCall> sequentialCalls = new ArrayList<>();
        /** Catch types by handler, checked at the handler's line (try-catch blocks come before the code). */
        private final Map<Label, List<String>> catchTypes = new HashMap<>();
        private Label handlerStart;

        /** A StreamSupport call preceded by false; refused after all if a jump lands between the two. */
        private record DeferredCall(String owner, String name, String descriptor, int line,
                                    List<Label> labelsBetween) {
        }

        MethodScanner() {
            super(ASM_API);
        }

        private void instruction() {
            if (handlerStart != null) {
                List<String> caught = catchTypes.remove(handlerStart);
                if (caught != null) {
                    caught.forEach(type -> checkType(type, line));
                }
                handlerStart = null;
            }
            lastPushedFalse = false;
            labelsSinceFalse.clear();
        }

        @Override
        public void visitLineNumber(int lineNumber, Label start) {
            line = lineNumber;
            List<String> caught = catchTypes.remove(start);
            if (caught != null) {
                caught.forEach(type -> checkType(type, lineNumber));
            }
        }

        @Override
        public void visitLabel(Label label) {
            labelsSinceFalse.add(label);
            if (catchTypes.containsKey(label)) {
                handlerStart = label;
            }
        }

        @Override
        public void visitInsn(int opcode) {
            instruction();
            lastPushedFalse = opcode == Opcodes.ICONST_0;
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            instruction();
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            instruction();
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            instruction();
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            instruction();
            jumpTargets.add(label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt,
                                         Label... labels) {
            instruction();
            jumpTargets.add(dflt);
            jumpTargets.addAll(List.of(labels));
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            instruction();
            jumpTargets.add(dflt);
            jumpTargets.addAll(List.of(labels));
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end,
                                       Label handler, String type) {
            jumpTargets.add(handler);
            if (type != null) {
                catchTypes.computeIfAbsent(handler, label -> new ArrayList<>()).add(type);
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            instruction();
            checkType(type, line);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
            instruction();
            checkDescriptor(descriptor, line);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            instruction();
            checkMember(owner, name, descriptor, true, line);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            boolean sequential = lastPushedFalse && owner.equals("java/util/stream/StreamSupport")
                    && endsWithBoolean(descriptor);
            List<Label> between = List.copyOf(labelsSinceFalse);
            instruction();
            if (sequential) {
                sequentialCalls.add(new DeferredCall(owner, name, descriptor, line, between));
                return;
            }
            checkMember(owner, name, descriptor, false, line);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            instruction();
            checkBootstrap(bootstrap, line);
            checkDescriptor(descriptor, line);
            for (Object argument : arguments) {
                checkConstant(argument, line);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            instruction();
            checkConstant(value, line);
        }

        @Override
        public void visitLocalVariable(String name, String descriptor, String signature,
                                       Label start, Label end, int index) {
            checkDescriptor(descriptor, 0);
            checkSignature(signature, 0);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return annotation(descriptor, 0);
        }

        @Override
        public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
            return annotation(descriptor, 0);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
                                                     boolean visible) {
            return annotation(descriptor, 0);
        }

        @Override
        public AnnotationVisitor visitInsnAnnotation(int typeRef, TypePath typePath, String descriptor,
                                                     boolean visible) {
            return annotation(descriptor, line);
        }

        @Override
        public AnnotationVisitor visitTryCatchAnnotation(int typeRef, TypePath typePath, String descriptor,
                                                         boolean visible) {
            return annotation(descriptor, line);
        }

        @Override
        public AnnotationVisitor visitLocalVariableAnnotation(int typeRef, TypePath typePath,
                                                              Label[] start,
                                                              Label[] end, int[] index,
                                                              String descriptor, boolean visible) {
            return annotation(descriptor, line);
        }

        @Override
        public AnnotationVisitor visitAnnotationDefault() {
            return new AnnotationScanner(0);
        }

        @Override
        public void visitEnd() {
            catchTypes.values().forEach(types -> types.forEach(type -> checkType(type, 0)));
            for (DeferredCall call : sequentialCalls) {
                if (call.labelsBetween().stream().anyMatch(jumpTargets::contains)) {
                    checkMember(call.owner(), call.name(), call.descriptor(), false, call.line());
                }
            }
        }

        private static boolean endsWithBoolean(String descriptor) {
            Type[] arguments = Type.getArgumentTypes(descriptor);
            return arguments.length > 0 && arguments[arguments.length - 1].getSort() == Type.BOOLEAN;
        }
    }
}
