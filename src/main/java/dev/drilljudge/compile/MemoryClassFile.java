package dev.drilljudge.compile;

import javax.tools.SimpleJavaFileObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

/** A class file in memory: written by javac as output, or read by javac from an earlier phase. */
final class MemoryClassFile extends SimpleJavaFileObject {
    private final String binaryName;
    private byte[] bytes;
    private ByteArrayOutputStream pending;

    MemoryClassFile(String binaryName, byte[] bytes) {
        super(URI.create("mem:///classes/" + binaryName.replace('.', '/') + Kind.CLASS.extension), Kind.CLASS);
        this.binaryName = binaryName;
        this.bytes = bytes;
    }

    String binaryName() {
        return binaryName;
    }

    byte[] bytes() {
        if (pending != null) {
            bytes = pending.toByteArray();
            pending = null;
        }
        return bytes;
    }

    @Override
    public InputStream openInputStream() {
        return new ByteArrayInputStream(bytes());
    }

    @Override
    public OutputStream openOutputStream() {
        pending = new ByteArrayOutputStream();
        return pending;
    }
}
