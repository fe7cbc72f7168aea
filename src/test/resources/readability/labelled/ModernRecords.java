import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class Inventory {
    record Item(String sku, int quantity) {
        Item {
            if (quantity < 0) {
                throw new IllegalArgumentException("quantity must not be negative: " + quantity);
            }
        }
    }

    public Map<String, Integer> totals(List<Item> items) {
        return items.stream().collect(Collectors.toMap(Item::sku, Item::quantity, Integer::sum));
    }

    public String describe(Object value) {
        return switch (value) {
            case Item item -> item.sku() + " x" + item.quantity();
            case String text -> text;
            default -> "unknown";
        };
    }
}
