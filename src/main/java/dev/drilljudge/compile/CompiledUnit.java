package dev.drilljudge.compile;

import java.util.List;
import java.util.Map;

/**
 * The class files of one judgement, by binary name, kept apart by trust.
 *
 * @param candidateClasses untrusted: checked by the bytecode policy, loaded in the candidate's class loader
 * @param supportClasses   the problem's helper classes, loaded beside the candidate's
 * @param testClasses      loaded in a child loader the candidate's code cannot see
 * @param notes            one-line remarks for the candidate, e.g. a package line that was ignored
 */
public record CompiledUnit(Map<String, byte[]> candidateClasses, Map<String, byte[]> supportClasses,
                           Map<String, byte[]> testClasses, List<String> notes) {
    public CompiledUnit {
        candidateClasses = Map.copyOf(candidateClasses);
        supportClasses = Map.copyOf(supportClasses);
        testClasses = Map.copyOf(testClasses);
        notes = List.copyOf(notes);
    }

    /** Top-level test classes (no '$'), the ones JUnit is asked to run. */
    public List<String> testClassNames() {
        return testClasses.keySet().stream().filter(name -> !name.contains("$")).sorted().toList();
    }
}
