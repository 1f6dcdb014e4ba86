package io.gongkai.inquiry.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The applicant's secret: 20 random characters of a 32-letter alphabet (100 bits), shown once, stored
 * as SHA-256. A fast hash is right for a random secret of this size; a slow one would only cap intake.
 */
public final class AccessCodes {

    // Crockford's base32: no I, L, O, U; codes are read off paper and typed on phones, so O reads as 0, I and L as 1
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {
    }

    /** A new code, XXXXX-XXXXX-XXXXX-XXXXX. */
    public static String generate() {
        StringBuilder code = new StringBuilder(23);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(32)]);
        }
        return code.toString();
    }

    /** The stored form: SHA-256 of the code without dashes and spaces, upper case. */
    public static String hash(String code) {
        String normal = code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String code, String storedHash) {
        if (code == null || code.isBlank() || code.length() > 100 || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
