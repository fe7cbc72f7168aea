import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** BigInteger factorials and string addition, BigDecimal money rounding. */
class BigNumbers {
    static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    static String addStrings(String a, String b) {
        return new BigInteger(a).add(new BigInteger(b)).toString();
    }

    static BigDecimal splitBill(BigDecimal total, int people) {
        return total.divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_EVEN);
    }

    static boolean isProbablePrime(long n) {
        return BigInteger.valueOf(n).isProbablePrime(30);
    }

    static BigInteger modPow(long base, long exp, long mod) {
        return BigInteger.valueOf(base).modPow(BigInteger.valueOf(exp), BigInteger.valueOf(mod));
    }
}
