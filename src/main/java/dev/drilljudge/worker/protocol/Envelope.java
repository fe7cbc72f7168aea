package dev.drilljudge.worker.protocol;

/**
 * An event with its place in the worker's sequence: the judge accepts only the next number, so a replayed or
 * dropped line cannot pass for a report.
 */
public record Envelope(long sequence, Event event) {
}
