class Retrier {
    interface Task { int run() throws Exception; }

    public int call(Task task, int attempts) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return task.run();
            } catch (Exception e) { // expect: BROAD_CATCH
                try {
                    Thread.sleep(100L * attempt); // expect: MAGIC_NUMBER
                } catch (InterruptedException ie) { // expect: SWALLOWED_INTERRUPT
                    // keep retrying
                }
            }
        }
        return -1;
    }
}
