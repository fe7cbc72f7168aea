package dev.drilljudge.readability;

/** The four things an Amazon bar raiser reads code for; the JSON keys are part of the contract. */
public enum Category {
    NAMING("naming"),
    EDGE_CASES("edgeCases"),
    MODULARITY("modularity"),
    ERROR_HANDLING("errorHandling");

    private final String jsonKey;

    Category(String jsonKey) {
        this.jsonKey = jsonKey;
    }

    public String jsonKey() {
        return jsonKey;
    }
}
