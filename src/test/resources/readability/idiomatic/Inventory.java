package shop.inventory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Idiomatic modern Java that must produce no findings: the false-positive guard of the rules. */
public final class Inventory {
    private static final int RESTOCK_LEVEL = 5;

    private final Map<Category, List<Item>> itemsByCategory = new EnumMap<>(Category.class);

    public enum Category {
        BOOKS("Books"), GAMES("Games");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public sealed interface Event permits Added, Removed {
        String sku();

        default boolean isFor(String otherSku) {
            return sku().equals(otherSku);
        }
    }

    public record Added(String sku, int quantity) implements Event {
        public Added {
            Objects.requireNonNull(sku, "sku");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }
    }

    public record Removed(String sku) implements Event {
    }

    public record Item(String sku, Category category, int quantity) {
    }

    static final class Node<T extends Comparable<T>> {
        private final T value;
        private Node<T> next;

        Node(T value) {
            this.value = value;
        }

        T value() {
            return value;
        }

        Node<T> next() {
            return next;
        }
    }

    public void add(Item item) {
        Objects.requireNonNull(item, "item");
        itemsByCategory.computeIfAbsent(item.category(), category -> new ArrayList<>()).add(item);
    }

    public void add(List<Item> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        items.forEach(this::add);
    }

    public List<Item> lowStock() {
        return itemsByCategory.values().stream()
                .flatMap(List::stream)
                .filter(item -> item.quantity() < RESTOCK_LEVEL)
                .sorted(Comparator.comparing(Item::sku))
                .collect(Collectors.toList());
    }

    public Optional<Item> find(String sku) {
        if (sku == null || sku.isBlank()) {
            return Optional.empty();
        }
        for (List<Item> items : itemsByCategory.values()) {
            for (Item item : items) {
                if (item.sku().equals(sku)) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    public String describe(Event event) {
        Objects.requireNonNull(event, "event");
        return switch (event) {
            case Added added -> "added " + added.quantity() + " of " + added.sku();
            case Removed removed -> "removed " + removed.sku();
        };
    }

    public String describe(Object value) {
        if (value instanceof Item item && item.quantity() > 0) {
            return item.sku();
        }
        var fallback = """
                unknown value
                """;
        return fallback.strip();
    }

    public Predicate<Item> inCategory(Category category) {
        return new Predicate<>() {
            @Override
            public boolean test(Item item) {
                return item.category() == category;
            }
        };
    }

    public int totalQuantity() {
        int total = 0;
        for (List<Item> items : itemsByCategory.values()) {
            for (int index = 0; index < items.size(); index++) {
                total += items.get(index).quantity();
            }
        }
        return total;
    }

    public static void main(String[] args) {
        Inventory inventory = new Inventory();
        inventory.add(new Item("book-1", Category.BOOKS, 1));
        for (String arg : args) {
            System.out.println(arg);
        }
        inventory.lowStock().forEach(item -> System.out.println(item.sku()));
    }
}
