@NullMarked
package com.footballcoach.platform.schema;

import org.jspecify.annotations.NullMarked;
