package dev.drilljudge.app;

import dev.drilljudge.BadInputException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code --shard K/N}: the K-th of N parts of a cohort (1-based), chosen by student name so that a student stays
 * in the same shard however the cohort grows or is listed. A student belongs to shard
 * {@code 1 + (first 8 bytes of SHA-256(UTF-8 name), as an unsigned big-endian integer) mod N}.
 */
public record CohortShard(int index, int count) {
    public static final CohortShard ALL = new CohortShard(1, 1);

    public CohortShard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not K/N with 1 <= K <= N");
        }
    }

    /** Parses "K/N", e.g. "2/4"; anything else is bad input naming the option. */
    public static CohortShard parse(String text) {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].strip());
                int count = Integer.parseInt(parts[1].strip());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new CohortShard(index, count);
                }
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new BadInputException("--shard " + text + ": give K/N with 1 <= K <= N, e.g. --shard 1/4");
    }

    public boolean contains(String student) {
        return shardOf(student, count) == index;
    }

    /** The 1-based shard of {@code student} among {@code count}: stable across runs, machines and JDKs. */
    public static int shardOf(String student, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(student.getBytes(StandardCharsets.UTF_8));
            long prefix = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
            return (int) Long.remainderUnsigned(prefix, count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
