package com.footballcoach.launcher;

/** The demo logins, as the demo data defines them. */
final class DemoLogins {

    private DemoLogins() {
    }

    static String text() {
        return "  Demo logins: see README (demo data not loaded yet in this build)\n";
    }
}
