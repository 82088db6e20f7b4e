package com.footballcoach.product.imports;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * StatsBomb's pitch (120 x 80, the acting team attacking towards x = 120, its right side at
 * y = 80) in the app's {@code "x,y"} coordinates from 0 to 1: x along the pitch from the team's
 * own goal line, y across it from the team's left touchline.
 */
final class Pitch {

    static final double LENGTH = 120;
    static final double WIDTH = 80;

    /** Where each StatsBomb position id (1-25) usually stands, in StatsBomb units. */
    private static final double[][] POSITIONS = {
            {}, // ids start at 1
            {6, 40}, // 1 Goalkeeper
            {30, 72}, {24, 54}, {24, 40}, {24, 26}, {30, 8}, // 2-6 right back .. left back
            {45, 74}, {45, 6}, // 7-8 wing backs
            {42, 54}, {42, 40}, {42, 26}, // 9-11 defensive midfield
            {62, 72}, {58, 52}, {58, 40}, {58, 28}, {62, 8}, // 12-16 midfield
            {88, 72}, {78, 52}, {78, 40}, {78, 28}, {88, 8}, // 17-21 wings and attacking midfield
            {100, 50}, {102, 40}, {100, 30}, {92, 40}}; // 22-25 forwards

    private Pitch() {
    }

    /** The coordinates of a location array {@code [x, y]}, clamped onto the pitch. */
    static String coordinates(double x, double y) {
        return String.format(Locale.ROOT, "%.3f,%.3f", clamp(x / LENGTH), clamp(y / WIDTH));
    }

    /** The usual place of a StatsBomb position, or null for an unknown id. */
    static @Nullable String position(int positionId) {
        if (positionId < 1 || positionId >= POSITIONS.length) {
            return null;
        }
        return coordinates(POSITIONS[positionId][0], POSITIONS[positionId][1]);
    }

    /** The app's position group (GK/DEF/MID/FWD) of a StatsBomb position id, or null for an unknown id. */
    static @Nullable String group(int positionId) {
        if (positionId == 1) {
            return "GK";
        }
        if (positionId >= 2 && positionId <= 8) {
            return "DEF";
        }
        if (positionId >= 9 && positionId <= 16 || positionId >= 18 && positionId <= 20) {
            return "MID";
        }
        return positionId == 17 || positionId >= 21 && positionId <= 25 ? "FWD" : null;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
