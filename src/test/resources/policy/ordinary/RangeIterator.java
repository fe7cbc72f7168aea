import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Iterator and Iterable implementations, a flattening iterator, and a sequential stream over an Iterable. */
class RangeIterator implements Iterable<Integer> {
    private final int from;
    private final int to;

    RangeIterator(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public Integer next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("range exhausted at " + to);
                }
                return next++;
            }
        };
    }

    Stream<Integer> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    static <T> Iterator<T> flatten(Iterator<Iterator<T>> outer) {
        return new Iterator<T>() {
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && outer.hasNext()) {
                    current = outer.next();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    static Stream<Integer> sequential(Iterator<Integer> iterator) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
