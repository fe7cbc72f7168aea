import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;

public class Retrier {

    public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random) {
    }

    public <T> T call(Callable<T> operation) throws Exception {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
