@NullMarked
package com.footballcoach.platform.identity;

import org.jspecify.annotations.NullMarked;
