import java.util.List;

/** Records, a sealed interface, pattern matching for instanceof, switch expressions. */
class Shapes {
    sealed interface Shape permits Circle, Rect, Square {
    }

    record Circle(double radius) implements Shape {
    }

    record Rect(double width, double height) implements Shape {
        Rect {
            if (width < 0 || height < 0) {
                throw new IllegalArgumentException("negative side: " + width + "x" + height);
            }
        }
    }

    record Square(double side) implements Shape {
    }

    enum Unit { MM, CM, M }

    static double area(Shape shape) {
        if (shape instanceof Circle circle) {
            return Math.PI * circle.radius() * circle.radius();
        } else if (shape instanceof Rect rect) {
            return rect.width() * rect.height();
        } else if (shape instanceof Square square) {
            return Math.pow(square.side(), 2);
        }
        throw new IllegalStateException("unknown shape " + shape);
    }

    static double scale(Unit unit) {
        return switch (unit) {
            case MM -> 0.001;
            case CM -> 0.01;
            case M -> 1;
        };
    }

    static String describe(Object value) {
        return switch (value.getClass().getSimpleName()) {
            case "Circle" -> "round";
            case "Rect", "Square" -> "angular";
            default -> {
                String name = value.toString();
                yield name.isEmpty() ? "?" : name;
            }
        };
    }

    static double total(List<Shape> shapes) {
        return shapes.stream().mapToDouble(Shapes::area).sum();
    }
}
