class TimeMap {

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public String get(String key, int timestamp) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
