package org.socialpsych.grid.resident.domain;

import java.util.Optional;

/**
 * The resident identity number (居民身份证号码, GB 11643): 17 digits and a check character
 * (0-9 or X). Normalised (spaces removed, upper case) before hashing, so lookups and duplicate
 * detection do not depend on how it was typed.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumber() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** The normalised number when it is well formed with a correct check character. */
    public static Optional<String> parse(String raw) {
        String n = normalise(raw);
        if (!n.matches("[0-9]{17}[0-9X]")) {
            return Optional.empty();
        }
        return checkChar(n.substring(0, 17)) == n.charAt(17) ? Optional.of(n) : Optional.empty();
    }

    public static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Only the first 6 (region) and last 4 characters, for display. */
    public static String mask(String normalised) {
        if (normalised == null || normalised.length() < 10) {
            return "****";
        }
        return normalised.substring(0, 6) + "*".repeat(normalised.length() - 10)
                + normalised.substring(normalised.length() - 4);
    }
}
