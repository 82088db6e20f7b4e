/** Team scoping: which teams, and so which matches and data, a user may see and change. */
@NullMarked
package com.footballcoach.platform.scope;

import org.jspecify.annotations.NullMarked;
