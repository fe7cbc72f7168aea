import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Scanner;

/** Competitive-programming I/O: Scanner and BufferedReader on System.in, PrintWriter on System.out. */
class StdinReader {
    static long sumOfStdin() {
        Scanner scanner = new Scanner(System.in, StandardCharsets.UTF_8);
        long sum = 0;
        while (scanner.hasNextLong()) {
            sum += scanner.nextLong();
        }
        return sum;
    }

    static int countLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            return (int) reader.lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int countLines(String text) throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader(text));
        int lines = 0;
        while (reader.readLine() != null) {
            lines++;
        }
        return lines;
    }

    static void print(int[] values) {
        PrintWriter out = new PrintWriter(System.out);
        for (int value : values) {
            out.print(value);
            out.print(' ');
        }
        out.println();
        out.flush();
        System.out.println("done");
        System.err.printf("%d values%n", values.length);
    }
}
