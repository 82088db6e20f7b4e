/** Embedded MariaDB for local runs and the shared real database of the test suites. */
@NullMarked
package com.footballcoach.embedded;

import org.jspecify.annotations.NullMarked;
