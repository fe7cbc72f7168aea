package dev.drilljudge.source;

import dev.drilljudge.BadInputException;

/**
 * A submission that contains a symbolic link. The judge reads only regular files: a link could point a
 * "submission" at the bank's model answer or hidden tests, which CI grading must treat as an attack.
 */
public final class SymbolicLinkException extends BadInputException {
    public SymbolicLinkException(java.nio.file.Path link) {
        super(link + ": is a symbolic link; the judge reads only regular files and folders, copy the file instead");
    }
}
