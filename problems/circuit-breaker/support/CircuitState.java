public enum CircuitState {
    CLOSED, OPEN, HALF_OPEN
}
