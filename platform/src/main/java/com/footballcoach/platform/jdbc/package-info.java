/** Small shared pieces of plain-SQL access. */
@NullMarked
package com.footballcoach.platform.jdbc;

import org.jspecify.annotations.NullMarked;
