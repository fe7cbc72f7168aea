package dev.drilljudge.compile;

import dev.drilljudge.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CallerNamesTest {
    @Test
    void everyIdentifierOfTheTestsAndTheMembersJavacCallsUnnamed() {
        SourceFile test = new SourceFile("AdderTest.java", """
                class AdderTest {
                    @Test void adds() { assertEquals(3, new Adder().\\u0061dd(1, 2)); } // total
                }
                """);

        assertThat(CallerNames.of(List.of(test))).containsExactlyInAnyOrder("class", "AdderTest", "Test", "void",
                "adds", "assertEquals", "new", "Adder", "u0061dd", "add", "total",
                "close", "iterator", "hasNext", "next", "values", "valueOf", "ordinal");
    }
}
