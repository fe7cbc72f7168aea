package dev.drilljudge.compile;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps javac's output in memory and offers classes of earlier phases on the class path,
 * so no source or class file ever touches the disk.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, MemoryClassFile> visibleClasses = new LinkedHashMap<>();
    private final Map<String, MemoryClassFile> outputs = new LinkedHashMap<>();

    MemoryFileManager(StandardJavaFileManager standard, Map<String, byte[]> classesOnClassPath) {
        super(standard);
        classesOnClassPath.forEach((name, bytes) -> visibleClasses.put(name, new MemoryClassFile(name, bytes)));
    }

    /** The classes javac wrote, by binary name. */
    Map<String, byte[]> compiledClasses() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        outputs.forEach((name, file) -> classes.put(name, file.bytes()));
        return classes;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) {
        MemoryClassFile file = new MemoryClassFile(className, new byte[0]);
        outputs.put(className, file);
        return file;
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        Iterable<JavaFileObject> standard = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)) {
            return standard;
        }
        List<JavaFileObject> combined = new ArrayList<>();
        for (MemoryClassFile file : visibleClasses.values()) {
            if (isInPackage(file.binaryName(), packageName, recurse)) {
                combined.add(file);
            }
        }
        standard.forEach(combined::add);
        return combined;
    }

    private static boolean isInPackage(String binaryName, String packageName, boolean recurse) {
        int lastDot = binaryName.lastIndexOf('.');
        String classPackage = lastDot < 0 ? "" : binaryName.substring(0, lastDot);
        return classPackage.equals(packageName) || (recurse && classPackage.startsWith(packageName + "."));
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        if (file instanceof MemoryClassFile memoryClass) {
            return memoryClass.binaryName();
        }
        return super.inferBinaryName(location, file);
    }

    @Override
    public boolean isSameFile(FileObject first, FileObject second) {
        return first.toUri().equals(second.toUri());
    }

    /** The standard manager underneath is shared across phases and compilations: it stays open. */
    @Override
    public void close() {
        outputs.values().forEach(MemoryClassFile::bytes);
    }

    @Override
    public boolean hasLocation(JavaFileManager.Location location) {
        return location != StandardLocation.ANNOTATION_PROCESSOR_PATH && super.hasLocation(location);
    }
}
