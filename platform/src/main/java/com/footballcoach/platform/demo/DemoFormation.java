package com.footballcoach.platform.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One of the sixteen usual formations, with the pitch coordinates of its eleven slots and how
 * hard a team pressed when it played it in the demo season.
 *
 * @param name the lines from back to front, for example {@code 4-2-3-1}
 * @param pressing pressures relative to a 4-4-2 (1.0); higher means a more aggressive press
 */
record DemoFormation(String name, String description, double pressing) {

    /** A player's place in a formation: x across the pitch, y from the team's own goal (0-100). */
    record Slot(Position position, int x, int y) {
        String coordinates() {
            return x + "," + y;
        }
    }

    static final List<DemoFormation> ALL = List.of(
            new DemoFormation("4-4-2", "Two banks of four behind a front pair; balanced and compact.", 1.00),
            new DemoFormation("4-3-3", "Three forwards press the back line, a midfield three controls the centre.", 1.25),
            new DemoFormation("4-2-3-1", "Double pivot shields the defence, three creators behind a lone striker.", 1.15),
            new DemoFormation("3-5-2", "Three centre-backs, wing-backs supply width, two strikers up top.", 1.05),
            new DemoFormation("3-4-3", "Aggressive front three with wing-backs; presses high, risks the flanks.", 1.30),
            new DemoFormation("5-3-2", "Five at the back and a low block, counter through two forwards.", 0.80),
            new DemoFormation("4-1-4-1", "A holding midfielder screens the back four; flat midfield line of four.", 0.95),
            new DemoFormation("4-4-1-1", "A second striker drops between the lines to link midfield and attack.", 0.90),
            new DemoFormation("4-3-2-1", "The Christmas tree: two inside forwards support a lone striker.", 1.05),
            new DemoFormation("4-5-1", "Crowded midfield, compact out of possession, one outlet striker.", 0.85),
            new DemoFormation("3-4-1-2", "A number ten behind two strikers, three centre-backs cover the width.", 1.10),
            new DemoFormation("5-4-1", "Deep defensive shape with two compact lines; protects a lead.", 0.75),
            new DemoFormation("4-1-2-1-2", "Narrow diamond: midfield overloads centrally, full-backs give width.", 1.10),
            new DemoFormation("4-3-1-2", "Midfield three with a playmaker behind two central strikers.", 1.00),
            new DemoFormation("3-4-2-1", "Two number tens behind a striker, wing-backs high and wide.", 1.15),
            new DemoFormation("4-2-2-2", "Box midfield with two inverted attackers; strong counter-press.", 1.20));

    static DemoFormation named(String name) {
        return ALL.stream().filter(f -> f.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown formation " + name));
    }

    /** The goalkeeper first, then each line from back to front, left to right. */
    List<Slot> slots() {
        int[] lines = Arrays.stream(name.split("-")).mapToInt(Integer::parseInt).toArray();
        List<Slot> slots = new ArrayList<>(11);
        slots.add(new Slot(Position.GK, 50, 5));
        for (int line = 0; line < lines.length; line++) {
            Position position = line == 0 ? Position.DEF : line == lines.length - 1 ? Position.FWD : Position.MID;
            int y = (int) Math.round(22 + line * 63.0 / (lines.length - 1));
            for (int i = 0; i < lines[line]; i++) {
                int x = (int) Math.round((i + 1) * 100.0 / (lines[line] + 1));
                slots.add(new Slot(position, x, y));
            }
        }
        return slots;
    }
}
