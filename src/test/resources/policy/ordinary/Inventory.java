import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Enums with fields and abstract methods, EnumMap, custom checked and unchecked exceptions. */
class Inventory {
    enum Category {
        FOOD(0.05) {
            @Override
            String label() {
                return "food";
            }
        },
        TOOLS(0.2) {
            @Override
            String label() {
                return "tools";
            }
        };

        private final double tax;

        Category(double tax) {
            this.tax = tax;
        }

        abstract String label();

        double withTax(double price) {
            return price * (1 + tax);
        }
    }

    static final class OutOfStockException extends Exception {
        OutOfStockException(String item) {
            super("out of stock: " + item);
        }
    }

    private final Map<Category, Integer> stock = new EnumMap<>(Category.class);

    void add(Category category, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive, was " + count);
        }
        stock.merge(Objects.requireNonNull(category, "category"), count, Integer::sum);
    }

    void take(Category category) throws OutOfStockException {
        int left = stock.getOrDefault(category, 0);
        if (left == 0) {
            throw new OutOfStockException(category.label());
        }
        stock.put(category, left - 1);
    }

    static Category parse(String name) {
        try {
            return Category.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new UnsupportedOperationException("no category " + name, unknown);
        }
    }
}
