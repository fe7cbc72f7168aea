package dev.drilljudge.worker.protocol;

import java.util.List;

/** One report from the worker: a type, a sequence number, and string fields whose meaning the type fixes. */
public record Event(EventType type, long sequence, List<String> fields) {
    public Event {
        fields = List.copyOf(fields);
    }

    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
