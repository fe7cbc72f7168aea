class Parameters {
    private final int width;

    Parameters(int width, int height, int depth, int margin, int padding, int border) { // expect: PARAMETERS "the constructor of `Parameters` at line 4 takes 6 parameters (limit 5)"
        this.width = width + height + depth + margin + padding + border;
    }

    int volume(int width, int height, int depth, int margin, int padding) {
        return width * height * depth + margin + padding;
    }

    int area(int left, int top, int right, int bottom, int scale, int offset) { // expect: PARAMETERS
        return (right - left) * (bottom - top) * scale + offset;
    }

    record Box(int width, int height, int depth, int margin, int padding, int border) {
    }
}
