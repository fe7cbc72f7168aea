package dev.drilljudge.session;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What drills.json holds: open drills, and while a mock round is open, the round and all its drills.
 * Drills outside a round leave the state when they close (the history keeps them).
 *
 * @param round         the open mock round, or null
 * @param lastHandedOut per problem id, the fingerprint of the seeded bug its last debug drill handed out, so the
 *                      next one differs
 */
public record SessionState(List<Drill> drills, MockRound round,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> lastHandedOut) {
    public static final SessionState EMPTY = new SessionState(List.of(), null, Map.of());

    public SessionState {
        drills = List.copyOf(drills == null ? List.of() : drills);
        lastHandedOut = Map.copyOf(lastHandedOut == null ? Map.of() : lastHandedOut);
    }

    public SessionState(List<Drill> drills, MockRound round) {
        this(drills, round, Map.of());
    }

    /** Remembers the seeded bug a debug drill handed out for the problem. */
    public SessionState withHandedOut(String problemId, String fingerprint) {
        Map<String, String> updated = new TreeMap<>(lastHandedOut);
        updated.put(problemId, fingerprint);
        return new SessionState(drills, round, updated);
    }

    public Optional<Drill> openDrill(String problemId) {
        return drills.stream().filter(Drill::isOpen).filter(drill -> drill.problem().equals(problemId)).findFirst();
    }

    public List<Drill> openDrills() {
        return drills.stream().filter(Drill::isOpen).toList();
    }

    /** The drills of the open round, in the round's problem order. */
    public List<Drill> roundDrills() {
        if (round == null) {
            return List.of();
        }
        List<Drill> inOrder = new ArrayList<>();
        for (String problem : round.problems()) {
            drills.stream().filter(drill -> round.id().equals(drill.round()) && drill.problem().equals(problem))
                    .findFirst().ifPresent(inOrder::add);
        }
        return inOrder;
    }

    /** Replaces the drill with the same id, or adds it. */
    public SessionState with(Drill drill) {
        List<Drill> updated = new ArrayList<>();
        boolean replaced = false;
        for (Drill existing : drills) {
            if (existing.id().equals(drill.id())) {
                updated.add(drill);
                replaced = true;
            } else {
                updated.add(existing);
            }
        }
        if (!replaced) {
            updated.add(drill);
        }
        return new SessionState(updated, round, lastHandedOut);
    }

    public SessionState without(Drill drill) {
        return new SessionState(drills.stream().filter(existing -> !existing.id().equals(drill.id())).toList(), round,
                lastHandedOut);
    }

    public SessionState withRound(MockRound newRound) {
        return new SessionState(drills, newRound, lastHandedOut);
    }

    /** Drops the round and its drills: the history now holds them. */
    public SessionState withoutRound() {
        if (round == null) {
            return this;
        }
        return new SessionState(drills.stream().filter(drill -> !round.id().equals(drill.round())).toList(), null,
                lastHandedOut);
    }
}
