/** One client IP address and how many well-formed requests it made. */
public record IpCount(String ip, long requests) {
}
