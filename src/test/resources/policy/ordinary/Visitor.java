import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Interfaces with default and static methods, generic methods with bounds, anonymous classes. */
class Visitor {
    interface Expr {
        <R> R accept(ExprVisitor<R> visitor);

        default String show() {
            return accept(new ExprVisitor<>() {
                @Override
                public String number(int value) {
                    return Integer.toString(value);
                }

                @Override
                public String add(Expr left, Expr right) {
                    return "(" + left.show() + " + " + right.show() + ")";
                }
            });
        }

        static Expr of(int value) {
            return new Expr() {
                @Override
                public <R> R accept(ExprVisitor<R> visitor) {
                    return visitor.number(value);
                }
            };
        }
    }

    interface ExprVisitor<R> {
        R number(int value);

        R add(Expr left, Expr right);
    }

    static Expr plus(Expr left, Expr right) {
        return new Expr() {
            @Override
            public <R> R accept(ExprVisitor<R> visitor) {
                return visitor.add(left, right);
            }
        };
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> values) {
        T best = values.get(0);
        for (T value : values) {
            if (value.compareTo(best) > 0) {
                best = value;
            }
        }
        return best;
    }

    static <A, B, C> Function<A, C> compose(Function<A, B> first, Function<B, C> second) {
        return first.andThen(second);
    }

    static <T> T lazy(Supplier<T> supplier, BiFunction<T, T, T> combine) {
        return combine.apply(supplier.get(), supplier.get());
    }
}
