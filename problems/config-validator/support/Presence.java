public enum Presence {
    REQUIRED, OPTIONAL
}
