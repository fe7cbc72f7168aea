package dev.drilljudge.report.problem;

import dev.drilljudge.report.Markdown;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * A problem statement's Markdown as HTML (CommonMark with GitHub's tables). Raw HTML in the Markdown is escaped
 * and link targets are sanitised, so a statement can never put a script into the page that shows it.
 */
public final class StatementHtml {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private StatementHtml() {
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
