class Router {
    public String route(String method, String path) {
        if (method == "GET" && path.startsWith("/health")) { // expect: STRING_IDENTITY
            return "ok";
        }
        if (method.equals("POST")) {
            return "created";
        }
        return "not found";
    }
}
