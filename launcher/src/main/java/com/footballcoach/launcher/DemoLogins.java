package com.footballcoach.launcher;

import com.footballcoach.platform.demo.DemoAccount;
import com.footballcoach.platform.demo.DemoDataLoader;

/** The demo logins, as the demo data defines them. */
final class DemoLogins {

    private DemoLogins() {
    }

    static String text() {
        StringBuilder text = new StringBuilder("  Demo logins (loaded into an empty database):\n");
        for (DemoAccount account : DemoDataLoader.accounts()) {
            text.append(String.format("    %-24s %-20s %s%n", account.email(), account.password(), account.role()));
        }
        return text.toString();
    }
}
