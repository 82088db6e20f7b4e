@NullMarked
package com.footballcoach.platform.health;

import org.jspecify.annotations.NullMarked;
