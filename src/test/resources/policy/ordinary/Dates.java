import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** java.time: parsing, formatting, ChronoUnit arithmetic, DateTimeParseException. */
class Dates {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static Optional<LocalDateTime> parse(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static long daysBetween(String from, String to) {
        return ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    static long epochSeconds(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC);
    }

    static String format(LocalDateTime time) {
        return STAMP.format(time.truncatedTo(ChronoUnit.MINUTES));
    }
}
