package dev.drilljudge.debug;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import dev.drilljudge.source.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a fix is measured on: the code as javac reads it (Unicode escapes decoded), printed one statement or
 * declaration per line by JavaParser's pretty printer, without comments, indentation or blank lines, file after file
 * in path order. Re-indenting, re-commenting or adding blank lines is not a change to the code; packing a rewrite
 * into one long line, or behind an escaped line break in a comment, does not make it a one-line change.
 */
public final class CodeLines {
    private CodeLines() {
    }

    public static List<String> of(List<SourceFile> sources) {
        List<String> lines = new ArrayList<>();
        sources.stream().sorted(Comparator.comparing(SourceFile::displayPath)).forEach(source -> {
            lines.add("// file " + source.displayPath());
            // Code that does not parse is compared as it stands: its comments then count as lines.
            String text = UnicodeEscapes.decode(source.content());
            String code = printed(text).orElse(text);
            code.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
        });
        return lines;
    }

    /**
     * The source printed in JavaParser's canonical layout without comments; empty when it does not parse, or when it
     * nests so deep (thousands of parentheses: a parser bomb) that parsing or printing it overflows the stack. Such
     * code is compared as it stands, like code that does not parse, instead of failing the judgement.
     */
    private static Optional<String> printed(String text) {
        try {
            return printedOnThisStack(text);
        } catch (StackOverflowError tooDeep) {
            return Optional.empty();
        }
    }

    private static Optional<String> printedOnThisStack(String text) {
        ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)).parse(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return Optional.empty();
        }
        DefaultPrinterConfiguration layout = new DefaultPrinterConfiguration();
        layout.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));
        layout.removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC));
        return Optional.of(new DefaultPrettyPrinter(layout).print(parsed.getResult().get()));
    }
}
