package com.footballcoach.cyclefixture.right;

import com.footballcoach.cyclefixture.left.Left;

/** The other half of the planted package cycle. */
public class Right {

    public Left left() {
        return new Left();
    }
}
