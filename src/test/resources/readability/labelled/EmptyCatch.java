import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

class Lines {
    public int count(String text) {
        int lines = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            while (reader.readLine() != null) {
                lines++;
            }
        } catch (IOException e) {} // expect: EMPTY_CATCH
        return lines;
    }
}
