/** The local launcher: the whole platform in one JVM, on an embedded MariaDB unless DB_HOST is set. */
@NullMarked
package com.footballcoach.launcher;

import org.jspecify.annotations.NullMarked;
