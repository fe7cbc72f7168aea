package dev.drilljudge.source;

import dev.drilljudge.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceTreesTest {
    @TempDir
    Path folder;

    @Test
    void readsAFolderRecursivelyWithRelativeNamesAndSkipsDotFolders() throws IOException {
        Files.createDirectories(folder.resolve("com/example"));
        Files.createDirectories(folder.resolve(".judge"));
        Files.writeString(folder.resolve("Solution.java"), "class Solution {}");
        Files.writeString(folder.resolve("com/example/Helper.java"), "package com.example; class Helper {}");
        Files.writeString(folder.resolve(".judge/Stale.java"), "class Stale {}");
        Files.writeString(folder.resolve("notes.txt"), "not java");

        assertThat(SourceTrees.read(folder)).extracting(SourceFile::displayPath)
                .containsExactly("Solution.java", "com/example/Helper.java");
    }

    @Test
    void missingPathAndWrongExtensionAreBadInput() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "x");

        assertThatThrownBy(() -> SourceTrees.read(folder.resolve("nope"))).isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("nope: no such file or folder; give a .java file or a folder of them");
        assertThatThrownBy(() -> SourceTrees.read(text)).hasMessageEndingWith("not a .java file; give a .java file "
                + "or a folder of them");
    }

    @Test
    void symbolicLinksAreRefusedWhereverTheyAre() throws IOException {
        Path target = Files.writeString(folder.resolve("Real.java"), "class Real {}");
        Path inside = Files.createDirectories(folder.resolve("submission"));
        Files.createSymbolicLink(inside.resolve("Linked.java"), target);
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("linked-folder"), inside);

        assertThatThrownBy(() -> SourceTrees.read(inside)).isInstanceOf(SymbolicLinkException.class)
                .hasMessageContaining("Linked.java: is a symbolic link");
        assertThatThrownBy(() -> SourceTrees.read(linkedFolder)).isInstanceOf(SymbolicLinkException.class);
    }

    @Test
    void nonUtf8IsBadInput() throws IOException {
        Path latin1 = Files.write(folder.resolve("Latin.java"), new byte[] {'c', 'l', (byte) 0xE9});

        assertThatThrownBy(() -> SourceTrees.read(latin1)).hasMessageEndingWith("not UTF-8 text; save the file as UTF-8");
    }
}
