@NullMarked
package com.footballcoach.platform.docs;

import org.jspecify.annotations.NullMarked;
