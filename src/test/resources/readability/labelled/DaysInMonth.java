class Calendar {
    public int daysIn(int month, boolean leapYear) {
        int[] lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (month == 2 && leapYear) {
            return 29;
        }
        return lengths[month - 1];
    }

    public int minutesIn(int hours) {
        int minutesPerHour = 60;
        return hours * minutesPerHour;
    }
}
