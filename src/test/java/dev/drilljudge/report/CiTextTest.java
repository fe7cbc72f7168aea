package dev.drilljudge.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CiTextTest {
    @Test
    void aNameWithNewlinesNeverStartsALogLine() {
        assertThat(CiText.line("evil\n::error title=pwned::owned\r\n::set-output name=x::1"))
                .isEqualTo("evil\\n::error title=pwned::owned\\r\\n::set-output name=x::1");
    }

    @Test
    void aWorkflowCommandOpeningALineIsBrokenUp() {
        assertThat(CiText.line("::error file=a.java::forged")).isEqualTo(": :error file=a.java::forged");
        assertThat(CiText.line("   ::add-mask::secret")).isEqualTo("   : :add-mask::secret");
    }

    @Test
    void azureAndLegacyMarkersAreBrokenUpAnywhere() {
        assertThat(CiText.line("result ##vso[task.setvariable variable=x]1 and ##[error]boom"))
                .isEqualTo("result # #vso[task.setvariable variable=x]1 and # #[error]boom");
        assertThat(CiText.line("##VSO[task.complete result=Succeeded]")).isEqualTo("# #VSO[task.complete result=Succeeded]");
    }

    @Test
    void otherControlCharactersAreEscapedAndTabsKept() {
        assertThat(CiText.line("a\u001b[31mred\u0000\u2028b\tc")).isEqualTo("a\\u001b[31mred\\u0000\\u2028b\tc");
    }

    @Test
    void multiLineTextKeepsItsLinesButNeutralisesEach() {
        assertThat(CiText.lines("ok\n::error::forged\n##vso[x]")).isEqualTo("ok\n: :error::forged\n# #vso[x]");
    }

    @Test
    void markdownCodeSpansSurviveBackticksAndNewlines() {
        assertThat(Markdown.code("a`b\n::error::x")).isEqualTo("``a`b\\n::error::x``");
        assertThat(Markdown.code("`x`")).isEqualTo("`` `x` ``");
    }
}
