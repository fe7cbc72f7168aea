package dev.drilljudge.readability.rules;

/** What a declared name names; the naming rules treat each kind by its own conventions and idioms. */
enum NameKind {
    LOCAL("local variable"),
    FOR_INDEX("loop index"),
    FOR_EACH("loop variable"),
    RESOURCE("resource"),
    FIELD("field"),
    CONSTANT("constant"),
    PARAMETER("parameter"),
    LAMBDA_PARAMETER("lambda parameter"),
    CATCH_PARAMETER("exception variable"),
    RECORD_COMPONENT("record component"),
    PATTERN("pattern variable"),
    METHOD("method"),
    TYPE("type");

    private final String description;

    NameKind(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    boolean isVariable() {
        return this != METHOD && this != TYPE;
    }
}
