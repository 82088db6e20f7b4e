package com.footballcoach.cyclefixture.left;

import com.footballcoach.cyclefixture.right.Right;

/** Half of a planted package cycle: proves that {@code ArchitectureTest}'s cycle rule bites. */
public class Left {

    public Right right() {
        return new Right();
    }
}
