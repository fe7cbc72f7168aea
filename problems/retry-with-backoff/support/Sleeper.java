/** Waits between attempts. Production code passes {@code Thread::sleep}; tests record the requested delays. */
@FunctionalInterface
public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
}
